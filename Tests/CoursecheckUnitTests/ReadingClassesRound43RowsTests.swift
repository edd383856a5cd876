import Foundation
import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Testing

/// Classes of notation, round 43: hurried plain-text rows — Question 5's
/// row of a triplet labelled with its members but no `=` (`t1 (1,2,5): f1:
/// … | …`), cells opened by the sample's role (`anc f1: … | pos f2: …`),
/// and Part I's table under a note (found beside unseen81; written here in
/// other words than its sheets'). Verdicts by hand from the assignment:
/// t_1 = (1, 2, 5): f_1 gets f_5 − f_2, f_2 gets f_2 − f_1, f_5 gets f_1 −
/// f_5; t_2 = (1, 3, 4): f_1 gets f_4 − f_3, f_3 gets f_3 − f_1, f_4 gets
/// f_1 − f_4; the others 0. Part I (input 100, hidden 200, two biases): RNN
/// 60,400, LSTM 241,600.
@Suite("Classes of notation, round 43: hurried plain-text rows — labels with members, roles first, tables under a note")
struct ReadingClassesRound43RowsTests {
    typealias C = SheetClassesTests

    static func question5(_ text: String) -> String { "Q5\n\(text)\n" }
    static let parts12 = (1...2).flatMap { k in (1...6).map { "part2.q5.\(k).f_\($0)" } }

    // MARK: A triplet's label and members without `=`, then its cells

    @Test("'tk (…): f1: … | …' a row per triplet: the label's members are the part's, each cell its sample's", arguments: [
        "t1 (1,2,5): f1: f5 - f2 | f2: f2 - f1 | f3: 0 | f4: 0 | f5: f1 - f5 | f6: 0\nt2 (1,3,4): f1: f4 - f3 | f2: 0 | f3: f3 - f1 | f4: f1 - f4 | f5: 0 | f6: 0",
        "t1 (1,2,5): f₁: f₅ − f₂ | f₂: f₂ − f₁ | f₅: f₁ − f₅ | f₃,f₄,f₆: 0\nt2 (1,3,4): f₁: f₄ − f₃ | f₃: f₃ − f₁ | f₄: f₁ − f₄ | f₂,f₅,f₆: 0",
        "t1 (1,2,5): f1: f5 - f2; f2: f2 - f1; f5: f1 - f5; f3, f4, f6: 0\nt2 (1,3,4): f1: f4 - f3; f3: f3 - f1; f4: f1 - f4; f2: 0, f5: 0, f6: 0",
        "t_1 (f_1, f_2, f_5): f_1 -> f_5 - f_2 | f_2 -> f_2 - f_1 | f_5 -> f_1 - f_5 | f_3, f_4, f_6 -> 0\nt_2 (f_1, f_3, f_4): f_1 -> f_4 - f_3 | f_3 -> f_3 - f_1 | f_4 -> f_1 - f_4 | f_2, f_5, f_6 -> 0",
    ])
    func labelWithMembersRows(_ rows: String) throws {
        for name in ["sheet.txt", "sheet.md"] {
            let c = try C.checks(Self.question5(rows), name: name)
            C.expectRead(c, Self.parts12)
        }
    }

    @Test("Cells set apart by ';' with '0' last: each cell is read, not a value in words")
    func semicolonCells() throws {
        let row = "t1 (1,2,5): f1: f5 - f2; f2: f2 - f1; f5: f1 - f5; f3: 0"
        let c = try C.checks(Self.question5(row), name: "sheet.md")
        C.expectRead(c, ["part2.q5.1.f_1", "part2.q5.1.f_2", "part2.q5.1.f_3", "part2.q5.1.f_5"])
        let w = try C.checks(Self.question5(row.replacingOccurrences(of: "f2: f2 - f1", with: "f2: f1 - f2")), name: "sheet.md")
        C.expectRead(w, ["part2.q5.1.f_2"], .incorrect)
    }

    @Test("A planted wrong cell in a 'tk (…):' row reads incorrect, the others correct")
    func labelWithMembersWrong() throws {
        let rows = "t1 (1,2,5): f1: f5 - f2 | f2: f2 - f1 | f3: 0 | f4: 0 | f5: f1 - f5 | f6: 0\nt2 (1,3,4): f1: 2f4 - 2f3 | f2: 0 | f3: f3 - f1 | f4: f1 - f4 | f5: 0 | f6: 0"
        let c = try C.checks(Self.question5(rows), name: "sheet.txt")
        C.expectRead(c, ["part2.q5.2.f_1"], .incorrect)
        C.expectRead(c, ["part2.q5.1.f_1", "part2.q5.1.f_5", "part2.q5.2.f_3", "part2.q5.2.f_4"])
        // A sign turned in the first row.
        let w = try C.checks(Self.question5(rows.replacingOccurrences(of: "f5: f1 - f5", with: "f5: f5 - f1")), name: "sheet.txt")
        C.expectRead(w, ["part2.q5.1.f_5"], .incorrect)
    }

    @Test("A label with members before '=' or words is no row of cells", arguments: [
        "t1 (1,2,5): f1 = f5 - f2 | f2 = f2 - f1",
        "t1 (1,2,5): f1 gets f5 - f2, f2 gets f2 - f1",
    ])
    func labelWithMembersNotCells(_ row: String) throws {
        let c = try C.checks(Self.question5(row), name: "sheet.txt")
        #expect(c["part2.q5.1.f_1"]?.status != .correct, "\(c["part2.q5.1.f_1"]?.status.rawValue ?? "absent")")
    }

    // MARK: Cells opened by the sample's role

    static let rolesFirst = """
    t1 = (1,2,5): anc f_1: f_5 - f_2 | pos f_2: f_2 - f_1 | neg f_5: f_1 - f_5 | f_3: 0, f_4: 0, f_6: 0
    t2 = (1,3,4): anc f_1: f_4 - f_3 | pos f_3: f_3 - f_1 | neg f_4: f_1 - f_4 | f_2: 0, f_5: 0, f_6: 0
    """

    @Test("'anc f1: … | pos f2: … | neg f5: …' after the triplet's statement: the role names the sample's role", arguments: [
        rolesFirst,
        rolesFirst.replacingOccurrences(of: "_", with: "").replacingOccurrences(of: " - ", with: " − "),
        rolesFirst.replacingOccurrences(of: "anc ", with: "anchor ").replacingOccurrences(of: "pos ", with: "positive ").replacingOccurrences(of: "neg ", with: "negative "),
    ])
    func rolesFirstCells(_ rows: String) throws {
        let c = try C.checks(Self.question5(rows), name: "sheet.md")
        C.expectRead(c, Self.parts12)
    }

    @Test("A planted wrong value in a role's cell reads incorrect")
    func rolesFirstWrong() throws {
        let c = try C.checks(Self.question5(Self.rolesFirst.replacingOccurrences(of: "pos f_3: f_3 - f_1", with: "pos f_3: f_1 - f_3")), name: "sheet.md")
        C.expectRead(c, ["part2.q5.2.f_3"], .incorrect)
        C.expectRead(c, ["part2.q5.2.f_1", "part2.q5.2.f_4", "part2.q5.1.f_2"])
    }

    @Test("A role given a sample that does not play it in the stated triplet: that cell is for a person")
    func rolesFirstMismatch() throws {
        // t_1's positive is f_2, not f_5: which derivative is meant cannot be told.
        let rows = "t1 = (1,2,5): anc f_1: f_5 - f_2 | pos f_5: f_1 - f_5 | neg f_2: f_2 - f_1 | f_3: 0, f_4: 0, f_6: 0"
        let c = try C.checks(Self.question5(rows), name: "sheet.md")
        for id in ["part2.q5.1.f_5", "part2.q5.1.f_2"] {
            #expect(![Status.correct, .incorrect].contains(c[id]?.status), "\(id): \(c[id]?.status.rawValue ?? "absent")")
        }
    }

    // MARK: Part I's table under a note

    static func partOne(_ text: String) -> String { "Part I\n\(text)\n\nPart II\n\nQuestion 4\n\nAll: 120. Valid: 36.\n" }

    @Test("A table's header under a note of words is no sentence wrapped from the note", arguments: [
        ("params counted for the recurrent layers only\nmodel | params | test acc\n---------------------\nrnn | 60400 | 65.1%\nlstm | 241600 | 67.6%", "sheet.txt"),
        ("params counted for the recurrent layers only\n\tparams\ttest acc\nRNN\t60,400\t65.1 %\nLSTM\t241,600\t67.6 %", "sheet.md"),
    ])
    func tableUnderNote(_ table: String, _ name: String) throws {
        let c = try C.checks(Self.partOne(table), name: name)
        C.expectRead(c, ["part1.params.rnn", "part1.params.lstm"])
        C.expectRead(c, ["part1.accuracy.rnn", "part1.accuracy.lstm"], .unverifiable)
    }

    @Test("A planted wrong count in a table under a note reads incorrect")
    func tableUnderNoteWrong() throws {
        let c = try C.checks(Self.partOne("params counted for the recurrent layers only\nmodel | params | test acc\n---------------------\nrnn | 80400 | 65.1%\nlstm | 241600 | 67.6%"), name: "sheet.txt")
        C.expectRead(c, ["part1.params.rnn"], .incorrect)
        C.expectRead(c, ["part1.params.lstm"])
        C.expectRead(c, ["part1.accuracy.rnn"], .unverifiable)
    }
}
