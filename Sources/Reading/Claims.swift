import CoursecheckAssignment
import CoursecheckMaths
import CoursecheckNotation

/// A derivative as the sheet states it: `∂L/∂s = side₀ = side₁ = …`.
public struct DerivativeClaim: Sendable {
    public var id: AnswerID
    public var symbol: Symbol
    /// The sides of the chain after the head, in order; the last is the
    /// answer, earlier ones are working.
    public var sides: [LinearExpression]
    /// The top-level terms of the first side, `(f_5 − f_2) + (f_4 − f_3)`,
    /// when there is more than one side.
    public var firstSideTerms: [LinearExpression]
    /// The chain as written, white space folded.
    public var text: String
    public var location: SourceLocation
    /// How the claim was read when that is not plain from its text: role
    /// symbols replaced by the triplet's samples.
    public var reading: String?
    /// A value the words give the samples left ("the others are $0$"),
    /// not a sample they name: in doubt when maths after it in its part
    /// could not be read (`SheetParser.doubtingTheRest`).
    var forTheRest = false
    /// A value placed by a cue in the words (`$A$ for $f_2$`, `f_1 ↦ A`),
    /// not by a head: in doubt, as `forTheRest`, when maths after it in
    /// its part could not be read (it may be the value's correction).
    var placedByCue = false
    /// Where the value that took the place of the result stands (`… = A,
    /// I mean B`: B's place), when words of correction replaced it.
    var correctedAt: SourceLocation?

    public var answer: LinearExpression { sides[sides.count - 1] }

    /// Continues the chain with more sides (`&= …` on the next line, or the
    /// maths that follows the claim): the last side becomes the answer.
    mutating func extend(with more: [LinearExpression], text continuation: String) {
        if sides.count == 1 { firstSideTerms = [] }
        sides += more
        text += " = " + continuation
    }

    /// Puts a corrected value in the place of the result (the last side),
    /// the working before it kept: `… = A, I mean B` is `… = B`.
    mutating func correctResult(to side: LinearExpression, text corrected: String, at place: SourceLocation) {
        sides[sides.count - 1] = side
        correctedAt = place
        if sides.count == 1 {
            firstSideTerms = []
            text = corrected
        } else if let last = text.range(of: " = ", options: .backwards) {
            text = text[..<last.upperBound] + corrected
        } else {
            text = corrected
        }
    }

    /// Goes on with the last side (a line that starts with `+` or `−`):
    /// the line's first part adds to it, the rest are more sides.
    mutating func continueLastSide(with part: LinearExpression, then more: [LinearExpression], text continuation: String) throws(NotationError) {
        do {
            sides[sides.count - 1] = try sides[sides.count - 1].adding(part)
        } catch {
            throw NotationError(0..<0, "a coefficient too large to add up")
        }
        if sides.count == 1 { firstSideTerms = [] }
        sides += more
        text += " " + continuation
    }
}

/// One of Question 4's counts: the number stated and the reasoning given.
public struct CountClaim: Sendable {
    public typealias Kind = CountKind

    /// "N choices for the anchor, M for the positive … times K".
    public struct Product: Sendable {
        public var factors: [Int]
        public var text: String
        public var location: SourceLocation
        /// Its place among the question's products and calculations, in reading order.
        public var sequence = 0
        public var value: Int { factors.reduce(1) { $0.multipliedReportingOverflow(by: $1).overflow ? .max : $0 * $1 } }
        /// The role each factor is the choices of (`anchor`, `positive`,
        /// `negative`), nil for a factor of no role (`× 2 classes`, `times 2`).
        public var roles: [String?] = []
    }

    /// An arithmetic chain `6·2·3 = 2·(3·2·3) = 36`, each side evaluated.
    public struct Chain: Sendable {
        public var values: [Rational]
        public var text: String
        public var location: SourceLocation
        /// Its place among the question's products and calculations, in reading order.
        public var sequence = 0
        /// The values of its sides' parts (terms, runs of factors,
        /// parenthesised sub-expressions): `2 \cdot (3 \cdot 2 \cdot 3)`
        /// has 18 among them, so a product of choices giving 18 leads to it.
        public var parts: [Rational] = []
        /// One side that is a calculation, not a number (`$6 \times 5 \times
        /// 4$` after "120 triplets"): its value is implied, never written.
        public var isExpression = false
    }

    /// A total stated as such: "120 unique triplets" in prose, a calculation
    /// followed by "triplets" (`$6 \cdot 5 \cdot 4 = 120$ triplets`), or
    /// maths that is one value (`$= 120$`, `$120$`).
    public struct Statement: Sendable {
        public var value: Int
        public var text: String
        public var location: SourceLocation
        /// Its place in reading order (that of its calculation, for one).
        public var sequence = 0
        /// A number written alone (`$36$`), rather than said to count triplets.
        public var alone = false
        /// The value of a calculation written without its result
        /// (`$6 \cdot 5 \cdot 4$`): the count only when nothing else states one.
        public var implied = false
    }

    /// A figure the reasoning's words say what it counts of the classes:
    /// the valid triplets of one class (`per class 3 · 2 · 3 = 18`, `18
    /// valid triplets in each class`, `each class gives 18`) or the number
    /// of classes (`times 2 classes`, `(both classes)`). The words may name
    /// several figures of their sentence (`per class 3 · 2 = 6, times 3 =
    /// 18`): the claim holds when one of them is true.
    public struct NamedFigure: Sendable, Equatable {
        public enum Counts: Sendable, Equatable {
            /// The valid triplets whose anchor is of one class.
            case perClass
            /// How many classes there are.
            case classes
        }
        public var candidates: [Int]
        public var counts: Counts
        /// The words that name it, folded.
        public var text: String
        public var location: SourceLocation
    }

    public var kind: Kind
    /// The count claimed: the last statement (the final-line rule), else the
    /// last side of the last calculation.
    public var stated: Int?
    public var statedLocation: SourceLocation?
    public var statements: [Statement] = []
    public var products: [Product] = []
    public var chains: [Chain] = []
    /// What the reasoning's words say its figures count (`NamedFigure`).
    public var namedFigures: [NamedFigure] = []
    /// Where a count stated in words follows reasoning in words with
    /// figures of its own, in its block (`6 anchors, and for each one 2
    /// positives times 3 negatives → 36`), that no product or calculation
    /// was read from: reasoning a person judges, not missing.
    public var reasonedInWords: SourceLocation?
}

/// Question 5's list of triplets as the sheet transcribes it.
public struct TripletListClaim: Sendable {
    /// Triplet number k (1-based) → sample numbers (anchor, positive, negative).
    public var triplets: [Int: [Int]]
    public var text: String
    public var location: SourceLocation
    /// The triplets each stated alone under its own part 5.k, not in a
    /// list: the parts that restate none leave theirs unwritten, no error.
    public var inOwnPart: Set<Int> = []

    public init(triplets: [Int: [Int]], text: String, location: SourceLocation) {
        self.triplets = triplets
        self.text = text
        self.location = location
    }
}

/// Something in the sheet that could not be read.
public struct SheetProblem: Sendable {
    /// The id of the answer it concerns, or the question and location
    /// (`part2.q5.1@12:3`) when the answer cannot be told.
    public var id: AnswerID
    public var location: SourceLocation
    /// Why it cannot be read, without the text it was found in
    /// (`unknown symbol 'g_1'`): answers that fail for one reason share it.
    public var reason: String
    /// The text or advice that goes with the reason, if any.
    public var detail: String?

    public init(id: AnswerID, location: SourceLocation, reason: String, detail: String? = nil) {
        self.id = id
        self.location = location
        self.reason = reason
        self.detail = detail
    }

    /// `reason: detail`, as reports print it.
    public var message: String { detail.map { "\(reason): \($0)" } ?? reason }
}

/// Everything read from a sheet.
public struct ParsedSheet: Sendable {
    public var path: String
    /// Every claim of each derivative id, in sheet order: more than one means
    /// the question was answered twice.
    public var derivatives: [AnswerID: [DerivativeClaim]] = [:]
    public var counts: [CountClaim.Kind: CountClaim] = [:]
    public var tripletList: TripletListClaim?
    public var problems: [SheetProblem] = []
    public var sections: [SheetSection] = []
    /// Part I's rows by model slug, every row that names the model in sheet
    /// order (more than one: the model is listed twice), and the slugs in
    /// sheet order.
    public var models: [String: [ModelClaim]] = [:]
    public var modelOrder: [String] = []

    /// How places read in this sheet (lines; a notebook's cells; a Word or
    /// HTML sheet's paragraphs).
    public var places: PlaceStyle = .lines
    /// What the sheet's front end left out (comments, hidden elements,
    /// images, code cells), by the question whose section holds it.
    public var omitted: [QuestionID: [Omission]] = [:]
    /// Every command-table entry the reading of the sheet's maths looked
    /// up (the whole-sheet generator's mutation test removes them).
    public var usedEntries: Set<CommandTable.Key> = []
    /// A value Question 5 states, before its parts, for every derivative
    /// they do not list ("every derivative not listed below is 0").
    var unlistedValue: UnlistedValue?
    /// Maths of Question 5 passed over as the rule in roles (`the anchor
    /// gets $f_n - f_p$`): reported when no Question 5.k answer is read.
    var ruleInRoles: [SheetProblem] = []
    /// The samples stacked under one letter, as the sheet defines it
    /// (`F = [f_1, f_2, …, f_6]`), in order: what `\nabla_F L_k = (…)`
    /// takes its rows from.
    var sampleStacks: [Unicode.Scalar: [Symbol]] = [:]
    /// The orders the sheet states a gradient's components in (`the
    /// components are (dL/df1, ..., dL/df6)`): what `grad L = […]`, with
    /// no sample named, takes its rows from, by its length.
    var componentOrders: [[Symbol]] = []
    /// Question 6's working lines that list a sample's terms by triplet
    /// (`f1 is in t1, t5 (t1: f5 - f2, t5: f1 - f3)`), in sheet order: each
    /// is the working of the sum that follows it.
    public var termLists: [TermList] = []

    public init(path: String) {
        self.path = path
    }

    /// Where `location` is, for a message: `sheet.md:12:5`; in a notebook
    /// `sheet.ipynb: cell 4, line 2, column 5`; in a Word or HTML sheet the
    /// paragraph and the nearest heading above it
    /// (`sheet.docx: paragraph 40, under Question 5.3`).
    public func place(_ location: SourceLocation) -> String {
        switch places {
        case .lines:
            return "\(path):\(location)"
        case .cells:
            return "\(path): \(places.describe(location))"
        case .paragraphs:
            let heading = sections.last(where: { $0.location <= location }).map { ", under \($0.heading.title)" } ?? ""
            return "\(path): \(places.describe(location))\(heading)"
        }
    }
}

/// A value stated once for the derivatives a sheet leaves out.
struct UnlistedValue: Sendable {
    var sides: [LinearExpression]
    var text: String
    var location: SourceLocation
    /// Said of the samples outside each triplet ("samples outside the
    /// triplet get $0$"): a part's own samples left out get nothing.
    var outsideOnly = false
}

/// A line of Question 6's working that lists a sample's terms by the
/// triplets they come from, `f1 is in t1, t2, t5 (t1: f5 - f2, t2: f4 - f3,
/// t5: f1 - f3)`: each term as the sheet states it, for the check of the
/// working of the sum after it to hold against that triplet's gradient.
public struct TermList: Sendable {
    public struct Term: Sendable {
        /// k of the triplet t_k the term is said to come from.
        public var triplet: Int
        public var value: LinearExpression
        public var text: String
    }

    public var terms: [Term]
    public var location: SourceLocation
}
