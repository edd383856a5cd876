import Foundation
import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Testing

/// Classes of notation, round 39: Part I told one sentence per model with
/// its working in brackets after the count, Part I as a definition list,
/// and sheets whose parts are lettered (`A. …`, `B. …`) or numbered by
/// Roman numerals, with questions labelled by their part (`B.2`, `(B4)`,
/// `II.3`, `Problem 2.5`). Written in other words than the sheets that
/// showed them (unseen67, unseen69). Counts by hand from the assignment:
/// an RNN cell has h·d + h·h + 2h = 200·100 + 200·200 + 400 = 60,400
/// parameters, an LSTM four times that; two directions double them, a
/// second level takes input 2h.
@Suite("Classes of notation, round 39: Part I in sentences, and lettered parts")
struct ReadingClassesRound39PartOneTests {
    typealias C = SheetClassesTests

    static func partOne(_ text: String) -> String { "## Part I\n\n\(text)\n\n## Part II\n\n### Question 4\n\nAll: $120$. Valid: $36$.\n" }

    @Test("A model's sentence: its count tied to 'parameters' or 'weights', bracketed working after it, and its percentage", arguments: [
        ("For the RNN I count 60,400 weights (100·200 + 200·200 + 2·200); its test accuracy came out at 66.0%.", "rnn", Status.correct),
        ("The bidirectional LSTM holds 483,200 parameters (2 × 241,600) and scores 79.5% on the test split.", "bi-lstm", Status.correct),
        ("A 2-level bi-RNN needs 361,600 parameters (120,800 + 2·(400·200 + 200·200 + 400)); it got 70.2%.", "2-level-bi-rnn", Status.correct),
        ("The LSTM comes to 241,600 weights (4 x (100*200 + 200*200 + 2*200)), with 71.3 % test accuracy.", "lstm", Status.correct),
        // Planted slips: a wrong count reads incorrect, its working agreeing with it or not.
        ("The LSTM comes to 240,600 weights (4 x 60,150), with 71.3 % test accuracy.", "lstm", Status.incorrect),
        ("The bidirectional RNN holds 120,400 parameters (2 × 60,400) and scores 64.0% on the test split.", "bi-rnn", Status.incorrect),
        // The right count with working that does not come to it: for a person.
        ("The bidirectional RNN holds 120,800 parameters (2 × 60,200) and scores 64.0% on the test split.", "bi-rnn", Status.unparsable),
    ])
    func sentenceWithBracketedWorking(_ sentence: String, _ slug: String, _ status: Status) throws {
        let c = try C.checks(Self.partOne(sentence))
        C.expectRead(c, ["part1.params.\(slug)"], status)
        if status != .unparsable { #expect(c["part1.accuracy.\(slug)"]?.status == .unverifiable) }
    }

    @Test("Six sentences, one per model, in any order: every count read; a wrong one among them reads incorrect")
    func sixSentences() throws {
        let sentences = [
            "The 2-level bi-LSTM holds 1,446,400 parameters (483,200 + 8·(200·400 + 200·200 + 400)) and scores 74.0% on the test split.",
            "The LSTM holds 241,600 parameters (4·60,400) and scores 71.0% on the test split.",
            "The RNN holds 60,400 parameters (200·100 + 200·200 + 400) and scores 61.5% on the test split.",
            "The bi-RNN holds 120,800 parameters (2·60,400) and scores 63.0% on the test split.",
            "The 2-level bi-RNN holds 361,600 parameters (120,800 + 2·(200·400 + 200·200 + 400)) and scores 65.5% on the test split.",
            "The bi-LSTM holds 483,200 parameters (2·241,600) and scores 73.5% on the test split.",
        ].joined(separator: "\n\n")
        let ids = ["rnn", "lstm", "bi-rnn", "bi-lstm", "2-level-bi-rnn", "2-level-bi-lstm"]
        let c = try C.checks(Self.partOne(sentences))
        C.expectRead(c, ids.map { "part1.params.\($0)" })
        C.expectRead(c, ids.map { "part1.accuracy.\($0)" }, .unverifiable)
        // Planted slip: the second level counted with input h (as the first), 2 · 60,400 too few.
        let wrong = try C.checks(Self.partOne(sentences.replacingOccurrences(of: "361,600 parameters (120,800 + 2·(200·400", with: "241,600 parameters (120,800 + 2·(200·100")))
        C.expectRead(wrong, ["part1.params.2-level-bi-rnn"], .incorrect)
        C.expectRead(wrong, ["part1.params.rnn", "part1.params.bi-lstm"])
    }

    @Test("A sentence naming two models' counts in one clause, or giving two candidate counts, is for a person", arguments: [
        ("The RNN holds 60,400 parameters (200·100 + 200·200 + 400) and the LSTM four times that, 241,600 (4·60,400).", ["rnn", "lstm"]),
        ("The bi-LSTM holds 483,200 parameters (2·241,600), or 481,600 (2·240,800) if one bias is dropped, and scores 80.0%.", ["bi-lstm"]),
    ])
    func doubtfulSentence(_ sentence: String, _ slugs: [String]) throws {
        let c = try C.checks(Self.partOne(sentence))
        for slug in slugs {
            #expect(c["part1.params.\(slug)"]?.status == .unparsable, "\(slug): \(c["part1.params.\(slug)"]?.status.rawValue ?? "absent")")
        }
    }

    @Test("A bracket holding one figure alone is no working: a second count, for a person", arguments: [
        "The LSTM holds 241,600 parameters (241,800) and scores 71.0% on the test split.",
        "The LSTM holds 241,600 parameters (= 241,800) and scores 71.0% on the test split.",
    ])
    func bracketOfOneFigure(_ sentence: String) throws {
        let c = try C.checks(Self.partOne(sentence))
        #expect(c["part1.params.lstm"]?.status == .unparsable, "\(c["part1.params.lstm"]?.status.rawValue ?? "absent")")
    }

    @Test("Part I as a definition list: a model's name on its line, its figures on the next after ': '")
    func definitionList() throws {
        let list = "RNN\n: 60,400 params, 61.5 %\n\n**LSTM**\n:   241,600 params; 71.0 %\n\nbi-RNN\n: 120,800 params, 63.0 %\n\n"
            + "bi-LSTM\n: 483,200 params, 73.5 %\n\n2-level bi-RNN\n: 361,600 params, 65.5 %\n\n2-level bi-LSTM\n: 1,446,400 params, 74.0 %"
        let c = try C.checks(Self.partOne(list))
        C.expectRead(c, ["rnn", "lstm", "bi-rnn", "bi-lstm", "2-level-bi-rnn", "2-level-bi-lstm"].map { "part1.params.\($0)" })
        // Planted slip: one bias vector per gate (60,200 for the RNN).
        let wrong = try C.checks(Self.partOne(list.replacingOccurrences(of: "60,400 params", with: "60,200 params")))
        C.expectRead(wrong, ["part1.params.rnn"], .incorrect)
    }

    // MARK: Lettered parts

    static let partOneTable = "| model | params | acc |\n|---|---|---|\n| RNN | 60,400 | 61.5 |\n| LSTM | 241,600 | 71.0 |\n| bi-RNN | 120,800 | 63.0 |\n"
        + "| bi-LSTM | 483,200 | 73.5 |\n| 2-level bi-RNN | 361,600 | 65.5 |\n| 2-level bi-LSTM | 1,446,400 | 74.0 |\n"
    static let q4 = "All: $6 \\cdot 5 \\cdot 4 = 120$. Valid: $6 \\cdot 2 \\cdot 3 = 36$."
    static let partTwoIDs = ["part2.q2.f_a", "part2.q2.f_n", "part2.q3.f_a", "part2.q3.f_p", "part2.q3.f_n", "part2.q4.all", "part2.q4.valid",
                             "part2.q5.1.f_1", "part2.q5.1.f_2", "part2.q5.1.f_5"]

    /// A sheet whose parts and questions carry the labels given; the
    /// answers on the label's line, or under it when the label is a
    /// Markdown heading (whose words after a number are its title).
    static func lettered(partOne: String, partTwo: String, label: (String) -> String) -> String {
        let gap = label("2").hasPrefix("#") ? "\n\n" : " "
        return "Sequence models, homework 3\n\nA. Smith, group B\n\n\(partOne)\n\n\(Self.partOneTable)\n\(partTwo)\n\n"
            + "\(label("2"))\(gap)Hinge off: \(C.q2)\n\n\(label("3"))\(gap)Hinge on: \(C.q3)\n\n\(label("4"))\(gap)\(Self.q4)\n\n"
            + "\(label("5.1"))\n\n\(C.q51)\n"
    }

    @Test("Parts by letter or Roman numeral and questions labelled by their part are read as Part and Question", arguments: [
        ("## A. Recurrent encoders", "## B. Triplet loss", "**B.@**"),
        ("## A. Recurrent encoders", "## B. Triplet loss", "### B.@"),
        ("## Part A", "## Part B", "(B@)"),
        ("## I. Recurrent encoders", "## II. Triplet loss", "### II.@"),
        ("## Part I", "## Part II", "### Problem 2.@"),
        // `Problem 2` over `Problem 2.2`: the part's heading, not Question 2's.
        ("## Problem 1", "## Problem 2\n\nThe loss is the hinge of the two squared distances, margin 1.", "### Problem 2.@"),
        ("A) Recurrent encoders", "B) Triplet loss", "**Exercise B.@**"),
    ])
    func letteredParts(_ partOne: String, _ partTwo: String, _ label: String) throws {
        let sheet = Self.lettered(partOne: partOne, partTwo: partTwo) { label.replacingOccurrences(of: "@", with: $0) }
        let c = try C.checks(sheet)
        C.expectRead(c, ["part1.params.rnn", "part1.params.2-level-bi-lstm"] + Self.partTwoIDs)
        // Planted slip: the valid count with the anchor's own class as negatives.
        let wrong = try C.checks(sheet.replacingOccurrences(of: "6 \\cdot 2 \\cdot 3 = 36", with: "6 \\cdot 2 \\cdot 2 = 24"))
        C.expectRead(wrong, ["part2.q4.valid"], .incorrect)
        C.expectRead(wrong, ["part2.q4.all", "part2.q3.f_a"])
    }

    @Test("Prose that opens with a capital and a full stop, or a label of the other part, heads nothing", arguments: [
        "B. Triplet loss is what we minimise here, so I. e. the loss is zero when the hinge is off.",
        "B2 is the bias of the second gate; it plays no part here.",
        "II.2-level models are left for later.",
    ])
    func proseIsNoHeading(_ line: String) throws {
        let sheet = "## Part II\n\n### Question 3\n\n\(line)\n\n\(C.q3)\n\n### Question 4\n\n\(Self.q4)\n"
        let c = try C.checks(sheet)
        C.expectRead(c, ["part2.q3.f_a", "part2.q3.f_p", "part2.q3.f_n", "part2.q4.all", "part2.q4.valid"])
    }
}
