import CoursecheckAssignment
import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Foundation
import Testing

/// Classes of Part I notation, round 5. Counts worked out by hand: per
/// direction and level, gates·(H·(in + H) + 2H) with in = 100, H = 200 (two
/// bias vectors), 1 gate for the RNN and 4 for the LSTM; a bidirectional
/// level is two directions, and the second level of a bidirectional model
/// reads both directions' outputs, in = 2H = 400.
/// - RNN: 200·300 + 400 = 60,400; LSTM: 4 · 60,400 = 241,600;
/// - bi-RNN: 2 · 60,400 = 120,800; bi-LSTM: 2 · 241,600 = 483,200;
/// - 2-level bi-RNN: 120,800 + 2·(200·600 + 400) = 120,800 + 240,800 = 361,600;
/// - 2-level bi-LSTM: 483,200 + 2·4·(200·600 + 400) = 483,200 + 963,200 = 1,446,400.
/// Planted slips: the LSTM with one bias vector, 4·(200·300 + 200) = 240,800;
/// the 2-level bi-LSTM with level 2 reading one direction (in = 200),
/// 483,200 + 2·4·(200·400 + 400) = 483,200 + 643,200 = 1,126,400.
@Suite("Classes of Part I notation, round 5: stacked/bidir. names with a level count, an index column, LaTeX names and rules, Part I in sentences")
struct PartOneClassesRound5Tests {
    typealias C = SheetClassesTests
    typealias R3 = LayoutClassesRound3Tests

    static let counts = R3.counts
    static let plain = ["60400", "241600", "120800", "483200", "361600", "1446400"]
    static let accuracies = R3.accuracies
    static let lstmOneBias = ("241,600", "240,800")
    static let twoLevelOneDirection = ("1,446,400", "1,126,400")

    static func table(_ names: [String], counts: [String] = counts) -> String {
        "## Part I\n\n| Model | Parameters | Test accuracy |\n|:---|---:|---:|\n"
            + (0..<6).map { "| \(names[$0]) | \(counts[$0]) | \(accuracies[$0]) |\n" }.joined()
    }

    /// The sheet, right, then with the 2-level bi-LSTM's count slipped: that count incorrect, the others still correct.
    static func expectRightThenPlanted(_ right: String, name: String = "sheet.md", plant: (String, String) = twoLevelOneDirection,
                                       wrong: String = "part1.params.2-level-bi-lstm",
                                       sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let c = try C.checks(right, name: name)
        R3.expectPartOne(c, sourceLocation: sourceLocation)
        #expect(right.contains(plant.0), "the planted text is not in the sheet", sourceLocation: sourceLocation)
        let w = try C.checks(right.replacingOccurrences(of: plant.0, with: plant.1), name: name)
        #expect(w[wrong]?.status != .correct, "FALSE VERDICT: planted \(plant.1) read as correct", sourceLocation: sourceLocation)
        C.expectRead(w, [wrong], .incorrect, sourceLocation: sourceLocation)
        let others = R3.slugs.map { "part1.params.\($0)" }.filter { $0 != wrong }
        C.expectRead(w, others, sourceLocation: sourceLocation)
    }

    // MARK: 1. Names: abbreviations of "bidirectional", a count of levels beside the name

    @Test("Names: 'bidir.', 'bi-dir.', 'stacked bidir. RNN (2)', 'deep … (2)', 'BiLSTM ×2', '2x BiLSTM', '2L BRNN', 'single-direction', \\textbf{…}",
          arguments: [
              ["RNN", "LSTM", "bidir. RNN", "bidir. LSTM", "stacked bidir. RNN (2)", "stacked bidir. LSTM (2)"],
              ["single-direction RNN", "one-directional LSTM", "bi-dir. RNN", "bi-dir. LSTM", "bi-RNN ×2", "2x BiLSTM"],
              ["RNN", "LSTM", "BRNN", "BLSTM", "2L BRNN", "deep bidir. LSTM (2)"],
              ["RNN", "LSTM", "Bi-RNN", "Bi-LSTM", "2×BiRNN", "BiLSTM×2"],
              ["\\textbf{RNN}", "\\emph{LSTM}", "{\\bf BiRNN}", "\\textit{BiLSTM}", "\\textbf{2-layer BRNN}", "\\textbf{stacked bi-LSTM (x2)}"],
          ])
    func names(_ names: [String]) throws {
        try Self.expectRightThenPlanted(Self.table(names))
    }

    @Test("Doubtful names stay unread: a bare '(2)' without 'stacked', a multiple of a cell not said bidirectional beside it, '(3)' on a stacked name, another command")
    func doubtfulNames() throws {
        // `bidir. LSTM (2)`: a footnote, the second run? `RNN ×2 (bi)`: two directions or two levels?
        // `stacked bidir. LSTM (3)`: three levels, no model of the assignment. `\hl{…}`: not a font switch.
        for (row, written) in [(4, "RNN ×2 (bi)"), (5, "bidir. LSTM (2)"), (5, "stacked bidir. LSTM (3)"), (5, "\\hl{2-layer BiLSTM}"),
                               (4, "2× RNN")] {
            var names = LayoutClassesRound4Tests.names
            names[row] = written
            let c = try C.checks(Self.table(names))
            let id = "part1.params.\(R3.slugs[row])"
            #expect(c[id]?.status == .missing, "\(written): \(id) \(c[id]?.status.rawValue ?? "absent") — \(c[id]?.evidence ?? "")")
            let unknown = c.filter { $0.key.hasPrefix("part1.params.") && !$0.key.hasSuffix(".sizes") && !R3.slugs.contains(String($0.key.dropFirst(13))) }
            #expect(unknown.count == 1 && unknown.first?.value.status == .unparsable, "\(written): \(unknown.map { "\($0.key) \($0.value.status.rawValue)" })")
            C.expectRead(c, R3.slugs.indices.filter { $0 != row }.map { "part1.params.\(R3.slugs[$0])" })
        }
    }

    // MARK: 2. A table with an index column (a pandas DataFrame)

    @Test("An index column before the names: a DataFrame in HTML or Markdown, '| # | Model | …'", arguments: [0, 1, 2])
    func indexColumn(layout: Int) throws {
        let names = ["rnn", "lstm", "birnn", "bilstm", "birnn (2 layers)", "bilstm (2 layers)"]
        let fractions = Self.accuracies.map { "0." + $0.dropLast().replacingOccurrences(of: ".", with: "") }
        func sheet(_ lstm: String) -> (String, String) {
            let counts = Self.plain.enumerated().map { $0.offset == 1 ? lstm : $0.element }
            switch layout {
            case 0:
                let rows = (0..<6).map { "<tr><th>\($0)</th><td>\(names[$0])</td><td>\(counts[$0])</td><td>\(fractions[$0])</td></tr>" }.joined(separator: "\n")
                return ("<html><body><h1>Part I</h1>\n<table border=\"1\" class=\"dataframe\">\n<thead><tr style=\"text-align: right;\">"
                        + "<th></th><th>model</th><th>params</th><th>test_acc</th></tr></thead>\n<tbody>\n\(rows)\n</tbody></table>\n"
                        + "<h1>Part II</h1></body></html>\n", "sheet.html")
            case 1:
                return ("## Part I\n\n| | model | params | test_acc |\n|---|---|---|---|\n"
                        + (0..<6).map { "| \($0) | \(names[$0]) | \(counts[$0]) | \(fractions[$0]) |\n" }.joined(), "sheet.md")
            default:
                return ("## Part I\n\n| # | Model | Parameters | Accuracy |\n|---|---|---|---|\n"
                        + (0..<6).map { "| \($0 + 1). | \(names[$0]) | \(counts[$0]) | \(Self.accuracies[$0]) |\n" }.joined(), "sheet.md")
            }
        }
        let (right, file) = sheet("241600")
        let c = try C.checks(right, name: file)
        R3.expectPartOne(c)
        #expect(c["part1.accuracy.rnn"]?.claimed == (layout == 2 ? Self.accuracies[0] : fractions[0]), "\(c["part1.accuracy.rnn"]?.claimed ?? "absent")")
        let w = try C.checks(sheet("240800").0, name: file)
        #expect(w["part1.params.lstm"]?.status != .correct, "FALSE VERDICT: 240800 read as correct")
        C.expectRead(w, ["part1.params.lstm"], .incorrect)
        C.expectRead(w, ["part1.params.rnn", "part1.params.bi-lstm", "part1.params.2-level-bi-lstm"])
    }

    @Test("A first column of words under a header naming the model in the second is no index: the row is read as before")
    func notAnIndex() throws {
        let c = try C.checks("## Part I\n\n| Kind | Model | Parameters |\n|---|---|---|\n| baseline | RNN | 60,400 |\n")
        #expect(c["part1.params.rnn"]?.status != .correct, "\(c["part1.params.rnn"]?.status.rawValue ?? "absent")")
    }

    // MARK: 3. LaTeX: a row's end `\\[2pt]` before the table; names in font switches in a list

    @Test("LaTeX: a title with '\\\\[2pt]' before Part I's |l|r|c| tabular with \\multicolumn headers; \\item \\textbf{name}: … rows")
    func latex() throws {
        let title = "\\documentclass{article}\n\\begin{document}\n\n\\begin{center}{\\Large Assignment}\\\\[2pt] A. Student\\end{center}\n\n\\section*{Part I}\n\n"
        let tabular = title + "\\begin{center}\n\\begin{tabular}{|l|r|c|}\n\\hline\n"
            + "\\multicolumn{1}{|c|}{\\textbf{Model}} & \\multicolumn{1}{c|}{\\textbf{Parameters}} & \\textbf{Test acc.} \\\\ \\hline\n"
            + (0..<6).map { "\(LayoutClassesRound4Tests.names[$0]) & \(Self.counts[$0]) & \(Self.accuracies[$0].dropLast()) \\\\\n" }.joined()
            + "\\hline\n\\end{tabular}\n\\end{center}\n\n\\section*{Part II}\n\n\\end{document}\n"
        try Self.expectRightThenPlanted(tabular, name: "sheet.tex")
        let names = ["Vanilla RNN", "LSTM", "BRNN", "BLSTM", "2-layer BRNN", "stacked bidir. LSTM (2)"]
        let items = title + "\\begin{itemize}\n"
            + (0..<6).map { "  \\item \\textbf{\(names[$0])}: \(Self.counts[$0]) parameters, test accuracy \(Self.accuracies[$0].dropLast()) \\%\n" }.joined()
            + "\\end{itemize}\n\n\\section*{Part II}\n\n\\end{document}\n"
        try Self.expectRightThenPlanted(items, name: "sheet.tex", plant: Self.lstmOneBias, wrong: "part1.params.lstm")
    }

    // MARK: 4. Part I in sentences

    static let prose = """
        ## Part I

        A one-directional simple RNN layer has an input matrix, a recurrent matrix and two bias vectors, which makes 60,400 parameters; \
        its test accuracy was 64.64%. The LSTM repeats this for its four gates, 241,600 parameters, accuracy 86.03%.

        Making them bidirectional doubles the count: 120,800 for the bidirectional RNN (66.10%) and 483,200 for the bidirectional LSTM (86.49%).

        Stacking a second level on both directions (it reads 400 inputs), the two-level bidirectional RNN has 361,600 parameters (61.39%) \
        and the two-level bidirectional LSTM 1,446,400 (85.02%).

        """

    @Test("Part I in sentences: the figures in the clause of the model they belong to, a model named after its count ('120,800 for the bidirectional RNN')")
    func sentences() throws {
        try Self.expectRightThenPlanted(Self.prose)
        try Self.expectRightThenPlanted(Self.prose, plant: Self.lstmOneBias, wrong: "part1.params.lstm")
        let c = try C.checks(Self.prose)
        #expect(c["part1.accuracy.bi-rnn"]?.claimed == "66.10%", "\(c["part1.accuracy.bi-rnn"]?.claimed ?? "absent")")
        #expect(c["part1.accuracy.rnn"]?.claimed == "64.64%", "\(c["part1.accuracy.rnn"]?.claimed ?? "absent")")
    }

    @Test("Doubtful sentences stay unread: a model qualified by words around it, a count of something else, a count relative to another, training figures",
          arguments: [
              // "the RNN" here is the bidirectional one: not the RNN's count.
              ("The bidirectional version of the RNN has 120,800 parameters (66.10%).", "part1.params.rnn"),
              ("Going bidirectional: 120,800 for the RNN (66.10%).", "part1.params.rnn"),
              // A word of direction or levels before a comma or an article is no part of the name after it.
              ("Bidirectional, the RNN has 120,800 parameters and the LSTM 483,200.", "part1.params.lstm"),
              ("For two levels the bi-LSTM has 1,446,400 parameters and the bi-RNN 361,600.", "part1.params.bi-rnn"),
              // 60,400 is each gate's block, not the LSTM's count.
              ("The LSTM has four gates, each with 60,400 parameters (86.03%).", "part1.params.lstm"),
              ("The LSTM has 4 times more than 60,400 parameters.", "part1.params.lstm"),
              // A figure of something else in the sentence.
              ("The RNN has 60,400 parameters after 10,000 steps.", "part1.params.rnn"),
              ("The RNN has 241,600 parameters and reached 64.64% in training.", "part1.params.rnn"),
              // Two counts for one model.
              ("The RNN has 60,400 parameters, or 120,800 with both directions.", "part1.params.rnn"),
              // A figure in a clause naming no model, in a sentence naming two.
              ("The RNN and the LSTM differ: 60,400 and 241,600 parameters.", "part1.params.lstm"),
              ("The RNN's 60,400 parameters become 241,600 in the LSTM.", "part1.params.lstm"),
          ])
    func doubtfulSentences(sentence: String, id: String) throws {
        // Question 2 answered, so that the sheet is one with answers.
        let c = try C.checks("## Part I\n\n" + sentence + "\n\n## Question 2\n\n" + C.q2 + "\n")
        C.expectRead(c, ["part2.q2.f_a"])
        // Unread: missing, or (round 16) unparsable at the line that names the model.
        #expect([.missing, .unparsable].contains(c[id]?.status), "\(id): \(c[id]?.status.rawValue ?? "absent"), claimed \(c[id]?.claimed ?? "") — \(c[id]?.evidence ?? "")")
        let read = c.filter { $0.key.hasPrefix("part1.params.") && !$0.key.hasSuffix(".sizes") && ![.missing, .unparsable].contains($0.value.status) }
        #expect(read.isEmpty, "read: \(read.map { "\($0.key) \($0.value.status.rawValue) \($0.value.claimed)" })")
    }
}
