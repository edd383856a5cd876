import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Foundation
import Testing

/// Round 50 (terse): compact plain-text sheets, several entries on one line
/// set apart by wide spaces, Part I's models in groups or in a table aligned
/// by spaces, Questions 2 and 3 as a bare tuple with the derivatives' order
/// after it. Verdicts by hand: an RNN layer has 200·(100 + 200) + 2·200 =
/// 60,400 parameters, an LSTM 241,600, a bi-RNN 120,800, a bi-LSTM 483,200,
/// a 2-level bi-LSTM 483,200 + 2·4·(200·(400 + 200) + 2·200) = 1,446,400;
/// for t_1 = (1, 2, 5), ∂L₁/∂f₁ = f_5 − f_2, ∂L₁/∂f₂ = f_2 − f_1, ∂L₁/∂f₅ =
/// f_1 − f_5, the rest 0; Question 2 all 0; Question 3 f_n − f_p, f_p − f_a,
/// f_a − f_n.
@Suite("Classes of notation, round 50: terse plain text")
struct ReadingClassesRound50TerseTests {
    typealias C = SheetClassesTests
    static let q51 = ["part2.q5.1.f_1", "part2.q5.1.f_2", "part2.q5.1.f_3", "part2.q5.1.f_4", "part2.q5.1.f_5", "part2.q5.1.f_6"]
    static let roles = ["f_a", "f_p", "f_n"]

    @Test("Part I's models in groups set apart by wide spaces: each group a row")
    func spacedGroups() throws {
        let sheet = { (rnn: String) in
            "PART I  (params / test acc)\n  RNN \(rnn) / 64.6%   LSTM 241600 / 86.1%   bi-RNN 120800 / 68.5%\n"
                + "  bi-LSTM 483200 / 86.3%\n\nPART II\n2.  dL/dfa = 0,  dL/dfp = 0,  dL/dfn = 0\n"
        }
        let right = try C.checks(sheet("60400"), name: "sheet.txt")
        C.expectRead(right, ["part1.params.rnn", "part1.params.lstm", "part1.params.bi-rnn", "part1.params.bi-lstm"])
        C.expectRead(right, ["part1.accuracy.rnn", "part1.accuracy.bi-rnn"], .unverifiable)
        let wrong = try C.checks(sheet("80400"), name: "sheet.txt")
        C.expectRead(wrong, ["part1.params.rnn"], .incorrect)
        C.expectRead(wrong, ["part1.params.lstm", "part1.params.bi-rnn"])
    }

    @Test("A table aligned by spaces whose longest name touches its count: the name and the count apart")
    func nameTouchingCount() throws {
        let sheet = { (count: String) in
            "PART I\n  model            params     test acc\n  RNN               60,400     64.3%\n  LSTM             241,600     85.9%\n"
                + "  bi-LSTM          483,200     86.6%\n  2-level bi-LSTM \(count)    73.8%\n\nPART II\nQ2  dL/dfa = 0\n"
        }
        let right = try C.checks(sheet("1,446,400"), name: "sheet.txt")
        C.expectRead(right, ["part1.params.rnn", "part1.params.lstm", "part1.params.bi-lstm", "part1.params.2-level-bi-lstm"])
        C.expectRead(right, ["part1.accuracy.2-level-bi-lstm"], .unverifiable)
        let wrong = try C.checks(sheet("1,366,400"), name: "sheet.txt")
        C.expectRead(wrong, ["part1.params.2-level-bi-lstm"], .incorrect)
        C.expectRead(wrong, ["part1.params.rnn", "part1.params.bi-lstm"])
    }

    @Test("Question 5's entries set apart by wide spaces, each with its own head")
    func spacedHeads() throws {
        let sheet = { (f1: String) in
            "PART II\n5)\n  5.1  d/df1: \(f1)  d/df2: f2 - f1  d/df3: 0  d/df4: 0  d/df5: f1 - f5  d/df6: 0\n"
        }
        let right = try C.checks(sheet("f5 - f2"), name: "sheet.txt")
        C.expectRead(right, Self.q51)
        let wrong = try C.checks(sheet("f2 - f5"), name: "sheet.txt")
        C.expectRead(wrong, ["part2.q5.1.f_1"], .incorrect)
        C.expectRead(wrong, Array(Self.q51.dropFirst()))
        // An entry without a head of its own among them: not cut, not read.
        let headless = try C.checks("PART II\n5)\n  5.1  d/df1: f5 - f2  f1  d/df2: f2 - f1  d/df3: 0  d/df4: 0  d/df5: f1 - f5  d/df6: 0\n",
                                    name: "sheet.txt")
        #expect(headless["part2.q5.1.f_1"]?.status != .correct)
        #expect(headless["part2.q5.1.f_1"]?.status != .incorrect)
    }

    @Test("A triplet's statement, a wide space, then its entries by sample under the part's number")
    func tripletThenEntries() throws {
        let sheet = { (f1: String) in
            "PART II\n5.  gradients of L_k w.r.t. f1..f6:\n  5.1 t1=(f1,f2,f5)   f1: \(f1) | f2: f2 - f1 | f3: 0 | f4: 0 | f5: f1 - f5 | f6: 0\n"
        }
        let right = try C.checks(sheet("f5 - f2"), name: "sheet.txt")
        C.expectRead(right, Self.q51)
        let wrong = try C.checks(sheet("f2 - f5"), name: "sheet.txt")
        C.expectRead(wrong, ["part2.q5.1.f_1"], .incorrect)
        C.expectRead(wrong, Array(Self.q51.dropFirst()))
    }

    @Test("Questions 2 and 3 as a bare tuple, the derivatives' order in brackets after it")
    func tupleThenDerivatives() throws {
        let sheet = { (fn: String) in
            "PART II\n2) 0, 0, 0   (d/dfa, d/dfp, d/dfn)\n3) fn - fp, fp - fa, \(fn)   (d/dfa, d/dfp, d/dfn)\n"
        }
        let right = try C.checks(sheet("fa - fn"), name: "sheet.txt")
        C.expectRead(right, Self.roles.map { "part2.q2.\($0)" } + Self.roles.map { "part2.q3.\($0)" })
        let wrong = try C.checks(sheet("fn - fa"), name: "sheet.txt")
        C.expectRead(wrong, ["part2.q3.f_n"], .incorrect)
        C.expectRead(wrong, ["part2.q3.f_a", "part2.q3.f_p"])
        // An order naming a role twice: for a person.
        let twice = try C.checks("PART II\n2) 0, 0, 0   (d/dfa, d/dfp, d/dfn)\n3) fn - fp, fp - fa, fa - fn   (d/dfa, d/dfp, d/dfa)\n", name: "sheet.txt")
        C.expectRead(twice, ["part2.q3.f_a", "part2.q3.f_n"], .unparsable)
        // An order naming two roles of three: for a person too.
        let short = try C.checks("PART II\n2) 0, 0, 0   (d/dfa, d/dfp, d/dfn)\n3) fn - fp, fp - fa   (d/dfa, d/dfp)\n", name: "sheet.txt")
        C.expectRead(short, ["part2.q3.f_a", "part2.q3.f_p"], .unparsable)
    }

    @Test("A part's Roman numeral in bold with its answers on the same line: `**I.** RNN … · LSTM …`")
    func romanPartInline() throws {
        let sheet = { (rnn: String) in
            "**I.** RNN \(rnn) (64.5%) · LSTM 241,600 (85.9%) · bi-RNN 120,800 (68.0%)\n\n**II.**\n\n2. 0, 0, 0 (for fₐ, fₚ, fₙ)\n"
        }
        let right = try C.checks(sheet("60,400"))
        C.expectRead(right, ["part1.params.rnn", "part1.params.lstm", "part1.params.bi-rnn"])
        C.expectRead(right, ["part2.q2.f_a", "part2.q2.f_p", "part2.q2.f_n"])
        let wrong = try C.checks(sheet("80,400"))
        C.expectRead(wrong, ["part1.params.rnn"], .incorrect)
        C.expectRead(wrong, ["part1.params.lstm"])
    }

    @Test("Heads with a colon, then 'rest 0': the rest of the part's samples get 0")
    func colonHeadsThenRest() throws {
        let sheet = { (f5: String) in
            "**II.**\n\n5. t₁ = (f₁, f₂, f₅)\n\n   5.1. ∂/∂f₁: f₅ − f₂; ∂/∂f₂: f₂ − f₁; ∂/∂f₅: \(f5); rest 0\n"
        }
        let right = try C.checks(sheet("f₁ − f₅"))
        C.expectRead(right, Self.q51)
        let wrong = try C.checks(sheet("f₅ − f₁"))
        C.expectRead(wrong, ["part2.q5.1.f_5"], .incorrect)
        C.expectRead(wrong, ["part2.q5.1.f_1", "part2.q5.1.f_3", "part2.q5.1.f_6"])
    }
}
