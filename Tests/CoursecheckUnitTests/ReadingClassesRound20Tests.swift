import CoursecheckAssignment
import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Testing

/// Classes of notation and layout, round 20 (found by four outsiders' sets,
/// /work/notes/unseen20..23 at the time; each class written here in other
/// words). Verdicts by hand from the assignment: input 100, hidden 200, two
/// biases: RNN 200·(100 + 200) + 2·200 = 60,400, LSTM 4·60,400 = 241,600,
/// bi-RNN 120,800; 6·5·4 = 120 ordered triplets, 36 valid; with the hinge
/// inactive every gradient is 0.
@Suite("Classes of notation, round 20: Part I counts named by their model in maths, an ordered pair of roles, conditions and rules in words")
struct ReadingClassesRound20Tests {
    typealias C = SheetClassesTests
    static let q4ids = ["part2.q4.all", "part2.q4.all.reasoning", "part2.q4.valid", "part2.q4.valid.reasoning"]
    static let tail = "\n\n# Part II\n\n## Question 2\n\n$\\frac{\\partial L}{\\partial f_a} = 0$\n"

    @Test("A count named by its model in a script or argument (`N_{\\text{LSTM}} = 4 \\cdot 60{,}400 = 241{,}600`) is that model's, in a display's rows or inline", arguments: [
        "$$\n\\begin{aligned}\nN_{\\text{RNN}} &= 200(100 + 200) + 2 \\cdot 200 = 60{,}400 \\\\\nN_{\\text{LSTM}} &= 4 \\cdot 60{,}400 = 241{,}600 \\\\\nN_{\\text{bi-RNN}} &= 2 \\cdot 60{,}400 = 120{,}800\n\\end{aligned}\n$$",
        "$N_{\\mathrm{RNN}} = 60\\,400$, and so $N_{\\mathrm{LSTM}} = 4 \\times 60\\,400 = 241\\,600$.\n\n$N_{\\mathrm{bi\\text{-}RNN}} = 120\\,800$",
        "\\begin{align*}\n\\#\\theta(\\text{RNN}) &= 60400\\\\\n\\#\\theta(\\text{LSTM}) &= 241600\\\\\n\\#\\theta(\\text{bi-RNN}) &= 2 \\cdot 60400 = 120800\n\\end{align*}",
    ])
    func countNamedInMaths(_ part1: String) throws {
        let sheet = "# Part I\n\n" + part1 + Self.tail
        let c = try C.checks(sheet)
        C.expectRead(c, ["part1.params.rnn", "part1.params.lstm", "part1.params.bi-rnn"])
        let wrong = sheet.replacingOccurrences(of: "241{,}600", with: "240{,}800").replacingOccurrences(of: "241\\,600", with: "240\\,800")
            .replacingOccurrences(of: "241600", with: "240800")
        C.expectRead(try C.checks(wrong), ["part1.params.lstm"], .incorrect)
    }

    @Test("A count named by its model whose working gives no result (`N_{\\text{LSTM}} = 4 \\cdot 60{,}400`) is not read as a count")
    func namedWorkingWithoutResult() throws {
        let c = try C.checks("# Part I\n\n$$N_{\\text{LSTM}} = 4 \\cdot 60{,}400 \\cdot 2$$" + Self.tail)
        #expect(c["part1.params.lstm"]?.status != .correct)
        #expect(c["part1.params.lstm"]?.status != .incorrect)
    }

    @Test("A symbol's script that names no model, or names two, gives no count (`N_{\\text{total}} = 60{,}400`, `N_{\\text{RNN, LSTM}}`)")
    func scriptNamesNoModel() throws {
        let c = try C.checks("# Part I\n\n$$N_{\\text{total}} = 60{,}400$$\n\n$$N_{\\text{RNN, LSTM}} = 301{,}000$$" + Self.tail)
        #expect(c["part1.params.rnn"]?.status != .correct)
        #expect(c["part1.params.lstm"]?.status != .correct)
    }

    @Test("An ordered pair of two roles (`P(3,2) = 6` ways for anchor and positive) is a factor of the valid count, not the count of all triplets")
    func orderedPairOfRoles() throws {
        let sheet = "## Question 4\n\nOrdered triplets of distinct samples: the falling factorial $6^{\\underline{3}} = 6 \\cdot 5 \\cdot 4 = 120$.\n\nValid ones: pick the anchor's class (2 ways); anchor and positive are then an ordered pair from it, $P(3,2) = 6$ ways, and the negative is one of the 3 others. So there are $2 \\cdot 6 \\cdot 3 = 36$ valid triplets.\n"
        let c = try C.checks(sheet)
        C.expectRead(c, Self.q4ids)
        let w = try C.checks(sheet.replacingOccurrences(of: "= 120$", with: "= 210$").replacingOccurrences(of: "6 \\cdot 5 \\cdot 4", with: "7 \\cdot 6 \\cdot 5"))
        #expect(w["part2.q4.all"]?.status == .incorrect)
    }

    @Test("A condition on a quantity that is no sample and no derivative (`If $h < 0$ then …`) is no answer")
    func conditionIsNoAnswer() throws {
        let sheet = "## Question 2\n\nLet $h = \\tfrac12\\|f_a - f_p\\|^2 - \\tfrac12\\|f_a - f_n\\|^2 + \\alpha$. If $h < 0$ the loss is $0$ near the point, so\n\n$$\\frac{\\partial L}{\\partial f_a} = \\frac{\\partial L}{\\partial f_p} = \\frac{\\partial L}{\\partial f_n} = 0$$\n"
        let c = try C.checks(sheet)
        C.expectRead(c, ["part2.q2.f_a", "part2.q2.f_p", "part2.q2.f_n"])
        #expect(c.keys.filter { $0.hasPrefix("part2.q2@") }.isEmpty, "\(c.keys.sorted())")
        let w = try C.checks(sheet.replacingOccurrences(of: "= \\frac{\\partial L}{\\partial f_n} = 0", with: "= 0, \\quad \\frac{\\partial L}{\\partial f_n} = f_a - f_n"))
        #expect(w["part2.q2.f_n"]?.status == .incorrect)
    }

    @Test("Before any triplet of Question 5, zero for the samples outside a triplet (`a sample outside a triplet gets $\\vec 0$`) is a rule, not an answer")
    func zeroOutsideTripletRule() throws {
        let sheet = "## Question 5\n\nEvery partial below follows from Question 3 (all hinges active); a sample outside a triplet gets $\\vec{0}$.\n\n### Question 5.2\n\n$$\\frac{\\partial L}{\\partial f_1} = f_4 - f_3,\\ \\frac{\\partial L}{\\partial f_3} = f_3 - f_1,\\ \\frac{\\partial L}{\\partial f_4} = f_1 - f_4,\\ \\frac{\\partial L}{\\partial f_2} = \\frac{\\partial L}{\\partial f_5} = \\frac{\\partial L}{\\partial f_6} = 0$$\n"
        let c = try C.checks(sheet)
        C.expectRead(c, LayoutClassesRound4Tests.ids52 + PlainTextClassesTests.zeros52)
        #expect(c.keys.filter { $0.hasPrefix("part2.q5@") }.isEmpty, "\(c.keys.sorted())")
    }
}
