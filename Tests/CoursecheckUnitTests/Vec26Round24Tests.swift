import CoursecheckAssignment
import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Foundation
import Testing

/// Classes of notation left unread after round 23 by students who think in
/// vectors and matrices (/work/notes/unseen26 at the time), each written
/// here in other words: Question 5 as a matrix whose header names the
/// samples alone, announced as derivatives by the words before it; a rule
/// for a general triplet in its members (`f_{n_r}`) before the values; the
/// samples stacked under a name (`G = [f_1, …, f_6]`) and gradients over
/// that name (`\nabla_G L_k = (…)`). Verdicts by hand from the assignment:
/// t_2 = (1, 3, 4), t_3 = (2, 1, 6), hinge active.
@Suite("Vectors and matrices, round 24: bare sample headers, general rules, stacked samples")
struct Vec26Round24Tests {
    typealias C = SheetClassesTests

    static let ids2 = ["f_1", "f_2", "f_3", "f_4", "f_5", "f_6"].map { "part2.q5.2.\($0)" }
    static let ids3 = ["f_1", "f_2", "f_3", "f_4", "f_5", "f_6"].map { "part2.q5.3.\($0)" }

    static func flaggedPlaces(_ c: [String: Check]) -> [String] {
        c.filter { $0.key.contains("@") }.map { "\($0.key): \($0.value.evidence)" }.sorted()
    }

    static func array(_ rows: String) -> String {
        "$$\n\\begin{array}{l|llllll}\n & f_{1} & f_{2} & f_{3} & f_{4} & f_{5} & f_{6} \\\\ \\hline\n\(rows)\\end{array}\n$$\n"
    }

    static let rows = "t_2 & f_4 - f_3 & 0 & f_3 - f_1 & f_1 - f_4 & 0 & 0 \\\\\n"
        + "t_3 & f_1 - f_2 & f_6 - f_1 & 0 & 0 & 0 & f_2 - f_6 \\\\\n"

    @Test("An array whose header names the samples alone, rows by triplet, is read when the words before it say its cells are derivatives", arguments: [
        "Cell $(r, m)$ holds $\\partial L_r / \\partial f_m$.",
        "Each cell is the partial derivative of the row's loss with respect to the column's sample.",
    ])
    func announcedArray(_ words: String) throws {
        let sheet = "## Part II\n\n### Question 5\n\n\(words)\n\n" + Self.array(Self.rows)
        let c = try C.checks(sheet)
        C.expectRead(c, Self.ids2 + Self.ids3)
        #expect(Self.flaggedPlaces(c).isEmpty, "\(Self.flaggedPlaces(c))")
        let wrong = try C.checks(sheet.replacingOccurrences(of: "t_3 & f_1 - f_2", with: "t_3 & f_2 - f_1"))
        C.expectRead(wrong, ["part2.q5.3.f_1"], .incorrect)
        C.expectRead(wrong, ["part2.q5.3.f_2", "part2.q5.3.f_6"])
    }

    @Test("The same table transposed in Markdown (rows the samples, columns the triplets) is read when announced")
    func announcedTransposed() throws {
        let sheet = "## Part II\n\n### Question 5\n\nThe gradients, one column per triplet:\n\n"
            + "| | $t_2$ | $t_3$ |\n|---|---|---|\n| $f_1$ | $f_4 - f_3$ | $f_1 - f_2$ |\n| $f_2$ | $0$ | $f_6 - f_1$ |\n"
            + "| $f_3$ | $f_3 - f_1$ | $0$ |\n| $f_4$ | $f_1 - f_4$ | $0$ |\n| $f_5$ | $0$ | $0$ |\n| $f_6$ | $0$ | $f_2 - f_6$ |\n"
        let c = try C.checks(sheet)
        C.expectRead(c, Self.ids2 + Self.ids3)
    }

    @Test("Without words that say its cells are derivatives, a table of samples by triplets is not read as answers")
    func unannouncedArray() throws {
        let sheet = "## Part II\n\n### Question 5\n\nThe table:\n\n" + Self.array(Self.rows)
        let c = try C.checks(sheet)
        for id in Self.ids2 + Self.ids3 {
            #expect(c[id]?.status != .correct && c[id]?.status != .incorrect, "\(id): \(c[id]?.status.rawValue ?? "absent")")
        }
    }

    @Test("A rule for a general triplet written in its members (`f_{n_r}`), with Kronecker deltas or Iverson brackets, is no answer and no problem", arguments: [
        "$$\\frac{\\partial L_r}{\\partial f_m} = \\delta_{m a_r}\\,(f_{n_r} - f_{p_r}) + \\delta_{m p_r}\\,(f_{p_r} - f_{a_r}) + \\delta_{m n_r}\\,(f_{a_r} - f_{n_r})$$",
        "$$\\nabla_{f_j} L_s = [j = a_s]\\,(f_{n_s} - f_{p_s}) + [j = p_s]\\,(f_{p_s} - f_{a_s}) + [j = n_s]\\,(f_{a_s} - f_{n_s})$$",
    ])
    func generalRule(_ rule: String) throws {
        let sheet = "## Part II\n\n### Question 5\n\nFor any triplet,\n\n\(rule)\n\n**5.2**\n\n"
            + "$\\frac{\\partial L_2}{\\partial f_1} = f_4 - f_3$, $\\frac{\\partial L_2}{\\partial f_3} = f_3 - f_1$, $\\frac{\\partial L_2}{\\partial f_4} = f_1 - f_4$, "
            + "$\\frac{\\partial L_2}{\\partial f_2} = 0$, $\\frac{\\partial L_2}{\\partial f_5} = 0$, $\\frac{\\partial L_2}{\\partial f_6} = 0$\n"
        let c = try C.checks(sheet)
        C.expectRead(c, Self.ids2)
        #expect(Self.flaggedPlaces(c).isEmpty, "\(Self.flaggedPlaces(c))")
    }

    @Test("Samples stacked under a name (`G = [f_1, …, f_6]`) are a definition; a gradient over that name (`\\nabla_G L_2 = (…)`) is one answer a sample, in the stack's order")
    func stackedSamples() throws {
        func sheet(_ stack: String, _ row2: String, _ row3: String) -> String {
            "## Part II\n\n### Question 5\n\nStack the embeddings as $\(stack)$.\n\n**5.2**\n\n$$\\nabla_G L_2 = \\bigl(\(row2)\\bigr)$$\n\n**5.3**\n\n$$\\nabla_{G} L_3 = (\(row3))$$\n"
        }
        let c = try C.checks(sheet("G = [f_1, f_2, \\dots, f_6]", "f_4 - f_3,\\; 0,\\; f_3 - f_1,\\; f_1 - f_4,\\; 0,\\; 0", "f_1 - f_2, f_6 - f_1, 0, 0, 0, f_2 - f_6"))
        C.expectRead(c, Self.ids2 + Self.ids3)
        #expect(Self.flaggedPlaces(c).isEmpty, "\(Self.flaggedPlaces(c))")
        // The stack in another order orders the rows.
        let reversed = try C.checks(sheet("G = [f_6, f_5, f_4, f_3, f_2, f_1]", "0, 0, f_1 - f_4, f_3 - f_1, 0, f_4 - f_3", "f_2 - f_6, 0, 0, 0, f_6 - f_1, f_1 - f_2"))
        C.expectRead(reversed, Self.ids2 + Self.ids3)
        // The same rows read in the stack's order when it is the other one are wrong.
        let misordered = try C.checks(sheet("G = [f_6, f_5, f_4, f_3, f_2, f_1]", "f_4 - f_3, 0, f_3 - f_1, f_1 - f_4, 0, 0", "f_1 - f_2, f_6 - f_1, 0, 0, 0, f_2 - f_6"))
        C.expectRead(misordered, ["part2.q5.2.f_1", "part2.q5.3.f_1"], .incorrect)
        // No stack named G: the gradient over G is not read.
        let unnamed = try C.checks(sheet("H = [f_1, f_2, \\dots, f_6]", "f_4 - f_3, 0, f_3 - f_1, f_1 - f_4, 0, 0", "f_1 - f_2, f_6 - f_1, 0, 0, 0, f_2 - f_6"))
        for id in Self.ids2 + Self.ids3 { #expect(unnamed[id]?.status != .correct, "\(id)") }
    }

    @Test("A general triplet by its members' indices (`t_r = (a_r, p_r, n_r)`), what an Iverson bracket means (`[Q] = 1`) and a table's size (`$8 \\times 6$ matrix`) answer nothing")
    func definitions() throws {
        let sheet = "## Part II\n\n### Question 5\n\nWrite $t_r = (a_r, p_r, n_r)$ for triplet $r$, with $[Q] = 1$ when $Q$ holds. "
            + "The answers form an $8 \\times 6$ matrix; its row 2:\n\n**5.2**\n\n"
            + "$\\frac{\\partial L_2}{\\partial f_1} = f_4 - f_3$, $\\frac{\\partial L_2}{\\partial f_3} = f_3 - f_1$, $\\frac{\\partial L_2}{\\partial f_4} = f_1 - f_4$, "
            + "$\\frac{\\partial L_2}{\\partial f_2} = 0$, $\\frac{\\partial L_2}{\\partial f_5} = 0$, $\\frac{\\partial L_2}{\\partial f_6} = 0$\n"
        let c = try C.checks(sheet)
        C.expectRead(c, Self.ids2)
        #expect(Self.flaggedPlaces(c).isEmpty, "\(Self.flaggedPlaces(c))")
    }

    @Test("A count's formula in symbols before the numbers (`m(m-1)(m-2) = 6 \\cdot 5 \\cdot 4 = 120`) is read from the numbers")
    func symbolicCount() throws {
        func sheet(_ all: String) -> String {
            "## Part II\n\n### Question 4\n\nAll ordered triplets of $m = 6$ samples: $\(all)$.\n\n"
                + "Valid ($|K_1| = |K_2| = 3$): $\\sum_{b=1}^{6} (|K(b)| - 1)(6 - |K(b)|) = \\sum_{b=1}^{6} 2 \\cdot 3 = 36$.\n"
        }
        let c = try C.checks(sheet("m(m-1)(m-2) = 6 \\cdot 5 \\cdot 4 = 120"))
        C.expectRead(c, ["part2.q4.all", "part2.q4.all.reasoning", "part2.q4.valid", "part2.q4.valid.reasoning"])
        #expect(Self.flaggedPlaces(c).isEmpty, "\(Self.flaggedPlaces(c))")
        // A sum over the anchors of a term that does not depend on the anchor.
        let summed = try C.checks(sheet("\\sum_{b=1}^{6} 5 \\cdot 4 = 6 \\cdot 20 = 120"))
        C.expectRead(summed, ["part2.q4.all", "part2.q4.all.reasoning"])
        let summedWrong = try C.checks(sheet("\\sum_{b=1}^{6} 5 \\cdot 4 = 6 \\cdot 25 = 150"))
        #expect(summedWrong["part2.q4.all.reasoning"]?.status != .correct)
        let wrong = try C.checks(sheet("m(m-1)(m-2) = 6 \\cdot 5 \\cdot 3 = 90"))
        C.expectRead(wrong, ["part2.q4.all"], .incorrect)
        #expect(wrong["part2.q4.all.reasoning"]?.status != .correct)
        // A formula alone with one number after it is not a calculation.
        let alone = try C.checks(sheet("m(m-1)(m-2) = 120"))
        #expect(alone["part2.q4.all.reasoning"]?.status != .correct)
    }

    @Test("Columns aligned by spaces in a plain-text block (`d/df_1   d/df_2 …` over `Q5.2 t2   f_4 - f_3   0 …`) are a table of answers")
    func alignedColumns() throws {
        func sheet(_ row2: String) -> String {
            "Question 5\n----------\n\nPartial derivatives, one row per triplet:\n\n"
                + "               d/df_1     d/df_2     d/df_3     d/df_4     d/df_5     d/df_6\n"
                + "    5.2 t2     \(row2)\n"
                + "    5.3 t3     f_1 - f_2  f_6 - f_1  0          0          0          f_2 - f_6\n"
        }
        let c = try C.checks(sheet("f_4 - f_3  0          f_3 - f_1  f_1 - f_4  0          0"), name: "sheet.txt")
        C.expectRead(c, Self.ids2 + Self.ids3)
        #expect(Self.flaggedPlaces(c).isEmpty, "\(Self.flaggedPlaces(c))")
        let wrong = try C.checks(sheet("f_3 - f_4  0          f_3 - f_1  f_1 - f_4  0          0"), name: "sheet.txt")
        C.expectRead(wrong, ["part2.q5.2.f_1"], .incorrect)
        // A row with a cell too many is no table: nothing read from it.
        let ragged = try C.checks(sheet("f_4 - f_3  0          f_3 - f_1  f_1 - f_4  0          0          0"), name: "sheet.txt")
        for id in Self.ids2 { #expect(ragged[id]?.status != .correct, "\(id)") }
    }

    @Test("A Part I line whose working ends in an arrow to a figure in bold (`$4 \\cdot (…)$ → **241,600**`) gives that figure")
    func arrowToBold() throws {
        let sheet = "## Part I\n\n- RNN: $(200 \\cdot 100 + 200^2 + 2 \\cdot 200)$ → **60,400** (test accuracy 61.0%)\n"
            + "- LSTM: $4 \\cdot (200 \\cdot 100 + 200^2 + 2 \\cdot 200)$ → **241,600** (test accuracy 80.2%)\n"
        let c = try C.checks(sheet)
        C.expectRead(c, ["part1.params.rnn", "part1.params.lstm"])
        let wrong = try C.checks(sheet.replacingOccurrences(of: "**241,600**", with: "**240,800**"))
        C.expectRead(wrong, ["part1.params.lstm"], .incorrect)
    }
}
