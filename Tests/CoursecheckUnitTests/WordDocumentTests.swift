import CoursecheckAssignment
import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Foundation
import Testing

/// Word documents written here as Word writes them (`WordFixture`: the
/// package parts and Office Math element by element), read directly. The
/// verdicts are worked out by hand from the loss: for a triplet (a, p, n)
/// with the hinge active, ∂L/∂f_a = f_n − f_p, ∂L/∂f_p = f_p − f_a,
/// ∂L/∂f_n = f_a − f_n, 0 for the others; t_1 = (f_1, f_2, f_5); summed over
/// the eight triplets, ∂L/∂f_4 = f_1 + f_2 − 2f_6; 120 ordered triplets of
/// distinct samples, 36 valid ones.
@Suite("Word read directly: Office Math written as Word writes it")
struct WordDocumentTests {
    typealias W = WordFixture

    private func verdicts(_ body: String, declareMaths: Bool = true) throws -> [String: Check] {
        let url = try W.write(body: body, declareMaths: declareMaths)
        let assignment = try Assignment.load(from: PackagePaths.assignment.path)
        let report = try Verifier.verify(sheetPath: url.path, assignment: assignment)
        return Dictionary(uniqueKeysWithValues: report.checks.map { ($0.id.description, $0) })
    }

    /// (f_1 − f_4) + (f_2 − f_4) + (f_4 − f_6) + (f_4 − f_6), as Word writes it.
    private var q6Working: String {
        [("1", "4"), ("2", "4"), ("4", "6"), ("4", "6")].enumerated().map { n, pair in
            (n > 0 ? W.mr("+", plain: true) : "") + W.delimited([W.samples([("", pair.0), ("−", pair.1)])])
        }.joined()
    }

    private func q6Final(twice: Bool) -> String {
        W.samples([("", "1"), ("+", "2")]) + W.mr("−", plain: true) + (twice ? W.mr("2") : "") + W.sub("f", "6")
    }

    @Test("An equation array (Word's multi-line equation): rows stay apart; the last row is the answer", arguments: [true, false])
    func equationArray(rightLastRow: Bool) throws {
        let array = W.equationArray([
            W.partial("4") + W.mr("&=", plain: true) + q6Working,
            W.mr("&=", plain: true) + q6Final(twice: rightLastRow),
        ])
        let checks = try verdicts(W.paragraph("Question 6", style: "Heading1") + W.displayEquation([array]))
        #expect(checks["part2.q6.f_4"]?.status == (rightLastRow ? .correct : .incorrect))
        // The working (first row) is right: a wrong last row contradicts it.
        #expect(checks["part2.q6.f_4.steps"]?.status == (rightLastRow ? .correct : .inconsistent))
    }

    @Test("A matrix-aligned equation as pandoc writes it: the rows of the matrix are the lines of the chain", arguments: [true, false])
    func alignedMatrix(rightLastRow: Bool) throws {
        let matrix = W.alignedMatrix([
            (W.partial("4"), W.mr("=", plain: true) + q6Working),
            ("", W.mr("=", plain: true) + q6Final(twice: rightLastRow)),
        ])
        let checks = try verdicts(W.paragraph("Question 6", style: "Heading2") + W.displayEquation([matrix]))
        #expect(checks["part2.q6.f_4"]?.status == (rightLastRow ? .correct : .incorrect))
    }

    @Test("An m:oMathPara declaring the maths namespace on itself, as LibreOffice 7.4 writes it, is read")
    func libreOfficeNamespace() throws {
        let equation = W.partial("a") + W.mr("=", plain: true) + W.samples([("", "n"), ("−", "p")])
        let wrong = W.partial("p") + W.mr("=", plain: true) + W.samples([("", "a"), ("−", "p")])
        let checks = try verdicts(W.paragraph("Question 3", style: "Heading1")
            + W.displayEquation([equation], ownNamespace: true) + W.displayEquation([wrong], ownNamespace: true),
            declareMaths: false)
        #expect(checks["part2.q3.f_a"]?.status == .correct)
        #expect(checks["part2.q3.f_p"]?.status == .incorrect)
        #expect(checks["part2.q3.f_n"]?.status == .missing)
    }

    @Test("A binomial is Word's parentheses around a fraction without a bar: C(6,3)·3! = 120")
    func binomial() throws {
        let all = W.binomial("6", "3") + W.mr("⋅", plain: true) + W.mr("3") + W.mr("!", plain: true) + W.mr("=", plain: true) + W.mr("120")
        let valid = W.mr("6") + W.mr("⋅", plain: true) + W.mr("2") + W.mr("⋅", plain: true) + W.mr("3") + W.mr("=", plain: true) + W.mr("36")
        let checks = try verdicts(W.paragraph("Question 4", style: "Heading1")
            + W.paragraph(raw: W.run("All ordered triplets: ") + W.inlineEquation(all) + W.run(" triplets."))
            + W.paragraph(raw: W.run("Valid triplets: 6 choices for the anchor, 2 for the positive and 3 for the negative, ")
                + W.inlineEquation(valid) + W.run(" valid triplets.")))
        #expect(checks["part2.q4.all"]?.status == .correct)
        #expect(checks["part2.q4.all"]?.claimed == "120")
        #expect(checks["part2.q4.all.reasoning"]?.status == .correct)
        #expect(checks["part2.q4.valid"]?.status == .correct)
        #expect(checks["part2.q4.valid.reasoning"]?.status == .correct)
    }

    @Test("A table of equations: a row per sample, the derivative in an equation cell")
    func tableOfEquations() throws {
        func cell(_ equation: String) -> String { W.paragraph(raw: W.inlineEquation(equation)) }
        let header = [W.paragraph("Sample"), cell(W.fraction(W.mr("∂", plain: true) + W.mr("L"), W.mr("∂", plain: true) + W.sub("f", "i")))]
        let rows = [
            header,
            [cell(W.sub("f", "1")), cell(W.samples([("", "5"), ("−", "2")]))],
            [cell(W.sub("f", "2")), cell(W.samples([("", "2"), ("−", "1")]))],
            [cell(W.sub("f", "3")), cell(W.mr("0"))],
            // A wrong cell: the anchor and the negative exchanged.
            [cell(W.sub("f", "5")), cell(W.samples([("", "5"), ("−", "1")]))],
        ]
        let checks = try verdicts(W.paragraph("Question 5.1", style: "Heading2") + W.table(rows))
        #expect(checks["part2.q5.1.f_1"]?.status == .correct)
        #expect(checks["part2.q5.1.f_2"]?.status == .correct)
        #expect(checks["part2.q5.1.f_3"]?.status == .correct)
        #expect(checks["part2.q5.1.f_5"]?.status == .incorrect)
        #expect(checks["part2.q5.1.f_4"]?.status == .missing)
    }

    @Test("Part I as a Word table; a cell holding working states its last side")
    func partOneTable() throws {
        let working = W.mr("4") + W.mr("⋅", plain: true) + W.delimited([W.mr("200⋅100+200⋅200+2⋅200")]) + W.mr("=", plain: true) + W.mr("241,600")
        let rows = [
            [W.paragraph("Model"), W.paragraph("Parameters"), W.paragraph("Accuracy")],
            [W.paragraph("RNN"), W.paragraph("60,400"), W.paragraph("64.64%")],
            [W.paragraph("LSTM"), W.paragraph(raw: W.inlineEquation(working)), W.paragraph("86.03%")],
            // Working that ends on a wrong count (bi-RNN has 120,800): the count stated is judged.
            [W.paragraph("bi-RNN"), W.paragraph("2 × 60,400 = 120,000"), W.paragraph("68.72%")],
        ]
        let checks = try verdicts(W.paragraph("Part I", style: "Heading1") + W.table(rows))
        #expect(checks["part1.params.rnn"]?.status == .correct)
        #expect(checks["part1.params.lstm"]?.status == .correct)
        #expect(checks["part1.params.bi-rnn"]?.status == .incorrect)
        #expect(checks["part1.accuracy.lstm"]?.status == .unverifiable)
    }

    @Test("A line break inside one equation (m:brk) separates the lines of a chain")
    func lineBreak() throws {
        let working = W.delimited([W.samples([("", "a"), ("−", "p")])]) + W.mr("−", plain: true) + W.delimited([W.samples([("", "a"), ("−", "n")])])
        let equation = W.partial("a") + W.mr("=", plain: true) + working + W.breakBefore("=") + W.samples([("", "n"), ("+", "p")])
        let checks = try verdicts(W.paragraph("Question 3", style: "Heading1") + W.displayEquation([equation]))
        // The working is f_n − f_p; the last line, f_n + f_p, is wrong.
        #expect(checks["part2.q3.f_a"]?.status == .incorrect)
        #expect(checks["part2.q3.f_a"]?.claimed.contains("=") == true)
    }

    @Test("Headings by style (Word's ids, or a localised id named 'heading 3'), bold paragraphs and numbered lists")
    func headingsAndLists() throws {
        let checks = try verdicts(
            W.paragraph(raw: W.run("Question 2"), style: "berschrift3")
            + W.paragraph(raw: W.inlineEquation(W.partial("a") + W.mr("=", plain: true) + W.mr("0")))
            + W.paragraph("Question 5.2", bold: true)
            + W.paragraph(raw: W.inlineEquation(W.partial("1") + W.mr("=", plain: true) + W.samples([("", "4"), ("−", "3")])), numbering: (2, 0))
            + W.paragraph(raw: W.inlineEquation(W.partial("3") + W.mr("=", plain: true) + W.samples([("", "3"), ("−", "1")])), numbering: (2, 0)))
        #expect(checks["part2.q2.f_a"]?.status == .correct)
        #expect(checks["part2.q5.2.f_1"]?.status == .correct)
        #expect(checks["part2.q5.2.f_3"]?.status == .correct)
    }

    @Test("Hidden text and deleted text (tracked changes) are not read, and a question holding only them says so")
    func hiddenAndDeleted() throws {
        let deleted = "<w:del w:id=\"1\" w:author=\"s\"><w:r><w:delText>dL/df_a = f_n + f_p</w:delText></w:r></w:del>"
        let checks = try verdicts(
            W.paragraph("Question 3", style: "Heading1")
            + W.paragraph(raw: deleted + W.run("dL/df_a = f_n - f_p"))
            + W.paragraph(raw: W.run("dL/df_p = f_a - f_p", hidden: true))
            + W.paragraph("Question 2", style: "Heading1")
            + W.paragraph(raw: W.run("dL/df_a = 0", hidden: true)))
        #expect(checks["part2.q3.f_a"]?.status == .correct)
        #expect(checks["part2.q3.f_p"]?.status == .missing)
        #expect(checks["part2.q2.f_a"]?.status == .missing)
        #expect(checks["part2.q2.f_a"]?.evidence.contains("hidden text (Word's hidden font)") == true)
    }

    @Test("Maths typed as text over several paragraphs ($$ on its own lines) is read")
    func typedMaths() throws {
        let checks = try verdicts(W.paragraph("Question 3", style: "Heading1")
            + W.paragraph("$$") + W.paragraph("\\frac{\\partial L}{\\partial f_a} = f_n - f_p") + W.paragraph("$$")
            + W.paragraph("and $\\frac{\\partial L}{\\partial f_n} = f_a + f_n$ costs $5"))
        #expect(checks["part2.q3.f_a"]?.status == .correct)
        // `$5` is not maths: the unclosed dollar is reported, the answer before it read.
        #expect(checks["part2.q3.f_n"]?.status == .incorrect)
    }

    @Test("Maths letters (𝑓 U+1D453, 𝐟 U+1D41F) are plain letters")
    func mathsLetters() throws {
        func italic(_ i: String) -> String { "<m:sSub><m:e>\(W.mr("𝑓"))</m:e><m:sub>\(W.mr(i))</m:sub></m:sSub>" }
        let equation = W.fraction(W.mr("∂", plain: true) + W.mr("𝐿"), W.mr("∂", plain: true) + italic("𝑎"))
            + W.mr("=", plain: true) + italic("𝑛") + W.mr("−", plain: true) + "<m:sSub><m:e>\(W.mr("𝐟"))</m:e><m:sub>\(W.mr("𝑝"))</m:sub></m:sSub>"
        let checks = try verdicts(W.paragraph("Question 3", style: "Heading1") + W.displayEquation([equation]))
        #expect(checks["part2.q3.f_a"]?.status == .correct)
    }

    @Test("A problem names the paragraph and the nearest heading")
    func place() throws {
        let checks = try verdicts(W.paragraph("Question 5.3", style: "Heading1") + W.paragraph("Some words.")
            + W.displayEquation([W.partial("2") + W.mr("=", plain: true) + W.sub("g", "1")]))
        #expect(checks["part2.q5.3.f_2"]?.status == .unparsable)
        #expect(checks["part2.q5.3.f_2"]?.evidence.contains("sheet.docx: paragraph 3, under Question 5.3: unknown symbol") == true)
    }

    @Test("Fuzz findings: each input in fuzz/regressions/word-* (as word/document.xml) and docx-* (as the file) ends in a document or one clear error")
    func fuzzRegressions() throws {
        let folder = PackagePaths.root.appendingPathComponent("fuzz/regressions")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("word-") || $0.hasPrefix("docx-") }.sorted()
        #expect(names.count >= 5)
        for name in names {
            // The bytes as they are: one finding is a name that is not UTF-8.
            let bytes = try Data(contentsOf: folder.appendingPathComponent(name))
            let data = name.hasPrefix("docx-") ? bytes : try W.docxData(bytes)
            do {
                _ = try SheetDocument.read(data: data, name: "fuzz.docx")
            } catch let error as SheetError {
                #expect(error.errorDescription?.hasPrefix("fuzz.docx: cannot read the sheet: ") == true, "\(name)")
            }
        }
    }

    @Test("An equation object (MathType, Equation Editor 3.0) cannot be read and is reported, not missing")
    func equationObject() throws {
        let object = "<w:r><w:object><v:shape id=\"_x0000_i1025\"/></w:object></w:r>"
        let checks = try verdicts(W.paragraph("Question 3", style: "Heading1") + W.paragraph(raw: object))
        #expect(checks["part2.q3.f_a"]?.status == .unparsable)
        #expect(checks["part2.q3.f_a"]?.evidence.contains("an equation object") == true)
    }
}
