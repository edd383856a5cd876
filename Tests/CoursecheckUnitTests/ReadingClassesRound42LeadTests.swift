import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Foundation
import Testing

/// Round 42, hurried plain text: the marks between a derivative's head and
/// its value (`->`, `=>`, `==>`, `→`, `:`, `::`, `:=`), the short heads of
/// notes (`wrt f_1`, `df_a`), a role remark after a head (`(anc)`), Question
/// 6's rows opened by a sample, a triplet's members alone heading its
/// block, a legend of the members' order, a bold heading with words in the
/// paragraph of its first answer. Verdicts by hand: Question 3's gradients
/// are f_n − f_p, f_p − f_a, f_a − f_n; t_1 = (1, 2, 5) gives f_5 − f_2,
/// f_2 − f_1, f_1 − f_5 for f_1, f_2, f_5; Question 6's ∂L/∂f_1 is
/// 2f_1 − 2f_2 − 2f_3 + f_4 + f_5, the sum of (f_5 − f_2) from t_1,
/// (f_4 − f_3) from t_2, (f_1 − f_2) from t_3, (f_1 − f_3) from t_5.
@Suite("Classes of notation, round 42: hurried plain text")
struct ReadingClassesRound42LeadTests {
    typealias C = SheetClassesTests

    static let q3 = ["part2.q3.f_a", "part2.q3.f_p", "part2.q3.f_n"]

    /// Question 3 in plain text, each line `head mark value`.
    static func question3(_ heads: [String], _ mark: String, values: [String] = ["f_n - f_p", "f_p - f_a", "f_a - f_n"]) -> String {
        "Q3\n" + zip(heads, values).map { "\($0.0) \(mark) \($0.1)" }.joined(separator: "\n") + "\n"
    }

    @Test("A mark after a head alone gives its value", arguments: ["->", "=>", "==>", "-->", "→", "⇒", ":", "::", ":="])
    func marks(_ mark: String) throws {
        let heads = ["dL/df_a", "dL/df_p", "dL/df_n"]
        let c = try C.checks(Self.question3(heads, mark), name: "sheet.txt")
        C.expectRead(c, Self.q3)
        // Planted slip: f_p's sign turned; read incorrect, never correct.
        let w = try C.checks(Self.question3(heads, mark, values: ["f_n - f_p", "f_a - f_p", "f_a - f_n"]), name: "sheet.txt")
        C.expectRead(w, ["part2.q3.f_a", "part2.q3.f_n"])
        C.expectRead(w, ["part2.q3.f_p"], .incorrect)
    }

    @Test("Heads of every form before a mark", arguments: [
        (["grad_fa L", "grad_fp L", "grad_fn L"], "::"),
        (["∇_fa L", "∇_fp L", "∇_fn L"], "→"),
        (["d/dfa L", "d/dfp L", "d/dfn L"], "->"),
        (["∂L/∂fₐ", "∂L/∂fₚ", "∂L/∂fₙ"], ":"),
        (["wrt f_a", "wrt f_p", "wrt f_n"], ":="),
        (["w.r.t. fₐ", "w.r.t. fₚ", "w.r.t. fₙ"], "=>"),
        (["with respect to f_a", "with respect to f_p", "with respect to f_n"], ":"),
        (["df_a", "df_p", "df_n"], ":"),
        (["dfa", "dfp", "dfn"], "->"),
        (["df_a (anc)", "df_p (pos)", "df_n (neg)"], ":"),
        (["dL/df_a (anchor)", "dL/df_p (positive)", "dL/df_n (negative)"], "->"),
    ])
    func headForms(_ heads: [String], _ mark: String) throws {
        let c = try C.checks(Self.question3(heads, mark), name: "sheet.txt")
        C.expectRead(c, Self.q3)
        let w = try C.checks(Self.question3(heads, mark, values: ["f_p - f_n", "f_p - f_a", "f_a - f_n"]), name: "sheet.txt")
        C.expectRead(w, ["part2.q3.f_a"], .incorrect)
    }

    @Test("Several heads and marks on one line, set apart by commas")
    func oneLine() throws {
        let c = try C.checks("Q2\nw.r.t. f_a => 0, w.r.t. f_p => 0, w.r.t. f_n => 0\n\nQ3\n"
                             + "w.r.t. f_a => f_n - f_p, w.r.t. f_p => f_a - f_p, w.r.t. f_n => f_a - f_n\n", name: "sheet.txt")
        C.expectRead(c, ["part2.q2.f_a", "part2.q2.f_p", "part2.q2.f_n", "part2.q3.f_a", "part2.q3.f_n"])
        C.expectRead(c, ["part2.q3.f_p"], .incorrect)
    }

    @Test("No head alone before the mark: nothing is read as the value", arguments: [
        "so dL/df_a: f_n - f_p",       // words before the head
        "df_a (pos): f_n - f_p",       // the remark names another role
        "dL/df_a <-> f_n - f_p",       // a two-way arrow
        "dx: f_n - f_p",               // d glued to no sample
    ])
    func notAHead(_ line: String) throws {
        let c = try C.checks("Q3\n\(line)\n", name: "sheet.txt")
        #expect(c["part2.q3.f_a"]?.status != .correct, "\(line): \(c["part2.q3.f_a"]?.status.rawValue ?? "absent")")
        #expect(c["part2.q3.f_a"]?.status != .incorrect, "\(line): \(c["part2.q3.f_a"]?.status.rawValue ?? "absent")")
    }

    /// Question 6's row for f_1 in plain text, `f1 <mark> <working> = <result>`.
    static func question6(_ row: String) -> String { "Q6\n\(row)\n" }

    @Test("Question 6: a row opened by a sample and a mark is that sample's derivative of the summed loss", arguments: ["->", ":", "→", "=>"])
    func sampleRows(_ mark: String) throws {
        let working = "(f5 - f2) + (f4 - f3) + (f1 - f2) + (f1 - f3)"
        let c = try C.checks(Self.question6("f1 \(mark) \(working) = 2f1 - 2f2 - 2f3 + f4 + f5"), name: "sheet.txt")
        C.expectRead(c, ["part2.q6.f_1", "part2.q6.f_1.steps"])
        // Planted slip: a wrong last line after right working.
        let w = try C.checks(Self.question6("f1 \(mark) \(working) = 2f1 - 2f2 - 2f3 + f4 + 2f5"), name: "sheet.txt")
        C.expectRead(w, ["part2.q6.f_1"], .incorrect)
        #expect(w["part2.q6.f_1.steps"]?.status != .correct)
        // The result alone.
        let r = try C.checks(Self.question6("f_1 \(mark) 2f_1 - 2f_2 - 2f_3 + f_4 + f_5"), name: "sheet.txt")
        C.expectRead(r, ["part2.q6.f_1"])
    }

    @Test("Question 6: words after a sample's mark are no value", arguments: ["f1 -> appears in t1, t2, t3 and t5", "f1: anchor twice"])
    func sampleRowWords(_ row: String) throws {
        let c = try C.checks(Self.question6(row), name: "sheet.txt")
        #expect(![Status.correct, .incorrect].contains(c["part2.q6.f_1"]?.status), "\(c["part2.q6.f_1"]?.status.rawValue ?? "absent")")
    }

    @Test("Question 6: the triplets a line's terms come from, listed before its head, state nothing")
    func sourcesBeforeHead() throws {
        let row = "from t1,t2,t3,t5: d/df1 L :: (f5 - f2) + (f4 - f3) + (f1 - f2) + (f1 - f3) = "
        let c = try C.checks(Self.question6(row + "2f1 - 2f2 - 2f3 + f4 + f5"), name: "sheet.txt")
        C.expectRead(c, ["part2.q6.f_1", "part2.q6.f_1.steps"])
        let w = try C.checks(Self.question6(row + "2f1 - 2f2 - f3 + f4 + f5"), name: "sheet.txt")
        C.expectRead(w, ["part2.q6.f_1"], .incorrect)
    }

    /// Question 5 in blocks headed by each triplet's members alone.
    static func bareBlocks(_ first: String, _ second: String, t2f3: String = "f_3 - f_1") -> String {
        "Q5\n\(first)\n  dL/df_1: f_5 - f_2\n  dL/df_2: f_2 - f_1\n  dL/df_5: f_1 - f_5\n\n"
            + "\(second)\n  dL/df_1: f_4 - f_3\n  dL/df_3: \(t2f3)\n  dL/df_4: f_1 - f_4\n"
    }

    @Test("A triplet's members alone head its block when they are that part's triplet", arguments: [
        ("(1,2,5):", "(1,3,4):"), ("(f1, f2, f5):", "(f1, f3, f4):"), ("(1, 2, 5) :", "(1, 3, 4) :"),
    ])
    func bareTripletHeads(_ first: String, _ second: String) throws {
        let c = try C.checks(Self.bareBlocks(first, second), name: "sheet.txt")
        C.expectRead(c, ["part2.q5.1.f_1", "part2.q5.1.f_2", "part2.q5.1.f_5", "part2.q5.2.f_1", "part2.q5.2.f_3", "part2.q5.2.f_4"])
        let w = try C.checks(Self.bareBlocks(first, second, t2f3: "f_1 - f_3"), name: "sheet.txt")
        C.expectRead(w, ["part2.q5.2.f_3"], .incorrect)
    }

    @Test("Members of a later triplet head that triplet's part; members of none close the part")
    func bareTripletOutOfOrder() throws {
        // t_2 and t_3 skipped: `(2,3,4):` is t_4's block, its values right
        // for t_4 (f_2: f_4 - f_3, f_3: f_3 - f_2, f_4: f_2 - f_4, f_5: 0);
        // none of them is t_1's (review 24's p29: f_5's value read as t_1's).
        let sheet = "Q5\n(1,2,5):\n  dL/df1 = f5 - f2\n  dL/df2 = f2 - f1\n\n(2,3,4):\n"
            + "  dL/df2 = f4 - f3\n  dL/df3 = f3 - f2\n  dL/df4 = f2 - f4\n  dL/df5 = 0\n"
        let c = try C.checks(sheet, name: "sheet.txt")
        C.expectRead(c, ["part2.q5.1.f_1", "part2.q5.1.f_2", "part2.q5.4.f_2", "part2.q5.4.f_3", "part2.q5.4.f_4", "part2.q5.4.f_5"])
        #expect(c["part2.q5.1.f_5"]?.status == .missing, "\(c["part2.q5.1.f_5"]?.status.rawValue ?? "absent")")
        // (1,2,6) is no triplet of the assignment: its block is for a
        // person, never t_1's (f_1 - f_6 for f_6 would read incorrect).
        let w = try C.checks("Q5\n(1,2,5):\n  dL/df1 = f5 - f2\n\n(1,2,6):\n  dL/df6 = f1 - f6\n", name: "sheet.txt")
        C.expectRead(w, ["part2.q5.1.f_1"])
        #expect(![Status.correct, .incorrect].contains(w["part2.q5.1.f_6"]?.status), "\(w["part2.q5.1.f_6"]?.status.rawValue ?? "absent")")
    }

    @Test("Question 5's cells of a sample: samples listed share a 0, never a value in samples")
    func sampleCells() throws {
        let row = "Q5\nt1 = (1,2,5): f1: f5 - f2 | f2: f2 - f1 | f5: f1 - f5 | f3, f4, f6: 0\n"
        let c = try C.checks(row, name: "sheet.txt")
        C.expectRead(c, ["part2.q5.1.f_1", "part2.q5.1.f_2", "part2.q5.1.f_3", "part2.q5.1.f_4", "part2.q5.1.f_5", "part2.q5.1.f_6"])
        // Planted slip: f_5's sign turned.
        let w = try C.checks(row.replacingOccurrences(of: "f5: f1 - f5", with: "f5: f5 - f1"), name: "sheet.txt")
        C.expectRead(w, ["part2.q5.1.f_5"], .incorrect)
        // Two samples given one value in samples: for a person.
        let s = try C.checks("Q5\nt1 = (1,2,5): f1, f2: f5 - f2 | f5: f1 - f5\n", name: "sheet.txt")
        for id in ["part2.q5.1.f_1", "part2.q5.1.f_2"] {
            #expect(![Status.correct, .incorrect].contains(s[id]?.status), "\(id): \(s[id]?.status.rawValue ?? "absent")")
        }
    }

    @Test("A numbered list of the triplets' members heads no part")
    func membersListed() throws {
        let list = "1. (f1, f2, f5)\n2. (f1, f3, f4)\n3. (f2, f1, f6)\n\n"
        let c = try C.checks("Q5\n\n" + list + "t1 = (1,2,5): dL/df1 = f5 - f2\n\nt2 = (1,3,4): dL/df1 = f4 - f3\n", name: "sheet.md")
        C.expectRead(c, ["part2.q5.1.f_1", "part2.q5.2.f_1"])
    }

    @Test("A legend of the members' order answers nothing", arguments: ["(a, p, n):", "(anchor, positive, negative)"])
    func membersLegend(_ legend: String) throws {
        let c = try C.checks("Q5\n\(legend)\nt1 = (f1, f2, f5), t2 = (f1, f3, f4)\n\n" + Self.bareBlocks("(1,2,5):", "(1,3,4):"), name: "sheet.txt")
        #expect(!c.keys.contains { $0.hasPrefix("part2.q5@") }, "\(c.keys.filter { $0.hasPrefix("part2.q5@") })")
        C.expectRead(c, ["part2.q5.1.f_1", "part2.q5.2.f_4"])
    }

    @Test("A bold heading with words, its first answer line in the same paragraph", arguments: ["=", "::", "->"])
    func boldHeadingWithWords(_ mark: String) throws {
        let c = try C.checks("**Q2 - hinge inactive**\nd/dfa L \(mark) 0\nd/dfp L \(mark) 0\nd/dfn L \(mark) 0\n")
        C.expectRead(c, ["part2.q2.f_a", "part2.q2.f_p", "part2.q2.f_n"])
        let w = try C.checks("**Q3 - hinge active**\nd/dfa L \(mark) fp - fn\nd/dfp L \(mark) fp - fa\nd/dfn L \(mark) fa - fn\n")
        C.expectRead(w, ["part2.q3.f_a"], .incorrect)
        C.expectRead(w, ["part2.q3.f_p", "part2.q3.f_n"])
    }
}
