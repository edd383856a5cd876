import Foundation
import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Testing

/// Classes of notation and layout, round 34 (review 14's leftover and the
/// outsiders' sets unseen51–53; each written here in other words than the
/// sheets'). Verdicts by hand from the assignment: input 100, hidden 200, two
/// biases; a 2-level bi-RNN has 2 × 60,400 = 120,800 in its first level and
/// 2 × (200·400 + 200·200 + 400) = 240,800 in its second, 361,600 in all; a
/// 2-level bi-LSTM 4 × that, 1,446,400 (483,200 + 963,200).
@Suite("Classes of notation, round 34: working that goes on after a level's label and a comma, an HTML paragraph's line break before a sign, Part I as a display's array")
struct ReadingClassesRound34Tests {
    typealias C = SheetClassesTests

    @Test("Working after `for level 1,` takes the figure before the label as its first operand; false working goes to a person", arguments: [
        ("- 2-level bi-RNN: 120,800 for level 1, + 2 × (200·200 + 200·200 + 400) = 361,600, 61.4 %", "part1.params.2-level-bi-rnn", Status.unparsable),
        ("- 2-level bi-RNN: 120,800 for level 1, + 2 × (200·400 + 200·200 + 400) = 361,600, 61.4 %", "part1.params.2-level-bi-rnn", Status.correct),
        ("- 2-level bi-RNN: 120,800 for level 1, + 2 × (200·400 + 200·200 + 400) = 361,200, 61.4 %", "part1.params.2-level-bi-rnn", Status.incorrect),
        ("- 2-level bi-LSTM: 483,200 in layer 1, + 2*4*(200*400 + 200*200 + 400) = 1,446,400, 73.0 %", "part1.params.2-level-bi-lstm", Status.correct),
        ("- 2-level bi-LSTM: 483,200 in layer 1, + 2*4*(200*200 + 200*200 + 400) = 1,446,400, 73.0 %", "part1.params.2-level-bi-lstm", Status.unparsable),
    ])
    func workingAfterLevelLabel(_ row: String, _ id: String, _ status: Status) throws {
        let sheet = "## Part I\n\n- RNN: 60,400 parameters, 64.6 %\n- LSTM: 241,600 parameters, 86.0 %\n" + row + "\n"
        let c = try C.checks(sheet)
        C.expectRead(c, [id], status)
        C.expectRead(c, ["part1.params.rnn", "part1.params.lstm"])
    }

    /// Question 3 as one HTML paragraph whose source lines break before
    /// `- f_n` (a page exported with its text wrapped): `last` is the third
    /// value.
    static func wrappedParagraph(last: String) -> String {
        "<html><body><h2>Question 3</h2>\n<p>With respect to f_a the gradient is f_n - f_p, with respect to f_p it is f_p\n- f_a, and with respect to f_n it is f_a\n\(last).</p>\n</body></html>\n"
    }

    @Test("In an HTML paragraph a line break before a dash is a space: the value goes on, no list opens")
    func htmlLineBreakBeforeSign() throws {
        let c = try C.checks(Self.wrappedParagraph(last: "- f_n"), name: "sheet.html")
        C.expectRead(c, ["part2.q3.f_a", "part2.q3.f_p", "part2.q3.f_n"])
        let wrong = try C.checks(Self.wrappedParagraph(last: "+ f_n"), name: "sheet.html")
        C.expectRead(wrong, ["part2.q3.f_n"], .incorrect)
    }

    /// Part I as one `array` in a display, its cells maths: `lstm` is the
    /// LSTM's count cell.
    static func arrayPartOne(lstm: String) -> String {
        #"""
        ## Part I

        $$
        \begin{array}{|l|c|c|}
        \hline
        \textbf{Encoder} & \#\,\text{params} & \text{accuracy} \\ \hline
        \mathrm{RNN} & 60{,}400 & 64.6\,\% \\
        \text{LSTM} & \#(lstm) & 86.0\,\% \\
        \text{bi-RNN} & 120\,800 & 68.7\,\% \\
        \hline
        \end{array}
        $$

        ## Part II

        ### Question 2

        All three gradients are $0$.
        """#
    }

    @Test("Part I as an array in a display is the table: words in \\text or \\mathrm, counts grouped by {,} or \\,, accuracies with \\%", arguments: [
        ("241{,}600", Status.correct), ("241600", Status.correct), ("240{,}800", Status.incorrect),
    ])
    func partOneAsDisplayArray(_ lstm: String, _ status: Status) throws {
        let c = try C.checks(Self.arrayPartOne(lstm: lstm))
        C.expectRead(c, ["part1.params.lstm"], status)
        C.expectRead(c, ["part1.params.rnn", "part1.params.bi-rnn"])
        #expect(c["part1.accuracy.lstm"]?.status == .unverifiable)
    }
}
