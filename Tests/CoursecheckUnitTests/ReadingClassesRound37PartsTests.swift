import Foundation
import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Testing

/// Classes of notation, round 37: Question 5's parts headed by a number
/// alone in any style (between rules, in brackets, bare) under Question 5
/// headed in words; a `(6)` at Question 5's level told from Question 6 by
/// what it holds; a sentence that gives the samples left 0 and one sample
/// a value of its own; and Question 6's terms listed by triplet, checked
/// (found by review 18; written here in other words than its sheets').
/// Verdicts by hand from the assignment's triplets, t_1 = (1, 2, 5), t_2 =
/// (1, 3, 4), t_3 = (2, 1, 6), t_6 = (5, 6, 2), t_4 = (2, 3, 4), t_7 = (6, 4,
/// 3), t_8 = (6, 4, 2): the anchor gets f_n − f_p, the positive f_p − f_a,
/// the negative f_a − f_n; so ∂L/∂f_4 of Question 6 is (f_1 − f_4) + (f_2 −
/// f_4) + (f_4 − f_6) + (f_4 − f_6) = f_1 + f_2 − 2f_6.
@Suite("Classes of notation, round 37: Question 5's ruled parts, a sentence giving one sample its value, listed terms checked")
struct ReadingClassesRound37PartsTests {
    typealias C = SheetClassesTests

    static func stray(_ c: [String: Check]) -> [String] { c.keys.filter { $0.contains("@") }.sorted() }

    /// Question 5 in words, three parts headed by `heading(k)`, then
    /// Question 6 in words; part 2's f_4 row is `second`.
    static func threeParts(_ heading: (Int) -> String, second: String = "f1 - f4") -> String {
        """
        Question 5

        \(heading(1))
        dL/df1 = f5 - f2
        dL/df2 = f2 - f1
        dL/df5 = f1 - f5

        \(heading(2))
        dL/df1 = f4 - f3
        dL/df3 = f3 - f1
        dL/df4 = \(second)

        \(heading(3))
        dL/df2 = f6 - f1
        dL/df1 = f1 - f2
        dL/df6 = f2 - f6

        Question 6

        dL/df4 = (f1 - f4) + (f2 - f4) + (f4 - f6) + (f4 - f6) = f1 + f2 - 2*f6

        """
    }

    static let partIDs = ["part2.q5.1.f_1", "part2.q5.1.f_2", "part2.q5.1.f_5", "part2.q5.2.f_1", "part2.q5.2.f_3", "part2.q5.2.f_4",
                          "part2.q5.3.f_1", "part2.q5.3.f_2", "part2.q5.3.f_6", "part2.q6.f_4"]

    @Test("Under Question 5 in words, a number alone heads its part in every style, between rules or not", arguments: [
        "-- (#) --", "--- #) ---", "== (#) ==", "===== # =====", "~~ [#] ~~", "== #. ==",
        "[#]", "#)", "#.", "(#)",
    ], ["sheet.txt", "sheet.md"])
    func numberAloneHeadsPart(_ style: String, _ name: String) throws {
        let heading = { (k: Int) in style.replacingOccurrences(of: "#", with: "\(k)") }
        let c = try C.checks(Self.threeParts(heading), name: name)
        C.expectRead(c, Self.partIDs)
        #expect(Self.stray(c).isEmpty, "\(Self.stray(c))")
        // Planted slip: a wrong row of the second part reads incorrect there.
        let w = try C.checks(Self.threeParts(heading, second: "f4 - f1"), name: name)
        C.expectRead(w, ["part2.q5.2.f_4"], .incorrect)
        C.expectRead(w, ["part2.q5.3.f_6", "part2.q6.f_4"])
    }

    @Test("A heading block `### (k)` under Question 5 headed by a line of text is its part")
    func headingBlockUnderQuestionLine() throws {
        let c = try C.checks(Self.threeParts { "### (\($0))" })
        C.expectRead(c, Self.partIDs)
        let w = try C.checks(Self.threeParts({ "### (\($0))" }, second: "f3 - f4"))
        C.expectRead(w, ["part2.q5.2.f_4"], .incorrect)
    }

    /// Question 5 in words, parts 1 and 2 between rules, then `-- 6) --`
    /// over `body`.
    static func sixAfterRuledParts(_ body: String) -> String {
        "Question 5\n\n-- 1) --\ndL/df1 = f5 - f2\n\n-- 2) --\ndL/df1 = f4 - f3\n\n-- 6) --\n\(body)\n"
    }

    @Test("A ruled `6)` after ruled parts is Question 6 when it sums over triplets, part 5.6 when it holds one triplet's values")
    func ruledSixByWhatItHolds() throws {
        let sums = "dL/df4 = (f1 - f4) + (f2 - f4) + (f4 - f6) + (f4 - f6) = f1 + f2 - 2*f6"
        let c = try C.checks(Self.sixAfterRuledParts(sums), name: "sheet.txt")
        C.expectRead(c, ["part2.q5.1.f_1", "part2.q5.2.f_1", "part2.q6.f_4"])
        let cw = try C.checks(Self.sixAfterRuledParts(sums.replacingOccurrences(of: "= f1 + f2 - 2*f6", with: "= f1 + f2 - f6")), name: "sheet.txt")
        C.expectRead(cw, ["part2.q6.f_4"], .incorrect)
        // One triplet's values, its anchor's written out in two brackets.
        let own = "dL/df5 = (f5 - f6) + (f2 - f5) = f2 - f6\ndL/df6 = f6 - f5\ndL/df2 = f5 - f2"
        let p = try C.checks(Self.sixAfterRuledParts(own), name: "sheet.txt")
        C.expectRead(p, ["part2.q5.6.f_5", "part2.q5.6.f_6", "part2.q5.6.f_2"])
        #expect(p["part2.q6.f_5"]?.status == .missing, "\(p["part2.q6.f_5"]?.evidence ?? "absent")")
        // Planted slip: the positive's sign turned reads incorrect in 5.6.
        let pw = try C.checks(Self.sixAfterRuledParts(own.replacingOccurrences(of: "dL/df6 = f6 - f5", with: "dL/df6 = f5 - f6")), name: "sheet.txt")
        C.expectRead(pw, ["part2.q5.6.f_6"], .incorrect)
    }

    @Test("A deeper heading `### 6.` after Question 5's parts that sums over triplets stays Question 6")
    func deeperSixWithSums() throws {
        let sheet = "## Question 5\n\n### 5.1\n\n\(C.q51)\n\n### 6.\n\n$\\frac{\\partial L}{\\partial f_4} = (f_1 - f_4) + (f_2 - f_4) + (f_4 - f_6) + (f_4 - f_6) = f_1 + f_2 - 2f_6$\n"
        let c = try C.checks(sheet)
        C.expectRead(c, ["part2.q5.1.f_1", "part2.q5.1.f_5", "part2.q6.f_4"])
        // Planted slip: a wrong total reads incorrect under Question 6.
        let w = try C.checks(sheet.replacingOccurrences(of: "= f_1 + f_2 - 2f_6", with: "= f_1 + f_2 - f_6"))
        C.expectRead(w, ["part2.q6.f_4"], .incorrect)
    }

    @Test("`### (6)` at Question 5's level whose one gradient is a sum of bracketed terms of one triplet stays part 5.6", arguments: [
        "(f_5 - f_6) + (f_2 - f_5) + (0)", "(f_2 - f_5) - (f_6 - f_5)", "(f_5 - f_6) + (f_2 - f_5)",
    ])
    func sixWithBracketedAnchor(_ anchor: String) throws {
        let part = "### (6)\n\n$$\\frac{\\partial L}{\\partial f_5} = \(anchor) = f_2 - f_6, \\frac{\\partial L}{\\partial f_6} = f_6 - f_5, \\frac{\\partial L}{\\partial f_2} = f_5 - f_2$$\n"
        let c = try C.checks(ReadingClassesRound36PartsTests.q5TwoParts + part)
        C.expectRead(c, ["part2.q5.6.f_5", "part2.q5.6.f_6", "part2.q5.6.f_2"])
        #expect(!c.keys.contains { $0.hasPrefix("part2.q6") && c[$0]?.status != .missing }, "\(c.filter { $0.key.hasPrefix("part2.q6") && $0.value.status != .missing }.mapValues(\.status))")
        // Planted slip: a wrong negative reads incorrect in 5.6.
        let w = try C.checks(ReadingClassesRound36PartsTests.q5TwoParts + part.replacingOccurrences(of: "= f_5 - f_2$$", with: "= f_2 - f_5$$"))
        C.expectRead(w, ["part2.q5.6.f_2"], .incorrect)
    }

    /// Part 5.1 with rows for f_1 and f_2 only, then `sentence`.
    static func rowsThen(_ sentence: String, name: String) -> String {
        name == "sheet.md"
            ? "## Question 5\n\n### 5.1\n\n$$\\frac{\\partial L}{\\partial f_1} = f_5 - f_2, \\frac{\\partial L}{\\partial f_2} = f_2 - f_1$$\n\n\(sentence)\n"
            : "Question 5\n\n5.1)\ndL/df1 = f5 - f2\ndL/df2 = f2 - f1\n\(sentence)\n"
    }

    @Test("A sentence giving the samples left 0 and one sample its own value after a joining word: that sample is not left", arguments: [
        "All the remaining samples get zero gradient, and f5 gets f1 - f5.",
        "The rest have zero gradient, except for f5, which gets f1 - f5.",
        "Everything else gets nothing, but f5 has f1 - f5.",
        "The other embeddings have zero gradient; f5 gets f1 - f5.",
        "All remaining vectors get nothing, while f5, whose derivative is f1 - f5, does.",
    ], ["sheet.md", "sheet.txt"])
    func ownValueAfterRest(_ sentence: String, _ name: String) throws {
        let c = try C.checks(Self.rowsThen(sentence, name: name), name: name)
        C.expectRead(c, ["part2.q5.1.f_3", "part2.q5.1.f_4", "part2.q5.1.f_6", "part2.q5.1.f_1", "part2.q5.1.f_2"])
        // The sample's own value is read, or at worst left for a person: never the rest's 0.
        let five = c["part2.q5.1.f_5"]?.status
        #expect(five == .correct || five == .missing || five == .unparsable, "\(c["part2.q5.1.f_5"]?.evidence ?? "absent")")
        // Planted slip: the sample's own value wrong never reads correct.
        let w = try C.checks(Self.rowsThen(sentence.replacingOccurrences(of: "f1 - f5", with: "f5 - f1"), name: name), name: name)
        #expect(w["part2.q5.1.f_5"]?.status != .correct, "\(w["part2.q5.1.f_5"]?.evidence ?? "absent")")
        C.expectRead(w, ["part2.q5.1.f_3", "part2.q5.1.f_4", "part2.q5.1.f_6"])
    }

    @Test("A sample outside the triplet given a wrong value of its own after the rest's 0 reads incorrect", arguments: ["sheet.md", "sheet.txt"])
    func wrongOwnValueOfRestSample(_ name: String) throws {
        let sentence = "The rest have zero gradient, except for f4, which gets f4 - f1."
        let c = try C.checks(Self.rowsThen(sentence, name: name), name: name)
        C.expectRead(c, ["part2.q5.1.f_4"], .incorrect)
        C.expectRead(c, ["part2.q5.1.f_3", "part2.q5.1.f_6"])
    }

    /// Question 6 in plain text: f_4's terms listed by triplet, then its sum.
    static func listThenSum(_ list: String) -> String {
        "Question 6\n\n\(list)\n=> dL/df4 = (f1 - f4) + (f2 - f4) + (f4 - f6) + (f4 - f6) = f1 + f2 - 2*f6\n"
    }

    @Test("Terms listed by triplet before a sum are its working: each is checked against that triplet's gradient", arguments: [
        "f4 occurs in t2, t4, t7, t8 (t2: f1 - f4, t4: f2 - f4, t7: f4 - f6, t8: f4 - f6)",
        "Sample f4 sits in t2, t4, t7 and t8 [t2: f1 - f4; t4: f2 - f4; t7: f4 - f6; t8: f4 - f6]",
    ])
    func listedTermsChecked(_ list: String) throws {
        let c = try C.checks(Self.listThenSum(list), name: "sheet.txt")
        C.expectRead(c, ["part2.q6.f_4", "part2.q6.f_4.steps"])
        // Planted slip: t7's term with its sign turned. The sum is still
        // right, its working is not; never both correct.
        let w = try C.checks(Self.listThenSum(list.replacingOccurrences(of: "t7: f4 - f6", with: "t7: f6 - f4")), name: "sheet.txt")
        C.expectRead(w, ["part2.q6.f_4"])
        C.expectRead(w, ["part2.q6.f_4.steps"], .incorrect)
        // And a term of a triplet the sample is not in.
        let x = try C.checks(Self.listThenSum(list.replacingOccurrences(of: "t4: f2 - f4", with: "t3: f2 - f4")), name: "sheet.txt")
        C.expectRead(x, ["part2.q6.f_4.steps"], .incorrect)
    }
}
