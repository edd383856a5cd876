import CoursecheckAssignment
import CoursecheckMaths
import CoursecheckReading
import CoursecheckTestSupport
import Foundation
import Testing

private func parse(_ text: String) throws -> ParsedSheet {
    let part = try Assignment.load(from: PackagePaths.assignment.path).part2
    return SheetParser(part: part).parse(try SheetDocument.read(data: Data(text.utf8), name: "sheet.md"))
}

@Suite("Sheet parser")
struct SheetParserTests {
    @Test("The submitted sheet: every derivative, the counts, the triplets")
    func submitted() throws {
        let sheet = try parse(try SheetVariant.submitted())
        #expect(sheet.problems.isEmpty, "\(sheet.problems.map(\.message))")
        // 3 + 3 + 8·6 + 6 derivatives.
        #expect(sheet.derivatives.count == 60)
        #expect(sheet.derivatives.values.allSatisfy { $0.count == 1 })
        #expect(sheet.counts[.all]?.stated == 120)
        #expect(sheet.counts[.valid]?.stated == 36)
        #expect(sheet.counts[.all]?.products.map(\.factors) == [[5, 4, 3]])
        #expect(sheet.counts[.valid]?.products.map(\.factors) == [[6, 2, 3], [3, 2, 3, 2]])
        #expect(sheet.tripletList?.triplets.count == 8)
        #expect(sheet.tripletList?.triplets[6] == [5, 6, 2])
        // The stray label after the first derivative of 5.1 is read, not kept.
        #expect(sheet.derivatives[AnswerID(.triplet(1), .derivative(.sample(1)))]?.first?.answer == LinearExpression([.sample(5): Rational(1), .sample(2): Rational(-1)]))
        let q6 = try #require(sheet.derivatives[AnswerID(.question(6), .derivative(.sample(1)))]?.first)
        #expect(q6.sides.count == 2)
        #expect(q6.firstSideTerms.count == 4)
        #expect(q6.location == SourceLocation(line: 73, column: 3))
    }

    @Test("Derivative heads: \\frac, \\partial/, ∂/, d/d, \\dfrac, with labels", arguments: [
        "$$\\frac{\\partial L^t}{\\partial f_a} = f_n - f_p$$",
        "$$\\dfrac{\\partial L}{\\partial \\mathbf{f}_a} = f_n - f_p$$",
        "$$\\partial L / \\partial f_a = f_n - f_p$$",
        "$∂L/∂f_a = f_n − f_p$",
        "$$\\frac{dL}{df_a} = f_n - f_p$$",
        "$$\\frac{\\partial L(t)}{\\partial f_{a}} (t_1) = \\left(f_n - f_p\\right)$$",
        "∂L/∂f_a = f_n - f_p",
    ])
    func heads(line: String) throws {
        let sheet = try parse("Part II\n\nQuestion 3\n\n\(line)\n")
        #expect(sheet.problems.isEmpty, "\(sheet.problems.map(\.message))")
        #expect(sheet.derivatives[AnswerID(.question(3), .derivative(.anchor))]?.first?.answer == LinearExpression([.negative: Rational(1), .positive: Rational(-1)]))
    }

    @Test("Headings with Markdown decoration", arguments: ["## Question 3", "**Question 3**", "Q3:", "### Q 3."])
    func headings(heading: String) throws {
        let sheet = try parse("\(heading)\n$$\\frac{\\partial L}{\\partial f_a} = f_n - f_p$$\n")
        #expect(sheet.derivatives[AnswerID(.question(3), .derivative(.anchor))] != nil)
    }

    @Test("Derivatives under Question 5 find their triplet from t_k labels")
    func labels() throws {
        let text = """
        Question 5
        $$\\frac{\\partial L}{\\partial f_1} t_2 = f_4 - f_3, \\frac{\\partial L}{\\partial f_3} = f_3 - f_1$$
        """
        let sheet = try parse(text)
        #expect(sheet.derivatives[AnswerID(.triplet(2), .derivative(.sample(1)))] != nil)
        #expect(sheet.derivatives[AnswerID(.triplet(2), .derivative(.sample(3)))] != nil)
    }

    @Test("What cannot be read is a problem with its line and column")
    func problems() throws {
        let text = "Question 3\n\n$$\\frac{\\partial L}{\\partial f_a} = f_n - g_p$$\n\nQuestion 5.1\n\n$$\\frac{\\partial L}{\\partial f_7} = 0$$\n\nQuestion 6\n$$ f_1 \n"
        let sheet = try parse(text)
        let byId = Dictionary(grouping: sheet.problems, by: \.id)
        #expect(byId[AnswerID(.question(3), .derivative(.anchor))]?.first?.location == SourceLocation(line: 3, column: 43))
        #expect(sheet.problems.contains { $0.message.contains("f_7") && $0.location.line == 7 })
        #expect(sheet.problems.contains { $0.message.contains("unclosed '$$'") && $0.location == SourceLocation(line: 10, column: 1) })
    }

    @Test("Question numbers out of range are reported, not dropped")
    func outOfRange() throws {
        let sheet = try parse("Question 9\n$$x = 1$$\nQuestion 5.12\n$$y$$\n")
        #expect(sheet.problems.filter { $0.message.contains("out of range") }.count == 2)
    }

    @Test("A UTF-8 BOM and CRLF line endings read like the clean sheet")
    func lineEndings() throws {
        let clean = try SheetVariant.submitted()
        let windows = "\u{FEFF}" + clean.replacingOccurrences(of: "\n", with: "\r\n")
        let a = try parse(clean), b = try parse(windows)
        #expect(a.derivatives.count == b.derivatives.count)
        #expect(a.derivatives[AnswerID(.question(6), .derivative(.sample(2)))]?.first?.location == b.derivatives[AnswerID(.question(6), .derivative(.sample(2)))]?.first?.location)
        #expect(b.problems.isEmpty)
    }

    @Test("Invalid UTF-8 and NUL bytes are rejected with a location")
    func notText() {
        #expect(throws: SheetError.notText(path: "x", at: SourceLocation(line: 2, column: 3), reason: "invalid UTF-8")) {
            try SheetDocument.read(data: Data([0x61, 0x0A, 0x62, 0x63, 0xFF]), name: "x")
        }
        #expect(throws: SheetError.self) { try SheetDocument.read(data: Data([0x61, 0x00]), name: "x") }
    }
}
