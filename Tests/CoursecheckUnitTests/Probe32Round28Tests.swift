import CoursecheckAssignment
import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import CoursecheckDocument
import Testing

/// Classes of notation, round 28, probe 32 (found on an outsider's set; each
/// class written here in other words). Verdicts by hand from the
/// assignment: Question 3's ∂/∂f_a = f_n − f_p, ∂/∂f_p = f_p − f_a,
/// ∂/∂f_n = f_a − f_n; Question 2's all 0.
@Suite("Classes of notation, round 28 (probe 32): the embeddings' letter declared with its space, cases as a brace of statements")
struct Probe32Round28Tests {
    typealias C = SheetClassesTests

    @Test("A letter declared as the embedding with its space after it (`$\\boldsymbol{h}_i = f(x_i) \\in \\mathbb{R}^{m}$`) names the samples")
    func declaredWithSpace() throws {
        let q3 = "## Question 3\n\n$\\frac{\\partial E}{\\partial \\boldsymbol{h}_a} = \\boldsymbol{h}_n - \\boldsymbol{h}_p$, "
            + "$\\frac{\\partial E}{\\partial \\boldsymbol{h}_p} = \\boldsymbol{h}_p - \\boldsymbol{h}_a$, "
            + "$\\frac{\\partial E}{\\partial \\boldsymbol{h}_n} = \\boldsymbol{h}_a - \\boldsymbol{h}_n$\n"
        let declared = "# Part II\n\nHere $\\boldsymbol{h}_i = f(x_i) \\in \\mathbb{R}^{m}$ is the embedding of sample $i$.\n\n"
        C.expectRead(try C.checks(declared + q3), C.roles.map { "part2.q3.\($0)" })
        // A slip is read, and wrong.
        C.expectRead(try C.checks(declared + q3.replacingOccurrences(of: "\\boldsymbol{h}_a - \\boldsymbol{h}_n", with: "\\boldsymbol{h}_n - \\boldsymbol{h}_a")),
                     ["part2.q3.f_n"], .incorrect)
        // Any other set after it is no declaration: h names nothing.
        let other = declared.replacingOccurrences(of: "\\mathbb{R}^{m}", with: "S")
        #expect(try C.checks(other + q3)["part2.q3.f_a"]?.status != .correct)
    }

    @Test("A `cases` environment that is all the maths, each row a derivative with its value, is its rows", arguments: ["cases", "dcases"])
    func casesBrace(_ name: String) throws {
        let q3 = "## Question 3\n\n$$\n\\begin{\(name)}\n\\partial_{f_a} E = f_n - f_p \\\\\n\\partial_{f_p} E = f_p - f_a \\\\\n\\partial_{f_n} E = f_a - f_n\n\\end{\(name)}\n$$\n"
        let c = try C.checks("# Part II\n\n" + q3)
        C.expectRead(c, C.roles.map { "part2.q3.\($0)" })
        let wrong = try C.checks("# Part II\n\n" + q3.replacingOccurrences(of: "f_p - f_a", with: "f_a - f_p"))
        C.expectRead(wrong, ["part2.q3.f_p"], .incorrect)
        C.expectRead(wrong, ["part2.q3.f_a", "part2.q3.f_n"])
        let q2 = "## Question 2\n\n$$\\begin{\(name)} \\partial_{f_a} E = 0 \\\\ \\partial_{f_p} E = 0 \\\\ \\partial_{f_n} E = 0 \\end{\(name)}$$\n"
        C.expectRead(try C.checks("# Part II\n\n" + q2), C.roles.map { "part2.q2.\($0)" })
    }

    @Test("A `cases` whose rows carry conditions, or a row that is no derivative, is not read as a brace")
    func casesWithConditions() throws {
        let q3 = "## Question 3\n\n$$\n\\begin{cases}\n\\partial_{f_a} E = f_n - f_p & \\text{if active} \\\\\n\\partial_{f_p} E = f_p - f_a & \\text{if active}\n\\end{cases}\n$$\n"
        let c = try C.checks("# Part II\n\n" + q3)
        #expect(c["part2.q3.f_a"]?.status != .correct)
        let general = "## Question 3\n\n$$\n\\begin{cases}\nd = \\|f_a - f_p\\|^2 \\\\\n\\partial_{f_a} E = f_n - f_p\n\\end{cases}\n$$\n"
        #expect(try C.checks("# Part II\n\n" + general)["part2.q3.f_a"]?.status != .correct)
    }

    /// Question 5's first two parts in plain text, each under its label's
    /// line; t_1 = (1, 2, 5), t_2 = (1, 3, 4); 0 for the samples outside.
    static func labelled(_ first: String, _ second: String, f4: String) -> String {
        "Part II\n\nQuestion 5\n\n\(first)\n\n    dE1/df1 = f5 - f2; dE1/df2 = f2 - f1; dE1/df3 = 0; dE1/df4 = 0; dE1/df5 = f1 - f5; dE1/df6 = 0\n\n"
            + "\(second)\n\n    dE2/df1 = f4 - f3; dE2/df2 = 0; dE2/df3 = f3 - f1; dE2/df4 = \(f4); dE2/df5 = 0; dE2/df6 = 0\n"
    }

    @Test("A part's label and its triplet in brackets, or `Triplet k = (…):`, alone on its line in plain text, heads the part", arguments: [
        ("[5.1 (f1, f2, f5)]", "[5.2 (f1, f3, f4)]"), ("  [5.1  triplet (1,2,5)]", "  [5.2  triplet (1,3,4)]"),
        ("Triplet 1 = (1, 2, 5):", "Triplet 2 = (1, 3, 4):"), ("triplet 1 = (f1, f2, f5):", "triplet 2 = (f1, f3, f4):"),
    ])
    func labelLines(first: String, second: String) throws {
        let all = (1...6).map { "part2.q5.1.f_\($0)" } + (1...6).map { "part2.q5.2.f_\($0)" }
        let c = try C.checks(Self.labelled(first, second, f4: "f1 - f4"), name: "sheet.txt")
        C.expectRead(c, all)
        #expect(c.keys.filter { $0.hasPrefix("part2.q5@") || $0.hasPrefix("part2.q5.1@") || $0.hasPrefix("part2.q5.2@") }.isEmpty)
        // Planted: 5.2's ∂/∂f_4 with its sign turned.
        let wrong = try C.checks(Self.labelled(first, second, f4: "f4 - f1"), name: "sheet.txt")
        C.expectRead(wrong, ["part2.q5.2.f_4"], .incorrect)
        C.expectRead(wrong, ["part2.q5.1.f_6", "part2.q5.2.f_3"])
    }

    @Test("A label in brackets whose triplet is not the part's is no reading to defend: its answers are not read correct")
    func labelWrongTriplet() throws {
        let c = try C.checks(Self.labelled("[5.1 (f1, f2, f5)]", "[5.2 (f1, f3, f5)]", f4: "f1 - f4"), name: "sheet.txt")
        #expect(c.values.contains { $0.status == .unparsable || $0.status == .incorrect })
    }

    @Test("A derivative in a general index written above the letter (`\\frac{\\partial}{\\partial f^{(i)}}E_1`, no value) names the derivatives; it answers nothing")
    func superscriptGeneralIndex() throws {
        let values = ["f^{(5)} - f^{(2)}", "f^{(2)} - f^{(1)}", "0", "0", "f^{(1)} - f^{(5)}", "0"]
        let lines = values.enumerated().map { "$\\frac{\\partial E_1}{\\partial f^{(\($0.offset + 1))}} = \($0.element)$" }.joined(separator: "\n\n")
        let sheet = "# Part II\n\n## Question 5.1\n\nEach line gives $\\frac{\\partial}{\\partial f^{(i)}}E_1$ for one sample $i$:\n\n" + lines + "\n"
        let c = try C.checks(sheet)
        C.expectRead(c, (1...6).map { "part2.q5.1.f_\($0)" })
        #expect(c.keys.filter { $0.contains("@") }.isEmpty, "\(c.keys.filter { $0.contains("@") })")
        // A value given to it is a rule, not read as sample i's answer.
        let rule = try C.checks(sheet.replacingOccurrences(of: "}E_1$ for one", with: "}E_1 = 0$ for one"))
        C.expectRead(rule, (1...6).map { "part2.q5.1.f_\($0)" })
    }

    @Test("A gradient with no variable under it (`$\\nabla E_k$`, `$\\nabla E^{(k)}$`) named in a sentence answers nothing; with a value it is still reported", arguments: ["\\nabla E_k", "\\nabla E^{(k)}", "\\nabla \\mathcal{E}"])
    func gradientName(_ name: String) throws {
        let values = ["f_5 - f_2", "f_2 - f_1", "0", "0", "f_1 - f_5", "0"]
        let lines = values.enumerated().map { "$\\nabla_{f_\($0.offset + 1)} E_1 = \($0.element)$" }.joined(separator: "\n\n")
        let sheet = "# Part II\n\n## Question 5.1\n\nBelow, each line is one entry of $\(name)$ for the triplet:\n\n" + lines + "\n"
        let c = try C.checks(sheet)
        C.expectRead(c, (1...6).map { "part2.q5.1.f_\($0)" })
        #expect(c.keys.filter { $0.contains("@") }.isEmpty, "\(c.keys.filter { $0.contains("@") })")
        let valued = try C.checks(sheet.replacingOccurrences(of: "$\(name)$ for", with: "$\(name) = f_1 - f_2$ for"))
        #expect(valued.keys.contains { $0.hasPrefix("part2.q5.1@") })
    }
}
