import Foundation
import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Testing

/// Classes of notation and layout, round 32 (found by the outsiders' set
/// unseen47: sheets typed without LaTeX, by students who group thousands
/// with dots and write decimals with a comma, in notes-like layouts; each
/// written here in other words than the sheets'). Verdicts by hand from the
/// assignment: an RNN has 200·100 + 200·200 + 2·200 = 60,400 parameters, an
/// LSTM 4 × that = 241,600, a 2-level bi-LSTM 1,446,400; t_1 = (f_1, f_2,
/// f_5), so ∂L/∂f_1 = f_5 − f_2, ∂L/∂f_2 = f_2 − f_1, ∂L/∂f_5 = f_1 − f_5,
/// and f_3, f_4, f_6 get 0; t_2 = (f_1, f_3, f_4).
@Suite("Classes of notation, round 32 (unseen47): thousands grouped by dots, decimal commas, headings apart by a slash, bold parts of Question 5")
struct Locales47Round32Tests {
    typealias C = SheetClassesTests

    @Test("A count grouped by dots reads beside a decimal comma, in a list row and in a sentence", arguments: [
        ("- RNN: 60.400 parameters, accuracy on test 61,25 %", Status.correct),
        ("- RNN: 60.600 parameters, accuracy on test 61,25 %", Status.incorrect),
        ("The RNN counts 60.400 parameters in its recurrent layers and reaches 61,2% on the test set.", Status.correct),
        ("The RNN counts 60.200 parameters in its recurrent layers and reaches 61,2% on the test set.", Status.incorrect),
        ("For the RNN we found 60.400 parameters (61,25 %).", Status.correct),
    ])
    func dotsBesideDecimalComma(_ row: String, _ status: Status) throws {
        let c = try C.checks("## Part I\n\n\(row)\n")
        C.expectRead(c, ["part1.params.rnn"], status)
    }

    @Test("A single dot beside a decimal point, or alone, may be a decimal: for a person", arguments: [
        "- RNN: 60.400 parameters, accuracy on test 61.25 %",
        "- RNN: 60.400 parameters",
    ])
    func singleDotInDoubt(_ row: String) throws {
        let c = try C.checks("## Part I\n\n\(row)\n")
        #expect(c["part1.params.rnn"]?.status != .correct)
        #expect(c["part1.params.rnn"]?.status != .incorrect)
    }

    @Test("Two dots or more group thousands whatever the decimals (no decimal has two points)", arguments: [
        ("- 2-level bi-LSTM: 1.446.400 parameters, 71.5 %", Status.correct),
        ("- 2-level bi-LSTM: 1.446.000 parameters, 71,5 %", Status.incorrect),
        ("| 2-level bi-LSTM | 1.446.400 | 71.5 |", Status.correct),
        ("| 2-level bi-LSTM | 1.466.400 | 71.5 |", Status.incorrect),
    ])
    func twoDots(_ row: String, _ status: Status) throws {
        let table = row.hasPrefix("|") ? "| Model | Parameters | Accuracy (%) |\n|---|---|---|\n" : ""
        let c = try C.checks("## Part I\n\n\(table)\(row)\n")
        C.expectRead(c, ["part1.params.2-level-bi-lstm"], status)
    }

    @Test("A list row's percentage with a decimal comma is read whole (59,60 % is not 60 %)")
    func decimalCommaPercentage() throws {
        let c = try C.checks("## Part I\n\n- RNN: 60 400 parameters, test accuracy 59,60%\n")
        #expect(c["part1.accuracy.rnn"]?.claimed.contains("59,60") == true, "\(c["part1.accuracy.rnn"]?.claimed ?? "")")
        C.expectRead(c, ["part1.params.rnn"])
    }

    /// Questions 2 and 5.1 in plain text under headings `heading(q)`.
    static func plain(_ heading: (String) -> String, q51 f5: String = "f1 - f5") -> String {
        "\(heading("2"))\ndL/df_a = 0\ndL/df_p = 0\ndL/df_n = 0\n\n\(heading("5"))\n\(heading("5(a)")) -- t1 = (1, 2, 5)\n"
            + "dL/df1 = f5 - f2\ndL/df2 = f2 - f1\ndL/df3 = 0\ndL/df4 = 0\ndL/df5 = \(f5)\ndL/df6 = 0\n"
    }

    @Test("A part and its question set apart by a slash, a bar or a bullet head the question", arguments: [
        "Part 2 / question ", "Part II | Q", "Part 2 • Question ", "part two / Question ",
    ])
    func partSlashQuestion(_ prefix: String) throws {
        let c = try C.checks(Self.plain { prefix + $0 }, name: "notes.txt")
        C.expectRead(c, ["part2.q2.f_a", "part2.q2.f_p", "part2.q2.f_n"])
        C.expectRead(c, ["part2.q5.1.f_1", "part2.q5.1.f_2", "part2.q5.1.f_3", "part2.q5.1.f_5"])
        let wrong = try C.checks(Self.plain({ prefix + $0 }, q51: "f1 - f2"), name: "notes.txt")
        C.expectRead(wrong, ["part2.q5.1.f_5"], .incorrect)
        C.expectRead(wrong, ["part2.q5.1.f_1"])
    }

    static let first = "∂L/∂f₁ = f₅ − f₂\n∂L/∂f₂ = f₂ − f₁\n∂L/∂f₃ = 0\n∂L/∂f₄ = 0\n∂L/∂f₅ = FIVE\n∂L/∂f₆ = 0\n"
    static let second = "∂L/∂f₁ = f₄ − f₃\n∂L/∂f₂ = 0\n∂L/∂f₃ = f₃ − f₁\n∂L/∂f₄ = f₁ − f₄\n∂L/∂f₅ = 0\n∂L/∂f₆ = 0\n"

    @Test("A line all in bold, a part's enumerator and its triplet, heads that part of Question 5", arguments: [
        ("**(a) t₁ = (1, 2, 5)**", "**(b) t₂ = (1, 3, 4)**"),
        ("**i) t_1 = (a, p, n) = (1, 2, 5)**", "**ii) t_2 = (a, p, n) = (1, 3, 4)**"),
        ("__(a) $t_1 = (1, 2, 5)$__", "__(b) $t_2 = (1, 3, 4)$__"),
    ])
    func boldEnumeratedTriplet(_ one: String, _ two: String) throws {
        func sheet(_ five: String) -> String {
            "## Part II\n\n**Question 5**\n\n\(one)\n\n" + Self.first.replacingOccurrences(of: "FIVE", with: five) + "\n\(two)\n\n\(Self.second)"
        }
        let c = try C.checks(sheet("f₁ − f₅"))
        C.expectRead(c, (1...6).map { "part2.q5.1.f_\($0)" } + (1...6).map { "part2.q5.2.f_\($0)" })
        let wrong = try C.checks(sheet("f₁ − f₂"))
        C.expectRead(wrong, ["part2.q5.1.f_5"], .incorrect)
    }

    @Test("A bold line whose enumerator and triplet disagree heads no part: for a person")
    func boldEnumeratorDisagrees() throws {
        let text = "## Part II\n\n**Question 5**\n\n**(a) t₂ = (1, 2, 5)**\n\n" + Self.first.replacingOccurrences(of: "FIVE", with: "f₁ − f₅")
        let c = try C.checks(text)
        #expect(c["part2.q5.1.f_1"]?.status != .correct)
        #expect(c["part2.q5.2.f_1"]?.status != .correct)
    }
}

extension Locales47Round32Tests {
    static let allCounted = "The anchor is one of the 6 samples, the positive one of the other 5 and the negative one of the last 4, hence 6 · 5 · 4 = 120 triplets."

    @Test("Question 4: choices in words leading to the second, smaller total of a section that names no kind are its working", arguments: [
        ("the anchor is one of the 6 samples, the positive one of the 2 others in its class and the negative one of the 3 in the other class: 6 · 2 · 3 = 36.", Status.correct),
        ("the anchor is one of the 6 samples, the positive one of the 3 in its class and the negative one of the 3 in the other class: 6 · 3 · 3 = 54.", Status.incorrect),
    ])
    func wordsLeadingToSecondTotal(_ valid: String, _ status: Status) throws {
        let c = try C.checks("## Part II\n\n## Question 4\n\n\(Self.allCounted)\n\nThis time \(valid)\n")
        C.expectRead(c, ["part2.q4.all"])
        C.expectRead(c, ["part2.q4.valid", "part2.q4.valid.reasoning"], status)
        #expect(!c.keys.contains { $0.hasPrefix("part2.q4@") }, "\(c.keys.filter { $0.hasPrefix("part2.q4@") })")
    }
}
