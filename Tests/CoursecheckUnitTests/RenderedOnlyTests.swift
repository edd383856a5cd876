import CoursecheckAssignment
import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Foundation
import Testing

/// Only what is rendered is read. A student's reader never sees an HTML
/// comment, a hidden element, a LaTeX comment or `\iffalse … \fi`, or the
/// text of an image: neither does coursecheck, and a question whose only
/// content was such says so. Verdicts by hand: ∂L/∂f_a = f_n − f_p in
/// Question 3 (hinge active), 0 in Question 2.
@Suite("Only what is rendered is read")
struct RenderedOnlyTests {
    private func checks(_ text: String, name: String = "sheet.md") throws -> [String: Check] {
        let assignment = try Assignment.load(from: PackagePaths.assignment.path)
        let report: Report
        if name.hasSuffix(".html") {
            report = try Verifier.verify(sheetPath: try SheetVariant.write(text, name: name).path, assignment: assignment)
        } else {
            report = try Verifier.verify(document: try SheetDocument.read(data: Data(text.utf8), name: name), assignment: assignment)
        }
        return Dictionary(uniqueKeysWithValues: report.checks.map { ($0.id.description, $0) })
    }

    private let right = "$$\\frac{\\partial L}{\\partial f_a} = f_n - f_p$$"
    private let wrong = "$$\\frac{\\partial L}{\\partial f_a} = f_n + f_p$$"

    @Test("An answer typed only inside an HTML comment is missing, and says what was not read")
    func commentOnly() throws {
        let c = try checks("## Question 3\n\n<!--\n\(right)\n-->\n")
        #expect(c["part2.q3.f_a"]?.status == .missing)
        #expect(c["part2.q3.f_a"]?.evidence.contains("not read in Part II · Question 3, as no reader sees it: an HTML comment (first at sheet.md:3:1)") == true)
    }

    @Test("A commented-out wrong draft does not make the shown right answer inconsistent", arguments: [
        "<!-- draft: WRONG -->\nRIGHT",
        "RIGHT <!-- first try: WRONG -->",
        "RIGHT\n\n<!--\nWRONG\n-->",
    ])
    func commentedDraft(_ template: String) throws {
        let sheet = "## Question 3\n\n" + template.replacingOccurrences(of: "WRONG", with: wrong).replacingOccurrences(of: "RIGHT", with: right) + "\n"
        #expect(try checks(sheet)["part2.q3.f_a"]?.status == .correct)
    }

    @Test("Hidden HTML elements are not read: hidden, aria-hidden, display:none", arguments: [
        "<div hidden>\nWRONG\n</div>\n\nRIGHT",
        "RIGHT <span aria-hidden=\"true\">WRONG</span>",
        "<p style=\"display: none\">WRONG</p>\n\nRIGHT",
    ])
    func hidden(_ template: String) throws {
        let sheet = "## Question 3\n\n" + template.replacingOccurrences(of: "WRONG", with: wrong).replacingOccurrences(of: "RIGHT", with: right) + "\n"
        #expect(try checks(sheet)["part2.q3.f_a"]?.status == .correct)
        #expect(try checks(sheet, name: "sheet.html")["part2.q3.f_a"]?.status == .correct, "as an HTML sheet")
    }

    @Test("An HTML sheet: comments and hidden paragraphs left out, <details> read, images listed")
    func htmlSheet() throws {
        let html = """
            <html><body><h2>Question 3</h2>
            <!-- <p>\\(\\frac{\\partial L}{\\partial f_p} = f_p - f_a\\)</p> -->
            <p style="display:none">\\(\\frac{\\partial L}{\\partial f_a} = f_n + f_p\\)</p>
            <details><summary>My answer</summary><p>\\(\\frac{\\partial L}{\\partial f_a} = f_n - f_p\\)</p></details>
            <h2>Question 2</h2><p><img src="answer.png" alt="dL/dfa = 0"></p>
            </body></html>
            """
        let c = try checks(html, name: "sheet.html")
        #expect(c["part2.q3.f_a"]?.status == .correct)
        #expect(c["part2.q3.f_p"]?.status == .missing)
        #expect(c["part2.q3.f_p"]?.evidence.contains("an HTML comment") == true)
        #expect(c["part2.q2.f_a"]?.status == .missing)
        #expect(c["part2.q2.f_a"]?.evidence.contains("an image") == true)
    }

    @Test("An image's text is not an answer; a question holding only an image says so")
    func image() throws {
        let c = try checks("## Question 2\n\n![dL/dfa = 0](answer.png)\n\n## Question 3\n\n<img src=\"q3.png\" alt=\"dL/dfa = fn - fp\">\n")
        #expect(c["part2.q2.f_a"]?.status == .missing)
        #expect(c["part2.q2.f_a"]?.evidence.contains("an image (first at sheet.md:3:1)") == true)
        #expect(c["part2.q3.f_a"]?.status == .missing)
    }

    @Test("LaTeX: % comments, \\iffalse … \\fi and the comment environment are not read")
    func latex() throws {
        func tex(_ body: String) throws -> [String: Check] {
            try checks("\\documentclass{article}\n\\begin{document}\n\\section*{Question 3}\n\(body)\n\\end{document}\n", name: "sheet.tex")
        }
        let r = "\\[\\frac{\\partial L}{\\partial f_a} = f_n - f_p\\]", w = "\\[\\frac{\\partial L}{\\partial f_a} = f_n + f_p\\]"
        #expect(try tex("\\iffalse\n\(w)\n\\fi\n\(r)")["part2.q3.f_a"]?.status == .correct)
        #expect(try tex("\\begin{comment}\n\(w)\n\\end{comment}\n\(r)")["part2.q3.f_a"]?.status == .correct)
        #expect(try tex("\(r) % \(w)")["part2.q3.f_a"]?.status == .correct)
        let onlyComment = try tex("% \(r)")
        #expect(onlyComment["part2.q3.f_a"]?.status == .missing)
        #expect(onlyComment["part2.q3.f_a"]?.evidence.contains("a LaTeX comment (first at sheet.tex:4:1)") == true)
        let onlyFalse = try tex("\\iffalse\n\(r)\n\\fi")
        #expect(onlyFalse["part2.q3.f_a"]?.evidence.contains("text between \\iffalse and \\fi") == true)
    }

    @Test("The preamble is not read: a \\newcommand there is a macro, not an answer")
    func preamble() throws {
        let sheet = "\\documentclass{article}\n\\newcommand{\\ans}{f_n - f_p}\n% Question 3: dL/df_a = f_n + f_p\n\\begin{document}\n\\section*{Question 3}\n\\[\\frac{\\partial L}{\\partial f_a} = \\ans\\]\n\\end{document}\n"
        #expect(try checks(sheet, name: "sheet.tex")["part2.q3.f_a"]?.status == .correct)
    }
}
