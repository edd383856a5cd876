import CoursecheckMaths

extension Assignment {
    /// How a graded sheet scores (`coursecheck grade`). Every field is
    /// optional; without a `points` section each check is worth one point.
    ///
    /// ```json
    /// "points": {
    ///   "questions": {"part1.params": 7, "part2.q5.1": 3},
    ///   "checks": {"part2.q4.all": 2},
    ///   "working_required": false,
    ///   "carried_forward": "full"
    /// }
    /// ```
    /// - `questions`: points for a question (by its id prefix), split evenly
    ///   over that question's checks in the assignment's catalogue;
    ///   questions not named keep one point per check, except Part I's test
    ///   accuracies (`part1.accuracy`), which are advisory — their verdict
    ///   is shown, worth 0 points — unless named here or in `checks`.
    /// - `checks`: points for one check by id, overriding the split.
    /// - `working_required`: Question 6's `.steps` scores 0 when no working
    ///   is shown (otherwise working counts only where it is shown).
    /// - `carried_forward`: what an answer wrong only because of the sheet's
    ///   own earlier mistakes earns: `"full"` (the default), `"none"`, or a
    ///   fraction from 0 to 1.
    public struct Points: Codable, Equatable, Sendable {
        public var questions: [String: Double]?
        public var checks: [String: Double]?
        public var workingRequired: Bool?
        public var carriedForward: CarriedForward?

        public enum CarriedForward: Codable, Equatable, Sendable {
            case full, none
            case fraction(Double)

            public init(from decoder: any Decoder) throws {
                let c = try decoder.singleValueContainer()
                if let word = try? c.decode(String.self) {
                    switch word {
                    case "full": self = .full
                    case "none": self = .none
                    default: throw DecodingError.dataCorruptedError(in: c, debugDescription: "carried_forward must be \"full\", \"none\" or a fraction, found \"\(word)\"")
                    }
                } else {
                    self = .fraction(try c.decode(Double.self))
                }
            }

            public func encode(to encoder: any Encoder) throws {
                var c = encoder.singleValueContainer()
                switch self {
                case .full: try c.encode("full")
                case .none: try c.encode("none")
                case .fraction(let f): try c.encode(f)
                }
            }
        }

        enum CodingKeys: String, CodingKey {
            case questions, checks
            case workingRequired = "working_required"
            case carriedForward = "carried_forward"
        }

        public init(questions: [String: Double]? = nil, checks: [String: Double]? = nil,
                    workingRequired: Bool? = nil, carriedForward: CarriedForward? = nil) {
            self.questions = questions
            self.checks = checks
            self.workingRequired = workingRequired
            self.carriedForward = carriedForward
        }

        /// The first way the section breaks its rules, if any.
        var problem: String? {
            for (key, value) in (questions ?? [:]).sorted(by: { $0.key < $1.key }) where !(value >= 0 && value.isFinite) {
                return "points.questions.\(key) must be a finite number ≥ 0, found \(value)"
            }
            for (key, value) in (checks ?? [:]).sorted(by: { $0.key < $1.key }) where !(value >= 0 && value.isFinite) {
                return "points.checks.\(key) must be a finite number ≥ 0, found \(value)"
            }
            if case .fraction(let f)? = carriedForward, !(0...1).contains(f) {
                return "points.carried_forward must be \"full\", \"none\" or a fraction from 0 to 1, found \(f)"
            }
            return nil
        }
    }

    /// Points per check, exact: every check of the catalogue, from the
    /// `points` section (or one each; accuracies 0 unless named). A value given as a decimal is read as
    /// the exact decimal it writes (0.1 is 1/10). Throws `PointsError` when
    /// `checks` names no check of the catalogue, or a share overflows exact
    /// arithmetic.
    public func pointsPerCheck() throws -> [AnswerID: Rational] {
        var table: [AnswerID: Rational] = [:]
        for (question, answers) in catalogue {
            // Accuracies are judged against a trained reference, a band and
            // not an exact value: advisory unless the course gives them points.
            var share = question == .accuracy ? Rational.zero : Rational.one
            if let total = points?.questions?[question.key], !answers.isEmpty {
                do {
                    share = try Rational.decimal(total).divided(by: Rational(Int64(answers.count)))
                } catch {
                    throw PointsError(message: "points.questions.\(question.key): \(total) over \(answers.count) checks overflows exact arithmetic")
                }
            }
            for id in answers { table[id] = share }
        }
        let byName = Dictionary(table.keys.map { ($0.description, $0) }, uniquingKeysWith: { a, _ in a })
        for (key, value) in (points?.checks ?? [:]).sorted(by: { $0.key < $1.key }) {
            guard let id = byName[key] else {
                throw PointsError(message: "points.checks.\(key) names no check of the assignment")
            }
            table[id] = Rational.decimal(value)
        }
        return table
    }

    /// The points section cannot be applied to the catalogue.
    public struct PointsError: Error, Sendable, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }
}

extension Rational {
    /// The exact value of a decimal as written with at most 6 decimals
    /// (`0.5`, `2.25`); beyond that, rounded to 6.
    public static func decimal(_ value: Double) -> Rational {
        let scaled = (value * 1_000_000).rounded()
        guard scaled.magnitude < 9e15, let r = try? Rational(Int64(scaled), 1_000_000) else { return .zero }
        return r
    }

    /// The exact value of a decimal numeral (`2`, `0.5`, `.25`, `1.125`),
    /// or nil when the text is not one (a sign, an exponent, more than 12
    /// digits after the point, or more than 15 before it).
    public init?(decimalText text: String) {
        let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = parts[0], fraction = parts.count > 1 ? parts[1] : ""
        guard !(whole.isEmpty && fraction.isEmpty), whole.count <= 15, fraction.count <= 12,
              (whole + fraction).allSatisfy({ $0.isASCII && $0.isNumber }),
              let digits = Int64(whole + fraction) else { return nil }
        var scale: Int64 = 1
        for _ in 0..<fraction.count { scale *= 10 }
        guard let value = try? Rational(digits, scale) else { return nil }
        self = value
    }
}
