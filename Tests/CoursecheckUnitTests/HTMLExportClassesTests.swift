import CoursecheckAssignment
import CoursecheckDocument
import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Foundation
import Testing

/// Classes of HTML exports (found by an outsider's sheets, /work/notes/unseen11
/// at the time, written here in other words): subscripts as spans whose
/// class a style sheet sets in subscript (Google Docs), MathML that carries
/// its TeX in an annotation (Notion, KaTeX), MathML binomials (`<mfrac
/// linethickness="0">`). Verdicts by hand from the assignment: t_2 = (1, 3,
/// 4), ∂L_2/∂f_1 = f_4 − f_3, ∂/∂f_3 = f_3 − f_1, ∂/∂f_4 = f_1 − f_4, 0
/// otherwise; 6·5·4 = 120 triplets, 36 valid. Read through pandoc.
@Suite("Classes of HTML exports: class-styled subscripts, MathML with its TeX, MathML binomials")
struct HTMLExportClassesTests {
    typealias C = SheetClassesTests

    static let zeros52 = ["part2.q5.2.f_2", "part2.q5.2.f_5", "part2.q5.2.f_6"]

    /// A line `∂L_{t2}/∂f_s = value` with every script a span of class `low`.
    static func line(_ sample: String, _ value: String) -> String {
        "<p><span class=\"n\">∂L</span><span class=\"low\">t2</span><span class=\"n\">/∂f</span><span class=\"low\">\(sample)</span><span class=\"n\"> = \(value)</span></p>"
    }

    static let styled = """
        <html><head><style type="text/css">.n{vertical-align:baseline;font-size:11pt}.low, .other{font-size:11pt;vertical-align: sub}.high{vertical-align:super}</style></head><body>
        <h2><span class="n">Question 5.2</span></h2>
        \(line("1", "f</span><span class=\"low\">4</span><span class=\"n\"> − f</span><span class=\"low\">3</span><span class=\"n\">"))
        \(line("3", "f</span><span class=\"low\">3</span><span class=\"n\"> − f</span><span class=\"low\">1</span><span class=\"n\">"))
        \(line("4", "f</span><span class=\"low\">1</span><span class=\"n\"> − f</span><span class=\"low\">4</span><span class=\"n\">"))
        \(line("j", "0 for j ∈ {2, 5, 6}"))
        </body></html>
        """

    @Test("Spans a style sheet sets in subscript are subscripts: heads, values and a set of zeros read")
    func classStyledSubscripts() throws {
        let c = try C.checks(Self.styled, name: "sheet.html")
        C.expectRead(c, LayoutClassesRound4Tests.ids52 + Self.zeros52)
        let w = try C.checks(Self.styled.replacingOccurrences(of: "4</span><span class=\"n\"> − f</span><span class=\"low\">3", with: "3</span><span class=\"n\"> − f</span><span class=\"low\">4"), name: "sheet.html")
        C.expectRead(w, ["part2.q5.2.f_1"], .incorrect)
    }

    @Test("A span set in superscript is never read as a sample's index")
    func superscriptIsNoIndex() throws {
        let planted = Self.styled.replacingOccurrences(of: "3</span><span class=\"n\"> − f</span><span class=\"low\">1", with: "3</span><span class=\"n\"> − f</span><span class=\"high\">1")
        #expect(planted != Self.styled)
        let c = try C.checks(planted, name: "sheet.html")
        #expect(c["part2.q5.2.f_3"]?.status != .correct, "FALSE VERDICT: f^1 read as f_1: \(c["part2.q5.2.f_3"]?.claimed ?? "")")
        #expect(c["part2.q5.2.f_3"]?.status == .unparsable, "\(c["part2.q5.2.f_3"]?.status.rawValue ?? "absent")")
    }

    /// Question 4 as MathML display figures: `all` carries its TeX, `valid` is MathML alone.
    static func counts(all: String, annotation: String?, valid: String) -> String {
        let tex = annotation.map { "<annotation encoding=\"application/x-tex\">\($0)</annotation>" } ?? ""
        return """
            <html><body><article class="page"><h2>Question 4</h2>
            <p>Ordered triplets of distinct samples:</p>
            <figure class="equation"><math display="block"><semantics><mrow>\(all)</mrow>\(tex)</semantics></math></figure>
            <p>Valid ones:</p>
            <figure class="equation"><math display="block"><mrow>\(valid)</mrow></math></figure>
            </article></body></html>
            """
    }

    static let binomial63 = "<mrow><mo>(</mo><mfrac linethickness=\"0\"><mn>6</mn><mn>3</mn></mfrac><mo>)</mo></mrow><mo>⋅</mo><mn>3</mn><mo>!</mo><mo>=</mo><mn>120</mn>"
    static let binomial32 = "<mn>2</mn><mo>⋅</mo><mrow><mo>(</mo><mfrac linethickness=\"0px\"><mn>3</mn><mn>2</mn></mfrac><mo>)</mo></mrow><mo>⋅</mo><mn>2</mn><mo>⋅</mo><mn>3</mn><mo>=</mo><mn>36</mn>"

    @Test("MathML is read as the TeX its annotation carries; without one, a fraction of no rule is a binomial")
    func mathMLBinomials() throws {
        let c = try C.checks(Self.counts(all: Self.binomial63, annotation: "\\binom{6}{3} \\cdot 3! = 120", valid: Self.binomial32), name: "sheet.html")
        C.expectRead(c, ["part2.q4.all", "part2.q4.all.reasoning", "part2.q4.valid", "part2.q4.valid.reasoning"])
        #expect(c["part2.q4.all.reasoning"]?.claimed.contains("binom") == true, "\(c["part2.q4.all.reasoning"]?.claimed ?? "")")
        // The annotation is what is read: a wrong one is wrong, whatever the MathML shows.
        let w = try C.checks(Self.counts(all: Self.binomial63, annotation: "\\binom{6}{2} \\cdot 3! = 120", valid: Self.binomial32), name: "sheet.html")
        #expect(w["part2.q4.all.reasoning"]?.status != .correct, "FALSE VERDICT: \(w["part2.q4.all.reasoning"]?.claimed ?? "")")
        // A fraction with its rule stays a fraction: 2 · 3/2 · 2 · 3 is 18.
        let f = try C.checks(Self.counts(all: Self.binomial63, annotation: nil, valid: Self.binomial32.replacingOccurrences(of: " linethickness=\"0px\"", with: "")), name: "sheet.html")
        #expect(f["part2.q4.valid.reasoning"]?.status == .inconsistent, "\(f["part2.q4.valid.reasoning"]?.status.rawValue ?? "absent"): \(f["part2.q4.valid.reasoning"]?.claimed ?? "")")
        C.expectRead(f, ["part2.q4.all.reasoning"])
    }

    static let wrapped = "\\left(\\frac{\\partial L}{\\partial f_a},\\\n\\frac{\\partial L}{\\partial f_p},\\\n\\frac{\\partial L}{\\partial f_n}\\right) = \\left(f_n - f_p,\\\nf_p - f_a,\\\nf_a - f_n\\right)"

    @Test("A backslash ending a line is TeX's control space, as a source wrapped after ',\\ ' has it", arguments: [
        ("sheet.md", "## Question 3\n\n$$\(wrapped)$$\n"),
        ("sheet.html", "<html><body><h2>Question 3</h2>\n<p><span class=\"math display\">\\[\(wrapped)\\]</span></p></body></html>\n"),
    ])
    func controlSpaceAtLineEnd(_ name: String, _ sheet: String) throws {
        let c = try C.checks(sheet, name: name)
        C.expectRead(c, LayoutClassesRound4Tests.roles3)
        let w = try C.checks(sheet.replacingOccurrences(of: "f_p - f_a,", with: "f_a - f_p,"), name: name)
        C.expectRead(w, ["part2.q3.f_p"], .incorrect)
    }
}
