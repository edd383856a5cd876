import CoursecheckAssignment
import CoursecheckMaths
import CoursecheckVerification

/// One check of a sheet, scored.
public struct ScoredCheck: Sendable, Equatable {
    public var id: AnswerID
    public var question: QuestionID
    public var status: Status
    public var points: Rational
    /// What the check is worth in the assignment's maximum: zero when it is
    /// out of it (no sheet can have it verified) or no answer of the
    /// catalogue (text at a place that no answer claims).
    public var maximum: Rational
    public var carriedForward: Bool
    /// Working not shown on this sheet, credited as the answer it supports.
    public var creditedBy: AnswerID?
    /// A grader's override.
    public var override: Overrides.Entry?
    /// Judged but worth no points: a test accuracy against an accuracy
    /// reference when the points section gives accuracies none. Its
    /// verdict is shown (Gradescope lists it at 0 of 0).
    public var advisory = false
}

/// A sheet's score against the assignment's one maximum.
public struct SheetScore: Sendable, Equatable {
    public var checks: [ScoredCheck]
    public var total: Rational
    /// The assignment's maximum: the same for every sheet.
    public var maximum: Rational
    /// What a grader must decide before the total is a grade (answers that
    /// could not be read and are not overridden); empty when it is one.
    public var review: [ReviewItem]

    /// `total / maximum`, exact (zero for an assignment worth nothing).
    public func fraction() throws -> Rational {
        maximum.isZero ? .zero : try total.divided(by: maximum)
    }

    /// The percent printed everywhere: 100·total/maximum, half up.
    public func percent() throws -> Cents { Cents(rounding: try fraction().multiplied(by: Rational(100))) }

    /// Points and maximum per question, in catalogue order.
    public func byQuestion(_ questions: [QuestionID]) throws -> [(points: Rational, maximum: Rational)] {
        var table: [QuestionID: (points: Rational, maximum: Rational)] = [:]
        for check in checks {
            let entry = table[check.question] ?? (.zero, .zero)
            table[check.question] = (try entry.points.adding(check.points), try entry.maximum.adding(check.maximum))
        }
        return questions.map { table[$0] ?? (.zero, .zero) }
    }
}

/// An answer a grader must look at, and why.
public struct ReviewItem: Sendable, Equatable, CustomStringConvertible {
    public var id: AnswerID
    public var reason: String
    public var description: String { "\(id): \(reason)" }
}

/// Scores reports against one maximum for the whole assignment.
///
/// The maximum is the points of every check of the catalogue except those no
/// sheet can have verified (`Coverage`: today the test accuracies): the same
/// number in every file. A check scores, of its points v:
/// - correct: v; incorrect, inconsistent, missing: 0;
/// - wrong only because of the sheet's own earlier mistakes (carried
///   forward): v, 0 or a fraction of v, as `carried_forward` says;
/// - unverifiable on this sheet — working not shown for a Question 6 sum, or
///   Question 4 reasoning that never reaches its total: with
///   `working_required` false (the default), the share of v that the answer
///   it supports earns of its own points (all of v when that answer is
///   correct); with `working_required`, 0;
/// - unparsable: 0 for now, and the sheet goes on the review list with the
///   reason: a reading problem never silently costs a student marks;
/// - a test accuracy between the reference's 99 % and 99.9 % bands
///   (unverifiable, "for a person to decide"): 0 for now, and to review,
///   when the points section gives accuracies points (otherwise they are
///   advisory: verdict shown, no points, no review).
/// An override decides a check instead, and clears its review item. All
/// arithmetic is exact and throws `Rational.Overflow` rather than trap.
public struct Scorer: Sendable {
    /// Catalogue checks in order, with their question and points in the maximum.
    public let catalogue: [(id: AnswerID, question: QuestionID, maximum: Rational)]
    public let questions: [QuestionID]
    public let coverage: Coverage
    public let maximum: Rational
    public let workingRequired: Bool
    public let carriedForward: Assignment.Points.CarriedForward
    let index: [AnswerID: Int]

    public init(assignment: Assignment, coverage: Coverage) throws {
        let points = try assignment.pointsPerCheck()
        var list: [(id: AnswerID, question: QuestionID, maximum: Rational)] = []
        for (question, answers) in assignment.catalogue {
            for id in answers { list.append((id, question, coverage.decides(id) ? points[id] ?? .zero : .zero)) }
        }
        catalogue = list
        questions = assignment.catalogue.map(\.question)
        self.coverage = coverage
        maximum = try Rational.sum(list.map(\.maximum))
        workingRequired = assignment.points?.workingRequired ?? false
        carriedForward = assignment.points?.carriedForward ?? .full
        index = Dictionary(list.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { a, _ in a })
    }

    /// The maximum of one check: nil when it is no check of the catalogue.
    public func maximum(of id: AnswerID) -> Rational? { index[id].map { catalogue[$0].maximum } }

    /// Each question's share of the maximum, in catalogue order.
    public func questionMaxima() throws -> [Rational] {
        try questions.map { q in try Rational.sum(catalogue.filter { $0.question == q }.map(\.maximum)) }
    }

    public func score(_ report: Report, overrides: [AnswerID: Overrides.Entry] = [:]) throws -> SheetScore {
        var byID: [AnswerID: Check] = [:]
        for check in report.checks where byID[check.id] == nil { byID[check.id] = check }
        var scored: [ScoredCheck] = []
        var review: [ReviewItem] = []
        // Every check of the catalogue, answered or not, then what the sheet
        // has beyond it (text at a place, a model the assignment lacks).
        var checks = catalogue.map { entry in
            byID[entry.id] ?? Check(id: entry.id, status: .missing, evidence: "no answer found in the sheet")
        }
        checks += report.checks.filter { index[$0.id] == nil }
        for check in checks {
            let value = maximum(of: check.id) ?? .zero
            var item = ScoredCheck(id: check.id, question: check.id.question, status: check.status, points: .zero,
                                   maximum: value, carriedForward: !check.carriedFrom.isEmpty)
            item.advisory = value.isZero && check.id.question == .accuracy && coverage.decides(check.id)
            if let entry = overrides[check.id] {
                item.override = entry
                switch entry.decision {
                case .status(let status):
                    item.status = status
                    item.carriedForward = false
                    item.points = try points(status, carried: false, value: value)
                case .points(let p):
                    item.points = p
                }
            } else {
                item.points = try points(check.status, carried: item.carriedForward, value: value)
                // A check worth no points (an advisory accuracy) never holds
                // a grade back.
                let decidable = coverage.decides(check.id) && !value.isZero
                if check.status == .unparsable && decidable {
                    review.append(ReviewItem(id: check.id, reason: check.evidence))
                } else if check.status == .unverifiable && decidable && check.id.supported == nil {
                    review.append(ReviewItem(id: check.id, reason: "cannot be verified on this sheet: \(check.evidence)"))
                }
            }
            scored.append(item)
        }
        // Working not shown earns what the answer it supports earns.
        let position = Dictionary(scored.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { a, _ in a })
        for k in scored.indices where scored[k].status == .unverifiable && !scored[k].maximum.isZero && !workingRequired {
            guard scored[k].override.map({ if case .points = $0.decision { false } else { true } }) ?? true,
                  let supported = scored[k].id.supported, let s = position[supported].map({ scored[$0] }), !s.maximum.isZero else { continue }
            scored[k].points = try scored[k].maximum.multiplied(by: try s.points.divided(by: s.maximum))
            scored[k].creditedBy = supported
        }
        return SheetScore(checks: scored, total: try Rational.sum(scored.map(\.points)), maximum: maximum, review: review)
    }

    private func points(_ status: Status, carried: Bool, value: Rational) throws -> Rational {
        switch status {
        case .correct: return value
        case .incorrect, .inconsistent:
            guard carried else { return .zero }
            switch carriedForward {
            case .full: return value
            case .none: return .zero
            case .fraction(let f): return try value.multiplied(by: Rational.decimal(f))
            }
        case .unverifiable, .missing, .unparsable: return .zero
        }
    }
}
