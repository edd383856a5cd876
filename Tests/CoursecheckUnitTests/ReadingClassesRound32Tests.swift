import Foundation
import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Testing

/// Classes of notation and layout, round 32 (found by the outsiders' sets
/// unseen46–48 and by review 12/13's leftovers; each written here in other
/// words than the sheets'). Verdicts by hand from the assignment: input 100,
/// hidden 200, two biases, so an RNN has 200·100 + 200·200 + 2·200 = 60,400
/// parameters, an LSTM 4 × that = 241,600, a bi-RNN 2 × 60,400 = 120,800, a
/// bi-LSTM 483,200; t_1 = (f_1, f_2, f_5), so ∂L/∂f_1 = f_5 − f_2, ∂L/∂f_2 =
/// f_2 − f_1, ∂L/∂f_5 = f_1 − f_5, and f_3, f_4, f_6 get 0.
@Suite("Classes of notation, round 32: crossed-out counts, counts per direction, zeros w.r.t. named samples, parts labelled a) or i) over their triplet")
struct ReadingClassesRound32Tests {
    typealias C = SheetClassesTests

    /// Part I as a list whose other rows are right; `row` is the RNN's.
    static func partOne(rnn: String, biRNN: String = "- bi-RNN: 120,800 parameters, 68.7 %") -> String {
        "## Part I\n\n- RNN: \(rnn)\n- LSTM: 241,600 parameters, 86.0 %\n\(biRNN)\n- bi-LSTM: 483,200 parameters, 86.5 %\n"
    }

    @Test("A count crossed out after it (✗, ❌, \\xmark) is retracted: the count is the figure left", arguments: [
        ("60,200 ✗ 60,400 ✓ parameters, 64.6 %", Status.correct),
        ("60,400 ✗ 60,200 ✓ parameters, 64.6 %", Status.incorrect),
        ("60,400 ❌ 60,200 parameters, 64.6 %", Status.incorrect),
        ("$60{,}200$ $\\xmark$ $60{,}400$ parameters, 64.6 %", Status.correct),
    ])
    func crossedOut(_ rnn: String, _ status: Status) throws {
        let c = try C.checks(Self.partOne(rnn: rnn))
        C.expectRead(c, ["part1.params.rnn"], status)
        C.expectRead(c, ["part1.params.lstm", "part1.params.bi-rnn"])
    }

    @Test("Every count crossed out: which stands is for a person")
    func allCrossedOut() throws {
        let c = try C.checks(Self.partOne(rnn: "60,400 ✗ parameters, 64.6 %"))
        C.expectRead(c, ["part1.params.rnn"], .unparsable)
    }

    @Test("A count said to be per direction of a bidirectional model is not its total: a person decides", arguments: [
        "- bi-RNN number of parameters per direction: 120,800, accuracy 68.7 %",
        "- bi-RNN: 60,400 parameters per direction, 68.7 %",
        "- bi-RNN: 60,400 parameters (each direction), 68.7 %",
    ])
    func perDirection(_ row: String) throws {
        let c = try C.checks(Self.partOne(rnn: "60,400 parameters, 64.6 %", biRNN: row))
        C.expectRead(c, ["part1.params.bi-rnn"], .unparsable)
        #expect(c["part1.params.bi-rnn"]?.evidence.contains("per direction") == true)
        // A one-directional model's count per direction is its total.
        let uni = try C.checks(Self.partOne(rnn: "60,400 parameters per direction, 64.6 %"))
        C.expectRead(uni, ["part1.params.rnn"])
    }

    @Test("A column headed per direction: its bidirectional rows go to a person, the others read")
    func perDirectionColumn() throws {
        let table = "## Part I\n\n| Model | Params per direction | Accuracy |\n|---|---|---|\n| RNN | 60,400 | 64.6 % |\n| bi-RNN | 60,400 | 68.7 % |\n"
        let c = try C.checks(table)
        C.expectRead(c, ["part1.params.rnn"])
        C.expectRead(c, ["part1.params.bi-rnn"], .unparsable)
    }

    @Test("The per direction of another figure on the row is not the total's", arguments: [
        ("60,400 per direction, 120,800 in total, 68.7 %", Status.correct),
        ("60,400 per direction, 121,000 in total, 68.7 %", Status.incorrect),
        ("60,400 per direction, so 120,800 overall (68.7 %)", Status.correct),
        ("60,400 per direction × 2 = 120,800 (68.7 %)", Status.correct),
        ("60,400 per direction × 2 = 120,600 (68.7 %)", Status.incorrect),
    ])
    func totalAfterShare(_ row: String, _ status: Status) throws {
        let c = try C.checks(Self.partOne(rnn: "60,400 parameters, 64.6 %", biRNN: "- bi-RNN: " + row))
        C.expectRead(c, ["part1.params.bi-rnn"], status)
    }

    /// Question 5.1 in plain text, the zeros given by `remark`.
    static func plainPart(_ remark: String, fiveMinusOne: String = "f_1 - f_5") -> String {
        "Question 5\n\n5.1\nd/df_1 L = f_5 - f_2\nd/df_2 L = f_2 - f_1\nd/df_5 L = \(fiveMinusOne)\n\(remark)\n"
    }
    static let outside = ["part2.q5.1.f_3", "part2.q5.1.f_4", "part2.q5.1.f_6"]
    static let inside = ["part2.q5.1.f_1", "part2.q5.1.f_2", "part2.q5.1.f_5"]

    @Test("Zeros for samples named after w.r.t. (abbreviated with its stops), in a sentence or in brackets", arguments: [
        "the gradients w.r.t. f_3, f_4, f_6 are zero (those samples are not in the triplet)",
        "gradient w.r.t. f_3, f_4 and f_6 is 0",
        "(gradient w.r.t. f_3, f_4, f_6 is 0)",
        "(the derivatives with respect to f_3, f_4 and f_6 are zero)",
    ])
    func zerosWithRespectTo(_ remark: String) throws {
        let c = try C.checks(Self.plainPart(remark), name: "sheet.txt")
        C.expectRead(c, Self.inside + Self.outside)
        let wrong = try C.checks(Self.plainPart(remark, fiveMinusOne: "f_5 - f_1"), name: "sheet.txt")
        C.expectRead(wrong, ["part2.q5.1.f_5"], .incorrect)
        C.expectRead(wrong, Self.outside)
    }

    @Test("A remark in brackets under a condition gives no zero", arguments: [
        "(gradient w.r.t. f_3, f_4, f_6 is 0 only if the hinge is inactive)",
        "(if the hinge were inactive, the gradient w.r.t. f_3, f_4, f_6 would be 0)",
    ])
    func conditionalRemark(_ remark: String) throws {
        let c = try C.checks(Self.plainPart(remark), name: "sheet.txt")
        C.expectRead(c, Self.inside)
        for id in Self.outside { #expect(c[id]?.status != .correct, "\(id): \(c[id]?.status.rawValue ?? "")") }
    }

    /// Question 5 in plain text, parts labelled by `label(k)` over their triplet, its lines right under it.
    static func labelledParts(_ label: (Int) -> String, roles: Bool, wrongLast: Bool = false) -> String {
        let triplets = [(1, 2, 5), (1, 3, 4)]
        var text = "Question 5\n----------\n"
        for (k, t) in triplets.enumerated() {
            let (a, p, n) = t
            text += "\(label(k + 1)) t\(k + 1) = \(roles ? "(a, p, n) = " : "")(\(a), \(p), \(n))\n"
            text += "grad wrt f\(a) = f\(n) - f\(p)\ngrad wrt f\(p) = f\(p) - f\(a)\n"
            text += "grad wrt f\(n) = " + (wrongLast && k == 1 ? "f\(n) - f\(a)" : "f\(a) - f\(n)") + "\n"
            text += "the others are 0\n\n"
        }
        return text
    }

    @Test("A part labelled a), (a), i), (i) over its own triplet, its answers on the lines under it in one paragraph", arguments: [
        ("a)", true), ("(b)", false), ("i)", true), ("(ii)", true),
    ])
    func labelledPartLines(_ style: String, _ roles: Bool) throws {
        let letters = ["a", "b"], romans = ["i", "ii"]
        let label: (Int) -> String = { k in
            let word = style.contains("i") ? romans[k - 1] : letters[k - 1]
            return style.hasPrefix("(") ? "(\(word))" : "\(word))"
        }
        let c = try C.checks(Self.labelledParts(label, roles: roles), name: "sheet.txt")
        C.expectRead(c, Self.inside + Self.outside + ["part2.q5.2.f_1", "part2.q5.2.f_3", "part2.q5.2.f_4"])
        let wrong = try C.checks(Self.labelledParts(label, roles: roles, wrongLast: true), name: "sheet.txt")
        C.expectRead(wrong, ["part2.q5.2.f_4"], .incorrect)
        C.expectRead(wrong, Self.inside)
    }

    @Test("A label over another part's triplet heads nothing")
    func labelOverAnotherTriplet() throws {
        let sheet = "Question 5\n----------\na) t2 = (1, 3, 4)\ngrad wrt f1 = f4 - f3\n"
        let c = try C.checks(sheet, name: "sheet.txt")
        #expect(c["part2.q5.1.f_1"]?.status != .correct)
    }

    // Review 14's cases (a newcomer's sheets against the rules above).

    @Test("Working begun in words before a sign takes its first operand from them, and false working goes to a person", arguments: [
        ("- bi-LSTM: 240,800 per direction × 2 = 483,200 parameters, 86.5 %", Status.unparsable),
        ("- bi-LSTM: 241,600 per direction × 2 = 483,200 parameters, 86.5 %", Status.correct),
        ("- bi-LSTM: four gates × 120,700 = 483,200 parameters, 86.5 %", Status.unparsable),
        ("- bi-LSTM: two directions × 241,600 = 483,200 parameters, 86.5 %", Status.correct),
    ])
    func workingBegunInWords(_ row: String, _ status: Status) throws {
        let sheet = "## Part I\n\n- RNN: 60,400 parameters, 64.6 %\n" + row + "\n"
        let c = try C.checks(sheet)
        C.expectRead(c, ["part1.params.bi-lstm"], status)
    }

    @Test("Words of a share that introduce another figure, or say what is summed, are not the total's", arguments: [
        "- bi-RNN: 120,800 parameters (per direction: 60,400), 68.7 %",
        "- bi-RNN: 120,800 (one direction alone has 60,400), 68.7 %",
        "- bi-RNN: 120,800 parameters, summed over each direction, 68.7 %",
        "- bi-RNN: 120,800 parameters; it runs one direction forwards and one backwards, 68.7 %",
    ])
    func shareOfAnotherFigure(_ row: String) throws {
        let c = try C.checks(Self.partOne(rnn: "60,400 parameters, 64.6 %", biRNN: row))
        C.expectRead(c, ["part1.params.bi-rnn"])
        let wrong = try C.checks(Self.partOne(rnn: "60,400 parameters, 64.6 %", biRNN: row.replacingOccurrences(of: "120,800", with: "120,400")))
        C.expectRead(wrong, ["part1.params.bi-rnn"], .incorrect)
    }

    @Test("A count per direction wrong either way (neither the total nor half of it) is wrong")
    func perDirectionWrongEitherWay() throws {
        let c = try C.checks(Self.partOne(rnn: "60,400 parameters, 64.6 %", biRNN: "- bi-RNN: 60,000 parameters per direction, 68.7 %"))
        C.expectRead(c, ["part1.params.bi-rnn"], .incorrect)
    }

    /// Question 5's first three parts in plain text, labelled a), b), c), the
    /// third's label written by `third` (its triplet t_3 = (2, 1, 6)).
    static func threeParts(third: String, f6: String = "f2 - f6") -> String {
        "Question 5\n----------\na) t1 = (1, 2, 5)\ngrad wrt f1 = f5 - f2\ngrad wrt f2 = f2 - f1\ngrad wrt f5 = f1 - f5\nthe others are 0\n\n"
            + "b) t2 = (1, 3, 4)\ngrad wrt f1 = f4 - f3\ngrad wrt f3 = f3 - f1\ngrad wrt f4 = f1 - f4\nthe others are 0\n\n"
            + third + "\ngrad wrt f1 = f1 - f2\ngrad wrt f2 = f6 - f1\ngrad wrt f6 = \(f6)\nthe others are 0\n"
    }

    @Test("A part's label with a slip (b) again) or a remark after its triplet still heads the part its triplet names", arguments: [
        "b) t3 = (2, 1, 6)",
        "c) t3 = (2, 1, 6), the anchor is now f2",
        "c) t3 = (2, 1, 6) — anchor f2",
    ])
    func labelSlipOrRemark(_ third: String) throws {
        let c = try C.checks(Self.threeParts(third: third), name: "sheet.txt")
        C.expectRead(c, ["part2.q5.3.f_1", "part2.q5.3.f_2", "part2.q5.3.f_6", "part2.q5.2.f_1", "part2.q5.2.f_3", "part2.q5.2.f_4"])
        // The third part's lines are never the second's: a wrong one is 5.3's, and wrong.
        let wrong = try C.checks(Self.threeParts(third: third, f6: "f6 - f2"), name: "sheet.txt")
        C.expectRead(wrong, ["part2.q5.3.f_6"], .incorrect)
        C.expectRead(wrong, ["part2.q5.2.f_1", "part2.q5.2.f_3", "part2.q5.2.f_4"])
    }

    @Test("A zero the remark claims for a sample inside the triplet is that sample's answer, and wrong")
    func zeroForAMember() throws {
        let c = try C.checks("Question 5\n\n5.1\nd/df_1 L = f_5 - f_2\nd/df_2 L = f_2 - f_1\n(gradient w.r.t. f_3, f_4, f_5, f_6 is 0)\n", name: "sheet.txt")
        C.expectRead(c, ["part2.q5.1.f_5"], .incorrect)
        C.expectRead(c, ["part2.q5.1.f_3"])
    }

    @Test("In prose, words that say how a model runs are no share; per direction is", arguments: [
        ("The bi-RNN, which runs one direction forwards and one backwards, has 120,800 parameters.", Status.correct),
        ("The bi-RNN, which runs one direction forwards and one backwards, has 120,400 parameters.", Status.incorrect),
        ("The bi-RNN has 60,400 parameters per direction.", Status.unparsable),
    ])
    func proseShare(_ sentence: String, _ status: Status) throws {
        let c = try C.checks("## Part I\n\nThe RNN has 60,400 parameters. " + sentence + "\n")
        C.expectRead(c, ["part1.params.bi-rnn"], status)
    }

    @Test("Question 4: choices per role that no order of choosing gives are false reasoning, though their product is right", arguments: [
        ("There are 6 choices for the anchor, 3 for the positive and 2 for the negative, so 36 valid triplets.", Status.incorrect),
        ("a: 6 ways, p: 3 ways, n: 2 ways → 36 valid triplets.", Status.incorrect),
        ("There are 6 choices for the anchor, 2 for the positive and 3 for the negative, so 36 valid triplets.", Status.correct),
        ("Choosing the negative first: 6 choices for the negative, 3 for the anchor and 2 for the positive, so 36 valid triplets.", Status.correct),
    ])
    func rolesNoOrderGives(_ valid: String, _ status: Status) throws {
        let sheet = "## Question 4\n\nAll: 6 choices for the anchor, 5 for the positive and 4 for the negative, so 120 triplets.\n\n" + valid + "\n"
        let c = try C.checks(sheet)
        C.expectRead(c, ["part2.q4.all", "part2.q4.valid", "part2.q4.all.reasoning"])
        C.expectRead(c, ["part2.q4.valid.reasoning"], status)
    }

    /// The eight triplets in plain text, each line restating its roles after a colon.
    static func tripletsWithRoles(_ first: String) -> String {
        let rest = [(1, 3, 4), (2, 1, 6), (2, 3, 4), (3, 1, 5), (5, 6, 2), (6, 4, 3), (6, 4, 2)]
        var text = "Question 5\n\n" + first + "\n"
        for (k, t) in rest.enumerated() {
            text += "t\(k + 2) = (\(t.0), \(t.1), \(t.2)): anchor \(t.0), positive \(t.1), negative \(t.2).\n"
        }
        return text + "\n5.1\nd/df_1 L = f_5 - f_2\n"
    }

    @Test("A triplet line restating its roles after the colon states the triplet; roles that disagree go to a person")
    func tripletRolesRestated() throws {
        let c = try C.checks(Self.tripletsWithRoles("t1 = (1, 2, 5): anchor 1, positive 2, negative 5."), name: "sheet.txt")
        C.expectRead(c, ["part2.q5.triplets"])
        let wrong = try C.checks(Self.tripletsWithRoles("t1 = (1, 2, 6): anchor 1, positive 2, negative 6."), name: "sheet.txt")
        C.expectRead(wrong, ["part2.q5.triplets"], .incorrect)
        let disagreeing = try C.checks(Self.tripletsWithRoles("t1 = (1, 2, 5): anchor 2, positive 1, negative 5."), name: "sheet.txt")
        #expect(disagreeing["part2.q5.triplets"]?.status != .correct)
    }
}
