import CoursecheckAssignment
import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Foundation
import Testing

/// Word and HTML sheets made here by pandoc from Markdown, the way a
/// student's editor would export them: Word is read directly (pandoc's own
/// Office Math, tables and styles), HTML through pandoc's JSON AST.
@Suite("Word and HTML sheets exported by pandoc")
struct ConvertedFormatTests {
    private func report(_ path: String) throws -> Report {
        let assignment = try Assignment.load(from: PackagePaths.assignment.path)
        return try Verifier.verify(sheetPath: path, assignment: assignment)
    }

    private func verdicts(_ path: String) throws -> [String: Status] {
        Dictionary(uniqueKeysWithValues: try report(path).checks.map { ($0.id.description, $0.status) })
    }

    /// Runs pandoc on `markdown` (written to a file) and returns the path of
    /// the document it makes.
    private func convert(_ markdown: String, to name: String, _ options: [String] = []) throws -> String {
        let source = try SheetVariant.write(markdown, name: "source.md")
        let target = source.deletingLastPathComponent().appendingPathComponent(name)
        let run = try CommandRun.run(URL(fileURLWithPath: "/usr/bin/pandoc"),
                                     [source.path, "--quiet", "--metadata", "title=Answers", "-s", "-o", target.path] + options,
                                     in: source.deletingLastPathComponent())
        #expect(run.status == 0, "\(run.stderr)")
        return target.path
    }

    /// The submitted sheet as one writes Markdown for pandoc: its
    /// tab-separated table as a pipe table (pandoc reads no other kind).
    private func submittedWithPipeTable() throws -> String {
        var lines: [String] = []
        for line in try SheetVariant.submitted().split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.contains("\t") else { lines.append(String(line)); continue }
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.isEmpty ? "Model" : String($0) }
            lines.append("| " + cells.joined(separator: " | ") + " |")
            if line.hasPrefix("\t") { lines.append("|" + String(repeating: "---|", count: cells.count)) }
        }
        return lines.joined(separator: "\n")
    }

    @Test("The submitted sheet as .docx and as .html (MathML, MathJax) verifies exactly like the Markdown",
          arguments: [("sheet.docx", [String]()), ("sheet.html", ["--mathml"]), ("sheet.html", ["--mathjax"])])
    func wholeSheet(name: String, options: [String]) throws {
        let markdown = try verdicts(PackagePaths.submittedSheet.path)
        let document = try convert(try submittedWithPipeTable(), to: name, options)
        #expect(try verdicts(document) == markdown)
        #expect(markdown.count == 84)
    }

    /// The final-line rule holds through Word: `aligned` comes back as
    /// `matrix`, and the wrong last line is what is judged.
    @Test("An aligned chain in Word with a wrong last line is incorrect; its working is checked")
    func alignedChain() throws {
        let sheet = "## Question 6\n\n$$\\begin{aligned}\n\\frac{\\partial L}{\\partial f_4} &= (f_1 - f_4) + (f_2 - f_4) + (f_4 - f_6) + (f_4 - f_6) \\\\\n&= f_1 + f_2 - f_6\n\\end{aligned}$$\n"
        for (name, options) in [("sheet.docx", [String]()), ("sheet.html", ["--mathml"])] {
            let verdicts = try verdicts(try convert(sheet, to: name, options))
            #expect(verdicts["part2.q6.f_4"] == .incorrect, "\(name)")
            #expect(verdicts["part2.q6.f_4.steps"] == .inconsistent, "\(name)")
        }
    }

    /// KaTeX writes each formula twice: MathML (with a TeX annotation), and a
    /// visual copy hidden from screen readers. The MathML is read; the
    /// visual copy, which here says something else, is not.
    @Test("KaTeX-rendered HTML: the formula is read once, from its MathML")
    func katex() throws {
        func derivative(_ role: String, _ first: String, _ second: String, hidden: String) -> String {
            func f(_ s: String) -> String { "<msub><mi>f</mi><mi>\(s)</mi></msub>" }
            let mathml = "<mrow><mfrac><mrow><mi mathvariant=\"normal\">∂</mi><mi>L</mi></mrow><mrow><mi mathvariant=\"normal\">∂</mi>\(f(role))</mrow></mfrac>"
                + "<mo>=</mo>\(f(first))<mo>−</mo>\(f(second))</mrow>"
            return "<span class=\"katex\"><span class=\"katex-mathml\"><math><semantics>\(mathml)"
                + "<annotation encoding=\"application/x-tex\">\\frac{\\partial L}{\\partial f_\(role)} = f_\(first) - f_\(second)</annotation></semantics></math></span>"
                + "<span class=\"katex-html\" aria-hidden=\"true\">\(hidden)</span></span>"
        }
        let html = "<html><body><h2>Question 3</h2><p>"
            + derivative("a", "n", "p", hidden: "∂L/∂f_a = f_n + f_p")
            + "</p><p>and " + derivative("p", "a", "p", hidden: "∂L/∂f_p = f_p - f_a") + "</p></body></html>"
        let verdicts = try verdicts(try SheetVariant.write(html, name: "katex.html").path)
        #expect(verdicts["part2.q3.f_a"] == .correct)
        #expect(verdicts["part2.q3.f_p"] == .incorrect)
    }

    @Test("A problem in a Word or HTML sheet names its paragraph and the nearest heading", arguments: ["sheet.docx", "sheet.html"])
    func location(name: String) throws {
        let document = try convert("## Question 5.3\n\n$$\\frac{\\partial L}{\\partial f_2} = g_1 - f_1$$\n", to: name)
        let check = try #require(try report(document).checks.first { $0.id.description == "part2.q5.3.f_2" })
        #expect(check.status == .unparsable)
        #expect(check.evidence.contains("\(name): paragraph "))
        #expect(check.evidence.contains(", under Question 5.3:"))
    }

    @Test("OpenDocument is refused with what to do instead")
    func openDocument() throws {
        let document = try convert("## Question 3\n\n$$\\frac{\\partial L}{\\partial f_a} = f_n - f_p$$\n", to: "sheet.odt")
        #expect {
            try report(document)
        } throws: { error in
            (error as? SheetError)?.errorDescription?.contains("formulas in .odt cannot be read; export the file as .docx") == true
        }
    }

    @Test("Without pandoc, an HTML sheet exits 2 with one line naming the package; a Word sheet needs no pandoc")
    func withoutPandoc() throws {
        let html = try convert("## Question 3\n\n$$\\frac{\\partial L}{\\partial f_a} = f_n - f_p$$\n", to: "sheet.html", ["--mathml"])
        let run = try CommandRun.coursecheck(["verify", html], environment: ["PATH": "/nonexistent"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("reading .html needs pandoc (Debian package `pandoc`), which is not installed"))
        #expect(run.stderr.split(separator: "\n").count == 1)
        let word = try convert("## Question 3\n\n$$\\frac{\\partial L}{\\partial f_a} = f_n - f_p$$\n", to: "sheet.docx")
        let direct = try CommandRun.coursecheck(["verify", word, "--format", "json"], environment: ["PATH": "/nonexistent"])
        #expect(direct.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(direct.stdout.utf8)) as? [String: Any])
        let checks = json["checks"] as? [[String: Any]] ?? []
        #expect(checks.first { $0["id"] as? String == "part2.q3.f_a" }?["status"] as? String == "correct")
    }

    @Test("A file named .docx that is not one exits with the reason")
    func notWord() throws {
        let fake = try SheetVariant.write("Question 3\n", name: "fake.docx")
        #expect {
            try report(fake.path)
        } throws: { error in
            (error as? SheetError)?.errorDescription?.contains("not a Word document (not a zip archive)") == true
        }
    }
}
