import Foundation
import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Testing

/// Classes of layout, round 35 (the outsiders' sets unseen52 and unseen55;
/// each written here in other words than the sheets'). Verdicts by hand from
/// the assignment: t_1 = (1, 2, 5), t_2 = (1, 3, 4); with the hinge active
/// ∂L_k/∂f_a = f_n − f_p, ∂L_k/∂f_p = f_p − f_a, ∂L_k/∂f_n = f_a − f_n, and 0
/// for the samples outside t_k. A bi-RNN has 2 × 60,400 = 120,800 parameters.
@Suite("Classes of layout, round 35: a part's number then its triplet after the roles, Part I's figures cut by a line's end, a grid of answers in a paragraph of plain text")
struct ReadingClassesRound35LayoutTests {
    typealias C = SheetClassesTests

    /// Question 5's first two parts, each headed by `label(k)` (its number
    /// and its triplet after the roles), the derivatives on lines of their
    /// own; `second` is t_2's members as the sheet states them, `f3` its
    /// derivative for f_3.
    static func partsAfterRoles(_ label: (Int, String) -> String, second: String = "1, 3, 4", f3: String = "f_3 - f_1") -> String {
        """
        ## Question 5

        \(label(1, "1, 2, 5"))

        $\\partial L_1/\\partial f_1 = f_5 - f_2$, $\\partial L_1/\\partial f_2 = f_2 - f_1$, $\\partial L_1/\\partial f_5 = f_1 - f_5$,
        and $\\partial L_1/\\partial f_3 = \\partial L_1/\\partial f_4 = \\partial L_1/\\partial f_6 = 0$.

        \(label(2, second))

        $\\partial L_2/\\partial f_1 = f_4 - f_3$, $\\partial L_2/\\partial f_3 = \(f3)$, $\\partial L_2/\\partial f_4 = f_1 - f_4$,
        and $\\partial L_2/\\partial f_2 = \\partial L_2/\\partial f_5 = \\partial L_2/\\partial f_6 = 0$.
        """
    }

    static let partIDs = (1...2).flatMap { k in (1...6).map { "part2.q5.\(k).f_\($0)" } }

    @Test("A part's number then its triplet after the roles named in order heads the part; the triplet is the part's, stated", arguments: [
        { (k: Int, t: String) in "5.\(k)   (a, p, n) = (\(t))" },
        { (k: Int, t: String) in "**5.\(k)  (a,p,n) = (\(t))**" },
        { (k: Int, t: String) in "__5.\(k) ( a , p , n ) = (\(t))__" },
        { (k: Int, t: String) in "5.\(k) (f_a, f_p, f_n) = (\(t))" },
        { (k: Int, t: String) in "(\(k)) (a, p, n) = (\(t))" },
    ] as [@Sendable (Int, String) -> String])
    func partNumberThenRolesAndMembers(_ label: @Sendable (Int, String) -> String) throws {
        let c = try C.checks(Self.partsAfterRoles(label))
        C.expectRead(c, Self.partIDs + ["part2.q5.triplets"])
        // A wrong triplet after the roles is reported, not taken for the assignment's.
        let wrongTriplet = try C.checks(Self.partsAfterRoles(label, second: "1, 3, 5"))
        C.expectRead(wrongTriplet, ["part2.q5.triplets"], .incorrect)
        // A wrong derivative under such a heading reads incorrect.
        let wrong = try C.checks(Self.partsAfterRoles(label, f3: "f_1 - f_3"))
        C.expectRead(wrong, ["part2.q5.2.f_3"], .incorrect)
        C.expectRead(wrong, ["part2.q5.2.f_1", "part2.q5.1.f_6"])
    }

    @Test("Under a part headed alone, `(a, p, n) = (…)` on its own line is the part's triplet: a wrong one reads incorrect")
    func rolesThenMembersUnderPart() throws {
        let label = { (k: Int, t: String) in "### 5.\(k)\n\n(a, p, n) = (\(t))" }
        C.expectRead(try C.checks(Self.partsAfterRoles(label)), Self.partIDs + ["part2.q5.triplets"])
        C.expectRead(try C.checks(Self.partsAfterRoles(label, second: "2, 3, 4")), ["part2.q5.triplets"], .incorrect)
    }

    /// Part I told in a paragraph whose lines were wrapped where a space
    /// stood: inside a count grouped by spaces, after `layer(s)`, before the
    /// word a figure is; `count` is the bi-RNN's count, cut at its space.
    static func wrappedPartOne(_ count: (String, String), name: String = "sheet.md") -> String {
        """
        ## Part I

        My plain RNN needs 60 400 parameters in its recurrent layer(s) and gets 64.6%
        test accuracy. The bi-RNN needs \(count.0)
        \(count.1) parameters in its recurrent layer(s)
        and gets 70.5% test accuracy. The LSTM needs 241 600
        parameters in its recurrent layer(s) and gets 66.1%
        test accuracy.

        ## Part II

        ### Question 2

        All three gradients are $0$.
        """
    }

    @Test("Part I's sentence goes on over a line's end inside a spaced count, after a word's bracket and before the figure's word", arguments: [
        (("120", "800"), Status.correct), (("120", "600"), Status.incorrect), (("60", "400"), Status.incorrect),
    ])
    func partOneWrappedInsideFigures(_ count: (String, String), _ status: Status) throws {
        let c = try C.checks(Self.wrappedPartOne(count))
        C.expectRead(c, ["part1.params.bi-rnn"], status)
        C.expectRead(c, ["part1.params.rnn", "part1.params.lstm"])
        for model in ["rnn", "bi-rnn", "lstm"] { #expect(c["part1.accuracy.\(model)"]?.status == .unverifiable) }
    }

    @Test("Lines of labels and figures stay lines of their own: a figure then `accuracy:` on the next line is no sentence going on", arguments: [
        ("120,800", Status.correct), ("60,400", Status.incorrect),
    ])
    func labelledFiguresStayApart(_ count: String, _ status: Status) throws {
        let sheet = "## Part I\n\nbi-RNN\nparameters: \(count)\naccuracy: 70.5 %\n\nLSTM\nparameters: 241,600\naccuracy: 66.1 %\n"
        let c = try C.checks(sheet)
        C.expectRead(c, ["part1.params.bi-rnn"], status)
        C.expectRead(c, ["part1.params.lstm"])
        #expect(c["part1.accuracy.bi-rnn"]?.status == .unverifiable)
    }

    /// Question 5 in plain text: a line of words, then a grid of
    /// derivatives aligned by `gap` (a row a triplet, a column a sample),
    /// then maybe a line of words; `cell` is t_2's derivative for f_3.
    static func plainGrid(gap: String, cell: String = "f_3 - f_1", after: String = "") -> String {
        let rows = [
            ["triplet", "dL/df1", "dL/df2", "dL/df3", "dL/df4", "dL/df5", "dL/df6"],
            ["t1 (1,2,5)", "f_5 - f_2", "f_2 - f_1", "0", "0", "f_1 - f_5", "0"],
            ["t2 (1,3,4)", "f_4 - f_3", "0", cell, "f_1 - f_4", "0", "0"],
        ]
        let width = 12
        let lines = rows.map { row in
            row.map { gap == "\t" ? $0 : $0.padding(toLength: width, withPad: " ", startingAt: 0) }.joined(separator: gap)
        }
        return "Question 5\nderivative of each triplet's loss, the hinge being active:\n" + lines.joined(separator: "\n") + "\n" + after + "\n"
    }

    @Test("A grid aligned by spaces or tabs in a paragraph of plain text, after a line of words, is the table of answers", arguments: [
        ("  ", ""), ("\t", ""), ("   ", "the others follow the same way."),
    ])
    func plainGridAfterWords(_ gap: String, _ after: String) throws {
        let c = try C.checks(Self.plainGrid(gap: gap, after: after), name: "sheet.txt")
        C.expectRead(c, Self.partIDs)
        let wrong = try C.checks(Self.plainGrid(gap: gap, cell: "f_1 - f_3", after: after), name: "sheet.txt")
        C.expectRead(wrong, ["part2.q5.2.f_3"], .incorrect)
        C.expectRead(wrong, ["part2.q5.2.f_1", "part2.q5.1.f_5"])
    }
}
