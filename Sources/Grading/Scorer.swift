import CoursecheckAssignment
import CoursecheckMaths
import CoursecheckVerification

/// One check of a sheet, scored.
public struct ScoredCheck: Sendable, Equatable {
    public var id: String
    public var question: String
    public var status: Status
    public var points: Rational
    /// What the check is out of; zero when it is left out of the maximum
    /// (unverifiable) or carries no points (a place with unread text).
    public var maximum: Rational
    public var carriedForward: Bool
    /// A grader's override, with its reason.
    public var override: String?
}

/// A sheet's score: per check, the total, the maximum, and what a grader
/// must look at.
public struct SheetScore: Sendable, Equatable {
    public var checks: [ScoredCheck]
    public var total: Rational
    public var maximum: Rational
    /// Why the sheet needs a grader (answers that could not be read and are
    /// not overridden); empty when it is graded.
    public var review: [String]
}

/// Scores a report with the assignment's `points` section (one point per
/// check without one), exactly:
/// - correct: full points; incorrect, inconsistent, missing: 0;
/// - an answer wrong only because of the sheet's own earlier mistakes
///   (carried forward): full points, none, or a fraction, as the policy says;
/// - unverifiable: left out of the maximum — except Question 6's working
///   when the assignment requires it, which then scores 0;
/// - unparsable: 0 for now, and the sheet goes on the review list with the
///   reason: a reading problem never silently costs a student marks.
/// An override decides a check instead, and clears its review item.
public struct Scorer: Sendable {
    public let points: [String: Rational]
    public let questionOf: [String: String]
    public let workingRequired: Bool
    public let carriedForward: Assignment.Points.CarriedForward

    public init(assignment: Assignment) {
        var points: [String: Rational] = [:]
        for (id, value) in assignment.pointsPerCheck() { points[id.description] = value }
        self.points = points
        var questions: [String: String] = [:]
        for (question, answers) in assignment.catalogue { for id in answers { questions[id.description] = question.key } }
        questionOf = questions
        workingRequired = assignment.points?.workingRequired ?? false
        carriedForward = assignment.points?.carriedForward ?? .full
    }

    /// Every question id in catalogue order with its maximum points.
    public func questionMaxima(_ assignment: Assignment) -> [(key: String, maximum: Rational)] {
        assignment.catalogue.map { question, answers in
            (question.key, (try? Rational.sumExact(answers.map { points[$0.description] ?? .zero })) ?? .zero)
        }
    }

    public func score(_ report: Report, overrides: [String: Overrides.Entry] = [:]) -> SheetScore {
        var scored: [ScoredCheck] = []
        var review: [String] = []
        for check in report.checks {
            let id = check.id.description
            let value = points[id] ?? .zero
            var item = ScoredCheck(id: id, question: questionOf[id] ?? check.id.question.key, status: check.status,
                                   points: .zero, maximum: value, carriedForward: !check.carriedFrom.isEmpty)
            if let entry = overrides[id] {
                switch entry.decision {
                case .status(let name):
                    let status = Status(rawValue: name) ?? check.status
                    (item.points, item.maximum) = score(status, carried: false, steps: isSteps(check), value: value)
                case .points(let p):
                    item.points = Rational.decimal(p)
                }
                item.override = entry.reason.isEmpty ? "overridden by a grader" : "overridden by a grader: \(entry.reason)"
            } else {
                (item.points, item.maximum) = score(check.status, carried: item.carriedForward, steps: isSteps(check), value: value)
                if check.status == .unparsable {
                    review.append("\(id): \(check.evidence)")
                }
            }
            scored.append(item)
        }
        let total = (try? Rational.sumExact(scored.map(\.points))) ?? .zero
        let maximum = (try? Rational.sumExact(scored.map(\.maximum))) ?? .zero
        return SheetScore(checks: scored, total: total, maximum: maximum, review: review)
    }

    private func isSteps(_ check: Check) -> Bool {
        if case .steps = check.id.item { return true }
        return false
    }

    private func score(_ status: Status, carried: Bool, steps: Bool, value: Rational) -> (Rational, Rational) {
        switch status {
        case .correct: return (value, value)
        case .incorrect, .inconsistent:
            guard carried else { return (.zero, value) }
            switch carriedForward {
            case .full: return (value, value)
            case .none: return (.zero, value)
            case .fraction(let f): return ((try? value.multiplied(by: Rational.decimal(f))) ?? .zero, value)
            }
        case .unverifiable: return steps && workingRequired ? (.zero, value) : (.zero, .zero)
        case .missing, .unparsable: return (.zero, value)
        }
    }
}

extension Rational {
    /// Σ of exact values.
    static func sumExact(_ values: [Rational]) throws -> Rational {
        try values.reduce(Rational.zero) { try $0.adding($1) }
    }

    /// Rounded half up to two decimals: `12.35`, `0.00`, `-1.25`.
    public var twoDecimals: String {
        // cents = floor(100·p/q + ½), in 128-bit to avoid overflow.
        let p = Int128(numerator) * 200 + Int128(denominator)
        let q = Int128(denominator) * 2
        var cents = p / q
        if p % q != 0, (p < 0) != (q < 0) { cents -= 1 }
        let sign = cents < 0 ? "-" : ""
        let magnitude = cents < 0 ? -cents : cents
        let fraction = String(Int(magnitude % 100))
        return "\(sign)\(magnitude / 100).\(fraction.count == 1 ? "0" + fraction : fraction)"
    }
}
