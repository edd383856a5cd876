import Foundation
import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Testing

/// Classes of notation, round 37: Question 5 in one table of the triplets
/// by the samples, in two-column tables headed by words, and under lines
/// that name a triplet with its roles (found beside unseen63 and unseen64;
/// written here in other words than the sheets'). Verdicts by hand from the
/// assignment's triplets t_1 = (1, 2, 5), t_2 = (1, 3, 4), t_3 = (2, 1, 6):
/// the anchor's derivative is f_n − f_p, the positive's f_p − f_a, the
/// negative's f_a − f_n, every other sample's 0.
@Suite("Classes of notation, round 37: tables of triplets by samples, part headings that give roles")
struct ReadingClassesRound37TablesTests {
    typealias C = SheetClassesTests

    static let firstThree = ["part2.q5.1.f_1", "part2.q5.1.f_2", "part2.q5.1.f_5", "part2.q5.1.f_3",
                             "part2.q5.2.f_1", "part2.q5.2.f_3", "part2.q5.2.f_4", "part2.q5.2.f_6",
                             "part2.q5.3.f_1", "part2.q5.3.f_2", "part2.q5.3.f_6", "part2.q5.3.f_5"]

    /// A table of the first three triplets by the six samples, its header
    /// cells for sample i written by `column`, its rows' labels by `row`.
    static func crossTable(column: (Int) -> String, row: (Int) -> String) -> String {
        let values = [["f_5 - f_2", "f_2 - f_1", "0", "0", "f_1 - f_5", "0"],
                      ["f_4 - f_3", "0", "f_3 - f_1", "f_1 - f_4", "0", "0"],
                      ["f_1 - f_2", "f_6 - f_1", "0", "0", "0", "f_2 - f_6"]]
        var lines = ["| triplet | " + (1...6).map(column).joined(separator: " | ") + " |", "|" + String(repeating: "---|", count: 7)]
        for (k, cells) in values.enumerated() { lines.append("| \(row(k + 1)) | " + cells.joined(separator: " | ") + " |") }
        return lines.joined(separator: "\n")
    }

    @Test("A table of triplets by samples says its cells are derivatives though its header names the samples alone", arguments: [
        (1, 1), (2, 2), (3, 3), (4, 1), (1, 4),
    ])
    func crossTableReads(_ columnStyle: Int, _ rowStyle: Int) throws {
        let column: (Int) -> String = { i in
            switch columnStyle {
            case 1: "$f_\(i)$"
            case 2: "f\(i)"
            case 3: "**$\\mathbf{f}_{\(i)}$**"
            default: "$\\vec{f}_\(i)$"
            }
        }
        let triplets = [(1, 2, 5), (1, 3, 4), (2, 1, 6)]
        let row: (Int) -> String = { k in
            let t = triplets[k - 1]
            switch rowStyle {
            case 1: return "t_\(k) = (\(t.0), \(t.1), \(t.2))"
            case 2: return "$t_{\(k)}$"
            case 3: return "Triplet \(k)"
            default: return "\(k)"
            }
        }
        let table = Self.crossTable(column: column, row: row)
        let sheet = "## Question 5\n\nEvery triplet put through the formulas of Question 3:\n\n" + table + "\n"
        C.expectRead(try C.checks(sheet), Self.firstThree)
        // Planted slip: one cell with its signs swapped reads incorrect.
        let slipped = sheet.replacingOccurrences(of: "| f_4 - f_3 | 0 | f_3 - f_1 |", with: "| f_3 - f_4 | 0 | f_3 - f_1 |")
        let c = try C.checks(slipped)
        C.expectRead(c, ["part2.q5.2.f_1"], .incorrect)
        C.expectRead(c, ["part2.q5.2.f_3", "part2.q5.1.f_1"])
    }

    @Test("The same table turned: rows of samples under columns of triplets")
    func crossTableTurned() throws {
        let sheet = """
        ## Question 5

        | sample | $t_1$ | $t_2$ | $t_3$ |
        |---|---|---|---|
        | $f_1$ | $f_5 - f_2$ | $f_4 - f_3$ | $f_1 - f_2$ |
        | $f_2$ | $f_2 - f_1$ | $0$ | $f_6 - f_1$ |
        | $f_3$ | $0$ | $f_3 - f_1$ | $0$ |
        | $f_4$ | $0$ | $f_1 - f_4$ | $0$ |
        | $f_5$ | $f_1 - f_5$ | $0$ | $0$ |
        | $f_6$ | $0$ | $0$ | $f_2 - f_6$ |

        """
        C.expectRead(try C.checks(sheet), Self.firstThree)
        // Planted slip: the positive's derivative of t_3 written as the anchor's.
        C.expectRead(try C.checks(sheet.replacingOccurrences(of: "| $f_6 - f_1$ |", with: "| $f_1 - f_2$ |")), ["part2.q5.3.f_2"], .incorrect)
    }

    @Test("A table whose rows are samples and columns samples is no table of triplets: it is not read as one")
    func samplesBySamplesNotRead() throws {
        let sheet = """
        ## Question 5.1

        | | $f_1$ | $f_2$ | $f_5$ |
        |---|---|---|---|
        | $f_1$ | $f_5 - f_2$ | $0$ | $0$ |
        | $f_2$ | $0$ | $f_2 - f_1$ | $0$ |

        """
        let c = try C.checks(sheet)
        #expect(c["part2.q5.1.f_1"]?.status != .correct, "\(c["part2.q5.1.f_1"]?.evidence ?? "")")
    }

    @Test("A two-column table under a part with words in its header: w.r.t., with respect to", arguments: [
        "| w.r.t. | value |", "| wrt | result |", "| with respect to | what we get |",
    ])
    func wordHeaderTable(_ header: String) throws {
        let sheet = """
        ## Question 5.2

        \(header)
        |:-:|:-:|
        | f_1 | f_4 - f_3 |
        | f_2 | 0 |
        | f_3 | f_3 - f_1 |
        | f_4 | f_1 - f_4 |
        | f_5 | 0 |
        | f_6 | 0 |

        """
        C.expectRead(try C.checks(sheet), ["part2.q5.2.f_1", "part2.q5.2.f_2", "part2.q5.2.f_3", "part2.q5.2.f_4"])
        // Planted slip: the negative's derivative with its sign lost.
        C.expectRead(try C.checks(sheet.replacingOccurrences(of: "| f_1 - f_4 |", with: "| f_4 - f_1 |")), ["part2.q5.2.f_4"], .incorrect)
    }

    @Test("A line naming a triplet, with its roles or its members, heads the part of its answers (a wrong member reads incorrect)", arguments: [
        ("Triplet 1, (a,p,n) = (1,2,5)", "Triplet 2, (a,p,n) = (1,3,4)"),
        ("t1: a=1, p=2, n=5", "t2: a=1, p=3, n=4"),
        ("Triplet 1 (a=1, p=2, n=5):", "Triplet 2 (p=3, a=1, n=4):"),
        ("$t_1 = (a, p, n) = (1, 2, 5)$", "$t_2 = (a, p, n) = (1, 3, 4)$"),
        ("**Triplet 1**: (anchor, positive, negative) = (f_1, f_2, f_5)", "**Triplet 2**: (anchor, positive, negative) = (f_1, f_3, f_4)"),
    ])
    func tripletLineHeadsPart(_ first: String, _ second: String) throws {
        let sheet = """
        ## Question 5

        We substitute each triplet in turn.

        \(first)

        dL/df1 = f5 - f2, dL/df2 = f2 - f1, dL/df5 = f1 - f5

        \(second)

        dL/df1 = f4 - f3, dL/df3 = f3 - f1, dL/df4 = f1 - f4

        """
        let c = try C.checks(sheet)
        C.expectRead(c, ["part2.q5.1.f_1", "part2.q5.1.f_2", "part2.q5.1.f_5", "part2.q5.2.f_1", "part2.q5.2.f_3", "part2.q5.2.f_4"])
        // Planted slip: a wrong member on the heading is a wrong triplet.
        let wrong = second.replacingOccurrences(of: "4", with: "6")
        let slipped = try C.checks(sheet.replacingOccurrences(of: second, with: wrong))
        #expect(slipped["part2.q5.triplets"]?.status == .incorrect, "\(slipped["part2.q5.triplets"]?.status.rawValue ?? "absent") — \(slipped["part2.q5.triplets"]?.evidence ?? "")")
    }

    @Test("An item numbered as its triplet, stating it, heads the part under it")
    func numberedItemHeadsPart() throws {
        let sheet = """
        ## Question 5

        1. t_1 = (1, 2, 5)

        ∂L/∂f₁ = f₅ - f₂, ∂L/∂f₂ = f₂ - f₁, ∂L/∂f₅ = f₁ - f₅

        2. t_2 = (1, 3, 4)

        ∂L/∂f₁ = f₄ - f₃, ∂L/∂f₃ = f₃ - f₁, ∂L/∂f₄ = f₁ - f₄

        """
        C.expectRead(try C.checks(sheet), ["part2.q5.1.f_1", "part2.q5.1.f_5", "part2.q5.2.f_1", "part2.q5.2.f_4"])
        // Planted slip: the anchor's derivative of t_2 with its terms swapped.
        C.expectRead(try C.checks(sheet.replacingOccurrences(of: "∂L/∂f₁ = f₄ - f₃", with: "∂L/∂f₁ = f₃ - f₄")), ["part2.q5.2.f_1"], .incorrect)
    }

    @Test("Triplet lines one after another list the triplets: the answers after them are no last triplet's")
    func listOfTripletLinesHeadsNothing() throws {
        let sheet = """
        ## Question 5

        t_1 = (1, 2, 5)

        t_2 = (1, 3, 4)

        $\\frac{\\partial L}{\\partial f_1} = f_4 - f_3$

        """
        let c = try C.checks(sheet)
        #expect(c["part2.q5.2.f_1"]?.status != .correct, "\(c["part2.q5.2.f_1"]?.evidence ?? "")")
    }

    @Test("Words about what an index runs over, before Question 6's sums, are words, not maths", arguments: [
        "Summing over k = 1..8:", "Adding the eight losses, for k=1,...,8:", "Taking every k = 1 to 8 together", "Over all t = 1 … 8:",
    ])
    func indexRangeInWords(_ words: String) throws {
        let sheet = "## Question 6\n\n\(words)\n\ndL/df6 = (f2 - f6) + (f6 - f5) + (f3 - f4) + (f2 - f4) = 2f2 + f3 - 2f4 - f5\n"
        let c = try C.checks(sheet)
        C.expectRead(c, ["part2.q6.f_6"])
        #expect(!c.keys.contains { $0.hasPrefix("part2.q6@") }, "\(c.keys.filter { $0.hasPrefix("part2.q6@") })")
        // Planted slip: a wrong sum under the same words reads incorrect.
        C.expectRead(try C.checks(sheet.replacingOccurrences(of: "= 2f2 + f3 - 2f4 - f5", with: "= 2f2 + f3 - 2f4 + f5")), ["part2.q6.f_6"], .incorrect)
    }
}
