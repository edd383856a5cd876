import CoursecheckAssignment
import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Testing

/// Classes of notation in sheets typed in word processors with Unicode maths
/// (/work/notes/unseen25 at the time), each written here in other words.
/// Verdicts by hand from the assignment: Question 2 all 0; t_2 = (1, 3, 4)
/// and t_3 = (2, 1, 6), hinge active; Question 6 ∂L/∂f_4 = f_1 + f_2 − 2f_6
/// and ∂L/∂f_5 = f_1 + f_2 + f_3 − 2f_5 − f_6.
@Suite("Word processors, round 24: rendered list markers, questions named in words, a part's triplet in its heading")
struct Word25Round24Tests {
    typealias C = SheetClassesTests
    typealias P = PlainTextRound20bTests

    static func unparsable(_ c: [String: Check], under prefix: String) -> [String] {
        c.values.filter { $0.status == .unparsable && $0.id.description.hasPrefix(prefix) }.map(\.id.description).sorted()
    }

    static let q6 = ["part2.q6.f_4", "part2.q6.f_4.steps", "part2.q6.f_5", "part2.q6.f_5.steps"]

    /// A paragraph of a Word "Save as Web Page" export opening with the
    /// marker Word drew and non-breaking spaces.
    static func item(_ marker: String, _ text: String) -> String {
        "<p class=MsoListParagraph style='text-indent:-18.0pt'><span style='font-family:Wingdings'>\(marker)<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp; </span></span>\(text)</p>"
    }

    @Test("A Word HTML export's list paragraphs, the marker Word drew before non-breaking spaces (`§`, `1)`), are list items: the marker is no maths, and the next item's number never goes on the answer before it")
    func renderedMarkers() throws {
        let sheet = """
            <html><body>
            <p class=MsoNormal><b>Question 2</b></p>
            \(Self.item("§", "∂L/∂fₐ = 0"))
            \(Self.item("§", "∂L/∂fₚ = 0"))
            \(Self.item("§", "∂L/∂fₙ = 0"))
            <p class=MsoNormal><b>Question 6</b></p>
            \(Self.item("1)", "∂L/∂f₄ = (f₁ − f₄) + (f₂ − f₄) + (f₄ − f₆) + (f₄ − f₆) = f₁ + f₂ − 2f₆"))
            \(Self.item("2)", "∂L/∂f₅ = (f₁ − f₅) + (f₃ − f₅) + (f₂ − f₆) = f₁ + f₂ + f₃ − 2f₅ − f₆"))
            </body></html>
            """
        let c = try C.checks(sheet, name: "sheet.html")
        C.expectRead(c, ["part2.q2.f_a", "part2.q2.f_p", "part2.q2.f_n"] + Self.q6)
        #expect(Self.unparsable(c, under: "part2.q2@").isEmpty)
    }

    @Test("A question named in the words (`… the rows of Question 5.`, `as Part 2 says`) is no value; a hyphenated word (`non-zero`) is a word", arguments: [
        ("sheet.txt", """
            Question 6
            Each total adds up the matching rows of Question 5.
            dL/df4 = (f1 - f4) + (f2 - f4) + (f4 - f6) + (f4 - f6) = f1 + f2 - 2f6
            dL/df5 = (f1 - f5) + (f3 - f5) + (f2 - f6) = f1 + f2 + f3 - 2f5 - f6
            """),
        ("sheet.md", """
            ## Question 6
            Only a triplet's own members get a non-zero term, so each total is a sum over Exercise 5.
            ∂L/∂f₄ = (f₁ − f₄) + (f₂ − f₄) + (f₄ − f₆) + (f₄ − f₆) = f₁ + f₂ − 2f₆

            ∂L/∂f₅ = (f₁ − f₅) + (f₃ − f₅) + (f₂ − f₆) = f₁ + f₂ + f₃ − 2f₅ − f₆
            """),
    ])
    func questionNamedInWords(_ file: String, _ sheet: String) throws {
        let c = try C.checks(sheet, name: file)
        C.expectRead(c, Self.q6)
        #expect(Self.unparsable(c, under: "part2.q6@").isEmpty, "\(Self.unparsable(c, under: "part2.q6@"))")
    }

    @Test("A part's number with its triplet alone on the line (`5.2  (f1, f3, f4)`, `5.3  triplet (2,1,6)`, `**Q5.2 — triplet (f_1, f_3, f_4)**`) heads that part", arguments: [
        ("sheet.txt", """
            Question 5
            Only the members of a triplet get a non-zero gradient.

            5.2  (f1, f3, f4)
            dL/df1 = f4 - f3 ; dL/df2 = 0 ; dL/df3 = f3 - f1 ; dL/df4 = f1 - f4 ; dL/df5 = 0 ; dL/df6 = 0

            5.3  triplet (2,1,6)
            dL/df1 = f1 - f2 ; dL/df2 = f6 - f1 ; dL/df3 = 0 ; dL/df4 = 0 ; dL/df5 = 0 ; dL/df6 = f2 - f6
            """),
        ("sheet.md", """
            **Q5**

            **Q5.2 — triplet (f_1, f_3, f_4)**

            - dL/df1 = f4 - f3
            - dL/df2 = 0
            - dL/df3 = f3 - f1
            - dL/df4 = f1 - f4
            - dL/df5 = 0
            - dL/df6 = 0

            **Q5.3 — triplet (f_2, f_1, f_6)**

            - dL/df1 = f1 - f2
            - dL/df2 = f6 - f1
            - dL/df3 = 0
            - dL/df4 = 0
            - dL/df5 = 0
            - dL/df6 = f2 - f6
            """),
    ])
    func partTripletHeading(_ file: String, _ sheet: String) throws {
        let c = try C.checks(sheet, name: file)
        C.expectRead(c, P.all52 + P.all53)
        #expect(Self.unparsable(c, under: "part2.q5").isEmpty, "\(Self.unparsable(c, under: "part2.q5"))")
    }

    @Test("A wrong answer under such a heading stays wrong")
    func wrongUnderTripletHeading() throws {
        let c = try C.checks("""
            Question 5

            5.2  (f1, f3, f4)
            dL/df1 = f3 - f4 ; dL/df2 = 0 ; dL/df3 = f3 - f1 ; dL/df4 = f1 - f4 ; dL/df5 = 0 ; dL/df6 = 0
            """, name: "sheet.txt")
        #expect(c["part2.q5.2.f_1"]?.status == .incorrect)
        C.expectRead(c, ["part2.q5.2.f_3", "part2.q5.2.f_4"])
    }

    @Test("A plain-text table of working set out with tabs, under a header naming its columns (`gradient⇥terms⇥total`), reads each row as `head = working = result`", arguments: [
        "Question 6\nTotals over the triplets:\n\ngradient\tterms\ttotal\ndL/df4\t(f1 - f4) + (f2 - f4) + (f4 - f6) + (f4 - f6)\tf1 + f2 - 2f6\ndL/df5\t(f1 - f5) + (f3 - f5) + (f2 - f6)\tf1 + f2 + f3 - 2f5 - f6\n",
        "Question 6\n\n\tworking\tsum\n∂L/∂f₄\t(f₁ − f₄) + (f₂ − f₄) + (f₄ − f₆) + (f₄ − f₆)\tf₁ + f₂ − 2f₆\n∂L/∂f₅\t(f₁ − f₅) + (f₃ − f₅) + (f₂ − f₆)\tf₁ + f₂ + f₃ − 2f₅ − f₆\n",
    ])
    func tabbedWorking(_ sheet: String) throws {
        let c = try C.checks(sheet, name: "sheet.txt")
        C.expectRead(c, Self.q6)
        #expect(Self.unparsable(c, under: "part2.q6").isEmpty, "\(Self.unparsable(c, under: "part2.q6"))")
    }

    @Test("Tab columns whose header names no working and result (`⇥t7⇥t8`) are not joined into a chain")
    func tabbedOtherColumns() throws {
        let c = try C.checks("Question 6\n\n\tt7\tt8\ndL/df4\tf4 - f6\tf4 - f6\n", name: "sheet.txt")
        #expect(c["part2.q6.f_4"]?.status != .correct)
        #expect(c["part2.q6.f_4"]?.status != .incorrect)
    }
}
