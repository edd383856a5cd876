import Foundation
import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Testing

/// Classes of notation, round 42: hurried plain-text sheets — Question 5 a
/// paragraph per triplet in prose, each opened by its statement and the
/// anchor's player (`t2 = (1,3,4): the anchor is f1, so …`); Part I rows
/// whose model's levels follow a comma (`bi-LSTM, 2 levels -> …`); a
/// tab-separated row under a header of words alone (found beside unseen81;
/// written here in other words than its sheets'). Verdicts by hand from the
/// assignment: t_1 = (1, 2, 5): f_1 gets f_5 − f_2, f_2 gets f_2 − f_1, f_5
/// gets f_1 − f_5; t_2 = (1, 3, 4): f_1 gets f_4 − f_3, f_3 gets f_3 − f_1,
/// f_4 gets f_1 − f_4; the others 0. Part I (input 100, hidden 200, two
/// biases): RNN 60,400, LSTM 241,600, 2-level bi-RNN 361,600, 2-level
/// bi-LSTM 1,446,400.
@Suite("Classes of notation, round 42: hurried plain text — triplet paragraphs in prose, levels after a comma, tabbed rows")
struct ReadingClassesRound42AsciiTests {
    typealias C = SheetClassesTests

    static func question5(_ text: String) -> String { "## Question 5\n\n\(text)\n" }
    static let parts12 = (1...2).flatMap { k in (1...6).map { "part2.q5.\(k).f_\($0)" } }

    // MARK: A paragraph per triplet, opened by its statement and the anchor's player

    static let first = "t1 = (1,2,5): the anchor is f1, so the gradient wrt f1 is f5 - f2, wrt f2 it is f2 - f1 and wrt f5 it is f1 - f5; the rest get 0 wrt f3, f4, f6."
    static let second = "t2 = (1,3,4): the anchor is f1, so the gradient wrt f1 is f4 - f3, wrt f3 it is f3 - f1 and wrt f4 it is f1 - f4; the rest get 0 wrt f2, f5, f6."

    @Test("'tk = (…): the anchor is fi, so …' a paragraph each: the anchor's player is no value, the statement is the triplet", arguments: [
        ("\(first)\n\n\(second)", "sheet.txt"),
        ("\(first)\n\n\(second)", "sheet.md"),
        ("t1 = (1,2,5): the anchor is f1, so, wrt f1 it is f5 - f2; for the positive, wrt f2 it is f2 - f1; for the negative, wrt f5 it is f1 - f5; wrt f3, f4 and f6 it is 0.\n\n"
            + "t2 = (1,3,4): the anchor is f1, so, wrt f1 it is f4 - f3; for the positive, wrt f3 it is f3 - f1; for the negative, wrt f4 it is f1 - f4; wrt f2, f5 and f6 it is 0.", "sheet.txt"),
        ("t1 = (f1, f2, f5): the anchor is f1, so the gradient wrt f1 is f5 - f2, wrt f2 it is f2 - f1 and wrt f5 it is f1 - f5; the rest get 0 wrt f3, f4, f6.\n\n"
            + "t2 = (f1, f3, f4): here the anchor is f1, so the gradient wrt f1 is f4 - f3, wrt f3 it is f3 - f1 and wrt f4 it is f1 - f4; the rest get 0 wrt f2, f5, f6.", "sheet.txt"),
    ])
    func tripletParagraphs(_ text: String, _ name: String) throws {
        let c = try C.checks(Self.question5(text), name: name)
        C.expectRead(c, Self.parts12)
        C.expectRead(c, ["part2.q5.triplets"])
    }

    @Test("A planted wrong value in the second paragraph reads incorrect; the anchor's player is still no value")
    func tripletParagraphsWrongValue() throws {
        let c = try C.checks(Self.question5("\(Self.first)\n\n\(Self.second.replacingOccurrences(of: "wrt f3 it is f3 - f1", with: "wrt f3 it is f1 - f3"))"), name: "sheet.txt")
        C.expectRead(c, ["part2.q5.2.f_3"], .incorrect)
        C.expectRead(c, ["part2.q5.2.f_1", "part2.q5.2.f_4", "part2.q5.2.f_2", "part2.q5.2.f_5", "part2.q5.2.f_6"])
    }

    @Test("Words after the statement that give a role another sample leave the triplet for a person, never correct", arguments: [
        "t2 = (1,3,4): the anchor is f3, so the gradient wrt f1 is f4 - f3.",
        "t2 = (1,3,4): anchor 3, so the gradient wrt f1 is f4 - f3.",
        "t2 = (1,3,4): the positive is f1, so the gradient wrt f1 is f4 - f3.",
    ])
    func tripletParagraphDisagreeingRole(_ text: String) throws {
        let c = try C.checks(Self.question5(text), name: "sheet.txt")
        #expect(c["part2.q5.triplets"]?.status != .correct, "\(c["part2.q5.triplets"]?.evidence ?? "absent")")
    }

    @Test("A wrong triplet stated before the anchor's words reads incorrect, never correct")
    func tripletParagraphWrongMembers() throws {
        let c = try C.checks(Self.question5("t2 = (1,4,3): the anchor is f1, so the gradient wrt f1 is f3 - f4."), name: "sheet.txt")
        C.expectRead(c, ["part2.q5.triplets"], .incorrect)
    }

    // MARK: Part I: levels after a comma, tabbed rows

    static func partOne(_ text: String) -> String { "Part I\n\n\(text)\n\nPart II\n\nQuestion 4\n\nAll: 120. Valid: 36.\n" }

    @Test("A model's levels after a comma are its name's: 'bi-LSTM, 2 levels -> …', ':: …', ': … in total'", arguments: [
        "bi-LSTM, 2 levels -> 1,446,400 params, 71.3% acc\nbi-RNN, 2 levels -> 361,600 params, 66.0% acc",
        "bi-LSTM, 2 levels :: 1 446 400 params :: 71.3 %\nbi-RNN, 2 levels :: 361 600 params :: 66.0 %",
        "bi-LSTM, 2 levels: 1446400 parameters in total, test accuracy 71.3 %.\nbi-RNN, two levels: 361600 parameters in total, test accuracy 66.0 %.",
    ])
    func levelsAfterComma(_ text: String) throws {
        let c = try C.checks(Self.partOne(text), name: "sheet.txt")
        C.expectRead(c, ["part1.params.2-level-bi-lstm", "part1.params.2-level-bi-rnn"])
        C.expectRead(c, ["part1.accuracy.2-level-bi-lstm", "part1.accuracy.2-level-bi-rnn"], .unverifiable)
        #expect(c["part1.params.bi-lstm"]?.status != .incorrect && c["part1.params.bi-rnn"]?.status != .incorrect)
    }

    @Test("A planted wrong count after 'bi-RNN, 2 levels' reads incorrect (the 2-level model's), never the one-level model's")
    func levelsAfterCommaWrong() throws {
        let c = try C.checks(Self.partOne("bi-LSTM, 2 levels -> 1,446,400 params, 71.3% acc\nbi-RNN, 2 levels -> 241,600 params, 66.0% acc"), name: "sheet.txt")
        C.expectRead(c, ["part1.params.2-level-bi-rnn"], .incorrect)
        C.expectRead(c, ["part1.params.2-level-bi-lstm"])
    }

    @Test("Words after the comma that are no levels leave the row unread", arguments: [
        "bi-LSTM, each direction -> 241,600 params, 71.3% acc",
    ])
    func notLevelsAfterComma(_ text: String) throws {
        let c = try C.checks(Self.partOne(text), name: "sheet.txt")
        #expect(c["part1.params.bi-lstm"]?.status != .correct && c["part1.params.bi-lstm"]?.status != .incorrect)
        #expect(c["part1.params.lstm"]?.status != .correct && c["part1.params.lstm"]?.status != .incorrect)
    }

    @Test("A whole row wraps onto no remark in words after it", arguments: [
        ("RNN -> 60 400 params, 62.1 % acc", Status.correct),
        ("RNN -> 60 200 params, 62.1 % acc", Status.incorrect),
        ("RNN :: 60 400 params :: 62.1 %", Status.correct),
    ])
    func wholeRowBeforeRemark(_ row: String, _ status: Status) throws {
        let c = try C.checks(Self.partOne("LSTM -> 241 600 params, 63.0 % acc\n\(row)\nthe 2-level ones were slowest to train by far"), name: "sheet.txt")
        C.expectRead(c, ["part1.params.rnn"], status)
        C.expectRead(c, ["part1.params.lstm"])
    }

    @Test("A tab-separated row under a header of words: a lower-case name ends at its tab", arguments: [
        ("rnn\t60400\t63.9 %", Status.correct),
        ("rnn\t80400\t63.9 %", Status.incorrect),
    ])
    func tabbedRowUnderHeader(_ row: String, _ status: Status) throws {
        let c = try C.checks(Self.partOne("(i=100, h=200)\n\tparams\ttest acc\n\(row)\nlstm\t241600\t66.0 %"), name: "sheet.md")
        C.expectRead(c, ["part1.params.rnn"], status)
        C.expectRead(c, ["part1.params.lstm"])
    }
}
