import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Foundation
import Testing

/// Round 46 (wtl): Question 5's answer tables whose row labels name the
/// triplet by its members or a number (`1: (1, 2, 5)`, `(1, 2, 5)`, `#1`,
/// `Triplet 1 = (f1, f2, f5)`), such a table under a part's heading
/// (`### Question 5.3`, then rows `Q5.4 (t4)` …), and Question 6's line
/// labelled by its sample before its head (`For f5: dL/df5 = …`). Found
/// beside unseen71; written here in other words than its sheets'. Verdicts
/// by hand from the assignment's triplets t_1 = (1, 2, 5), t_2 = (1, 3, 4),
/// t_3 = (2, 1, 6), t_4 = (2, 3, 4): with the hinge active the anchor gets
/// f_n − f_p, the positive f_p − f_a, the negative f_a − f_n, the others 0.
/// Question 6 (the sum over the eight triplets): ∂L/∂f_4 = f_1 + f_2 − 2f_6,
/// ∂L/∂f_5 = f_1 + f_2 + f_3 − 2f_5 − f_6.
@Suite("Classes of notation, round 46: table rows by members, tables under a part, Question 6's sample labels")
struct ReadingClassesRound46TableTests {
    typealias C = SheetClassesTests

    static let triplets = [[1, 2, 5], [1, 3, 4], [2, 1, 6], [2, 3, 4]]

    /// The gradients of t_k (1-based) by sample, as written in a cell.
    static func gradients(_ k: Int, tex: Bool) -> [String] {
        let t = triplets[k - 1]
        var g = Array(repeating: "0", count: 6)
        g[t[0] - 1] = "f_\(t[2]) - f_\(t[1])"
        g[t[1] - 1] = "f_\(t[1]) - f_\(t[0])"
        g[t[2] - 1] = "f_\(t[0]) - f_\(t[2])"
        return tex ? g.map { "$\($0)$" } : g
    }

    /// A Markdown table of rows `rows` (1-based), labelled by `label`, under
    /// an empty corner and a header of the samples' derivatives.
    static func table(_ rows: [Int], tex: Bool = false, corner: String = "", label: (Int) -> String,
                      cells: (Int, [String]) -> [String] = { $1 }) -> String {
        let heads = (1...6).map { tex ? "$\\frac{\\partial L}{\\partial f_\($0)}$" : "dL/df_\($0)" }
        var lines = ["| \(corner) | " + heads.joined(separator: " | ") + " |", "|" + String(repeating: "---|", count: 7)]
        for k in rows { lines.append("| \(label(k)) | " + cells(k, gradients(k, tex: tex)).joined(separator: " | ") + " |") }
        return lines.joined(separator: "\n")
    }

    static func members(_ k: Int, prefix: String = "") -> String {
        "(" + triplets[k - 1].map { prefix + String($0) }.joined(separator: ", ") + ")"
    }

    static func ids(_ k: Int) -> [String] { (1...6).map { "part2.q5.\(k).f_\($0)" } }

    // MARK: Row labels that give the triplet's members, with an index or without

    static let labels: [(String, @Sendable (Int) -> String)] = [
        ("k: (m)", { "\($0): \(members($0))" }),
        ("k. (m)", { "\($0). \(members($0))" }),
        ("(m)", { members($0) }),
        ("(f m)", { members($0, prefix: "f") }),
        ("Triplet k = (f m)", { "Triplet \($0) = \(members($0, prefix: "f"))" }),
        ("Triplet k: (m)", { "Triplet \($0): \(members($0))" }),
        ("#k (m)", { "#\($0) \(members($0))" }),
        ("5.k: (m)", { "5.\($0): \(members($0))" }),
        ("t_k (m)", { "$t_\($0)$ \(members($0))" }),
        ("k: Unicode members", { k in "\(k): (" + triplets[k - 1].map { "f" + String(UnicodeScalar(0x2080 + $0)!) }.joined(separator: ", ") + ")" }),
    ]

    @Test("A row labelled by its triplet's members, with its index or without, answers that triplet", arguments: labels.indices)
    func membersLabels(_ n: Int) throws {
        for tex in [false, true] {
            let c = try C.checks("## Question 5\n\n\(Self.table([1, 2, 3, 4], tex: tex, label: Self.labels[n].1))\n")
            C.expectRead(c, (1...4).flatMap(Self.ids))
        }
    }

    @Test("A planted wrong cell in a row labelled by members reads incorrect, the others correct", arguments: labels.indices)
    func membersLabelsWrong(_ n: Int) throws {
        // t_3's anchor (f_2) given f_6 + f_1 instead of f_6 − f_1.
        let sheet = Self.table([1, 2, 3, 4], label: Self.labels[n].1) { k, g in
            k == 3 ? g.enumerated().map { $0.offset == 1 ? "f_6 + f_1" : $0.element } : g
        }
        let c = try C.checks("## Question 5\n\n\(sheet)\n")
        C.expectRead(c, ["part2.q5.3.f_2"], .incorrect)
        C.expectRead(c, Self.ids(1) + Self.ids(2) + Self.ids(4) + ["part2.q5.3.f_1", "part2.q5.3.f_6"])
    }

    static let disagreeing: [@Sendable (Int) -> String] = [
        { k in k == 3 ? "3: \(members(2))" : "\(k): \(members(k))" },
        { k in k == 3 ? "$t_3 = (f_1, f_3, f_4)$" : "$t_\(k)$ \(members(k))" },
        { k in k == 3 ? "t3 (2, 6, 1)" : "t\(k) \(members(k))" },
        { k in k == 3 ? "5.3 \(members(2))" : "5.\(k) \(members(k))" },
        { k in k == 3 ? "Triplet 3 = (f2, f1, f5)" : "Triplet \(k) = \(members(k, prefix: "f"))" },
    ]

    @Test("A row whose index and members disagree with the assignment is for a person, never graded as the index's triplet",
          arguments: disagreeing.indices)
    func disagreeingLabel(_ n: Int) throws {
        let label = Self.disagreeing[n]
        // Row 3 holds t_3's right values: graded against t_3 they would read
        // correct, but the label says another triplet: for a person.
        let c = try C.checks("## Question 5\n\n\(Self.table([1, 2, 3, 4], label: label))\n")
        for id in Self.ids(3) { #expect(c[id]?.status == .unparsable, "\(id): \(c[id]?.status.rawValue ?? "absent")") }
        C.expectRead(c, Self.ids(1) + Self.ids(2) + Self.ids(4))
    }

    @Test("Members of no triplet of the assignment label nothing: the row is for a person")
    func membersOfNoTriplet() throws {
        let c = try C.checks("## Question 5\n\n\(Self.table([1, 2, 3], label: { $0 == 2 ? "(1, 4, 3)" : Self.members($0) }))\n")
        for id in Self.ids(2) { #expect(c[id]?.status != .correct && c[id]?.status != .incorrect, "\(id): \(c[id]?.status.rawValue ?? "absent")") }
        C.expectRead(c, Self.ids(1) + Self.ids(3))
    }

    // MARK: Rows numbered alone under a column per sample's derivative

    static let numbered: [(String, @Sendable (Int) -> String)] = [
        ("", { "\($0)" }), ("#", { "\($0)" }), ("", { "#\($0)" }), ("", { "No. \($0)" }), ("k", { "\($0)." }),
    ]

    @Test("A row's number alone (`3`, `#3`, `No. 3`) under the samples' derivatives is its triplet's", arguments: numbered.indices)
    func numberedRows(_ n: Int) throws {
        let (corner, label) = Self.numbered[n]
        let c = try C.checks("## Question 5\n\n\(Self.table([1, 2, 3, 4], corner: corner, label: label))\n")
        C.expectRead(c, (1...4).flatMap(Self.ids))
        let w = try C.checks("## Question 5\n\n\(Self.table([1, 2, 3, 4], corner: corner, label: label) { k, g in k == 4 ? g.map { $0 == "f_4 - f_3" ? "f_3 - f_4" : $0 } : g })\n")
        C.expectRead(w, ["part2.q5.4.f_2"], .incorrect)
    }

    @Test("Numbers that repeat, or a corner that names the samples, name no triplet")
    func numberedRowsNot() throws {
        let twice = try C.checks("## Question 5\n\n\(Self.table([1, 2, 3], label: { $0 == 3 ? "2" : "\($0)" }))\n")
        for id in Self.ids(2) + Self.ids(3) { #expect(twice[id]?.status != .correct, "\(id): \(twice[id]?.status.rawValue ?? "absent")") }
        let samples = try C.checks("## Question 5\n\n\(Self.table([1, 2], corner: "sample", label: { "\($0)" }))\n")
        for id in Self.ids(1) { #expect(samples[id]?.status != .correct, "\(id): \(samples[id]?.status.rawValue ?? "absent")") }
    }

    // MARK: A table of several triplets' rows under a part's heading

    static let underPart: [(String, @Sendable (Int) -> String)] = [
        ("### Question 5.2", { "Q5.\($0) (t\($0))" }),
        ("**5.2**", { "Q5.\($0) ($t_\($0)$)" }),
        ("### 5.2", { "t\($0)" }),
        ("### 5.2", { "\($0): \(members($0))" }),
    ]

    @Test("A table of rows `Q5.k (tk)` under part 5.j's heading answers the parts its rows name", arguments: underPart.indices)
    func tableUnderPart(_ n: Int) throws {
        let (heading, label) = Self.underPart[n]
        let part2 = (1...6).map { "- dL/df_\($0) = \(Self.gradients(2, tex: false)[$0 - 1])" }.joined(separator: "\n")
        for tex in [false, true] {
            let sheet = "## Question 5\n\n\(heading)\n\n\(part2)\n\nTriplets 3 and 4 in a table:\n\n\(Self.table([3, 4], tex: tex, label: label))\n"
            C.expectRead(try C.checks(sheet), Self.ids(2) + Self.ids(3) + Self.ids(4))
            let wrong = sheet.replacingOccurrences(of: tex ? "$f_1 - f_2$" : "| f_1 - f_2 |", with: tex ? "$f_2 - f_1$" : "| f_2 - f_1 |")
            let w = try C.checks(wrong)
            C.expectRead(w, ["part2.q5.3.f_1"], .incorrect)
            C.expectRead(w, Self.ids(4))
        }
    }

    @Test("One row of another triplet under a part's heading stays for a person")
    func oneOtherRowUnderPart() throws {
        let sheet = "## Question 5\n\n### 5.2\n\n\(Self.table([3], label: { "t\($0)" }))\n"
        let c = try C.checks(sheet)
        for id in Self.ids(3) { #expect(c[id]?.status != .correct, "\(id): \(c[id]?.status.rawValue ?? "absent")") }
    }

    // MARK: Question 6: the sample before its head

    static func question6(_ line5: String) -> String {
        let lines = [
            "Collecting everything for f1 gives dL/df1 = 2*f1 - 2*f2 - 2*f3 + f4 + f5.",
            "Collecting everything for f2 gives dL/df2 = -2*f1 - f2 - f3 + f4 + f5 + 2*f6.",
            "Collecting everything for f3 gives dL/df3 = -2*f1 - f2 + f3 + f5 + f6.",
            "Collecting everything for f4 gives dL/df4 = (f1 - f4) + (f2 - f4) + (f4 - f6) + (f4 - f6), which simplifies to f1 + f2 - 2*f6.",
            line5,
            "Collecting everything for f6 gives dL/df6 = 2*f2 + f3 - 2*f4 - f5.",
        ]
        return "## Question 6\n\n" + lines.joined(separator: "\n\n") + "\n"
    }
    static let q6 = (1...6).map { "part2.q6.f_\($0)" }

    @Test("`For f5: dL/df5 = …`: the sample and its mark label the head of the same sample", arguments: [
        ("For f5: dL/df5 = (f1 - f5) + (f3 - f5) + (f2 - f6), which simplifies to f1 + f2 + f3 - 2*f5 - f6.", "sheet.md"),
        ("f5: dL/df5 = (f1 - f5) + (f3 - f5) + (f2 - f6) = f1 + f2 + f3 - 2*f5 - f6", "sheet.txt"),
        ("Sample f5 -> dL/df5 = f1 + f2 + f3 - 2*f5 - f6", "sheet.txt"),
        ("For f₅: ∂L/∂f₅ = (f₁ − f₅) + (f₃ − f₅) + (f₂ − f₆) = f₁ + f₂ + f₃ − 2f₅ − f₆", "sheet.md"),
    ])
    func sampleLabelBeforeHead(_ line: String, _ name: String) throws {
        C.expectRead(try C.checks(Self.question6(line), name: name), Self.q6)
        // A planted wrong result (− f_6 turned to + f_6) reads incorrect.
        let wrong = line.replacingOccurrences(of: "2*f5 - f6", with: "2*f5 + f6").replacingOccurrences(of: "2f₅ − f₆", with: "2f₅ + f₆")
        let w = try C.checks(Self.question6(wrong), name: name)
        C.expectRead(w, ["part2.q6.f_5"], .incorrect)
        C.expectRead(w, ["part2.q6.f_4"])
    }

    @Test("A sample label that names another sample than its head's is no label: nothing of it reads correct")
    func sampleLabelOtherHead() throws {
        let c = try C.checks(Self.question6("For f4: dL/df5 = f1 + f2 + f3 - 2*f5 - f6."))
        #expect(c["part2.q6.f_5"]?.status != .correct, "\(c["part2.q6.f_5"]?.status.rawValue ?? "absent")")
    }

    @Test("Question 5: `f1: dL/df1 = …` lines of a part read as their heads; a wrong one reads incorrect")
    func sampleLabelQuestion5() throws {
        let part = "## Question 5\n\n### 5.1\n\nf1: dL/df1 = f5 - f2\nf2: dL/df2 = f2 - f1\nf5: dL/df5 = f1 - f5\nf3: dL/df3 = 0\nf4: dL/df4 = 0\nf6: dL/df6 = 0\n"
        C.expectRead(try C.checks(part, name: "sheet.txt"), Self.ids(1))
        let w = try C.checks(part.replacingOccurrences(of: "dL/df2 = f2 - f1", with: "dL/df2 = f1 - f2"), name: "sheet.txt")
        C.expectRead(w, ["part2.q5.1.f_2"], .incorrect)
    }
}
