import CoursecheckAssignment
import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Foundation
import Testing

/// Classes of Part I notation, round 7. The counts are worked out by hand
/// in `PartOneClassesRound5Tests` (60,400 … 1,446,400); the planted slip is
/// the 2-level bi-LSTM with level 2 reading one direction, 1,126,400, or
/// in thousands 1126.4.
@Suite("Classes of Part I notation, round 7: counts in the unit a header names, models as columns, longtable/tabularx, rows that name no model, 'its recurrent layer'")
struct PartOneClassesRound7Tests {
    typealias C = SheetClassesTests
    typealias R3 = LayoutClassesRound3Tests
    typealias R5 = PartOneClassesRound5Tests

    static let names = LayoutClassesRound4Tests.names
    static let thousands = ["60.4", "241.6", "120.8", "483.2", "361.6", "1446.4"]
    static let millions = ["0.0604", "0.2416", "0.1208", "0.4832", "0.3616", "1.4464"]
    static let q2 = "\n\n## Question 2\n\n" + C.q2 + "\n"

    static func table(header: String, counts: [String]) -> String {
        "## Part I\n\n| Model | \(header) | Test accuracy |\n|---|---:|---:|\n"
            + (0..<6).map { "| \(names[$0]) | \(counts[$0]) | \(R3.accuracies[$0]) |\n" }.joined()
    }

    /// Part I's count checks that are not missing: none may be a verdict.
    static func expectNoCount(_ c: [String: Check], _ ids: [String], _ status: Status = .unparsable,
                              sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        for id in ids {
            #expect(c[id]?.status == status, "\(id): \(c[id]?.status.rawValue ?? "absent"), claimed \(c[id]?.claimed ?? "") — \(c[id]?.evidence ?? "")",
                    sourceLocation: sourceLocation)
        }
    }

    // MARK: 1. Counts in the unit the header names

    @Test("Counts in the unit the header names: '(×10³)', '(x10^3)', '($\\times 10^{3}$)', '(k)', '[k]', 'in thousands', '(1000s)', \"('000)\"; '(M)', '(millions)'",
          arguments: [
              ("Parameters (×10³)", thousands), ("params (x10^3)", thousands), ("Parameters ($\\times 10^{3}$)", thousands),
              ("Parameters (k)", thousands), ("# params [k]", thousands), ("Parameters in thousands", thousands),
              ("Parameters (1000s)", thousands), ("Parameters ('000)", thousands), ("Params (10^3)", thousands),
              ("Parameters (M)", millions), ("Parameters (millions)", millions), ("Parameters (×10⁶)", millions),
          ])
    func scaledByHeader(header: String, counts: [String]) throws {
        let plant = counts == Self.thousands ? ("1446.4", "1126.4") : ("1.4464", "1.1264")
        try R5.expectRightThenPlanted(Self.table(header: header, counts: counts), plant: plant)
        let c = try C.checks(Self.table(header: header, counts: counts))
        #expect(c["part1.params.rnn"]?.evidence.contains("under the header '\(header)' read as 60,400") == true, "\(c["part1.params.rnn"]?.evidence ?? "")")
    }

    @Test("In the unit the header names, a figure not whole once scaled, or written another way, is unparsable at its place; a header with no unit, two, or a shrinking power scales nothing")
    func scaledDoubtful() throws {
        // Not whole once scaled: 60.4123 thousands is 60,412.3.
        var counts = Self.thousands
        counts[0] = "60.4123"
        counts[1] = "241,600"  // grouped under a unit: which unit?
        counts[2] = "120.8k"   // a unit of its own under the header's
        counts[3] = "483,2"    // a comma: decimal or grouping?
        counts[4] = "361600"   // written unscaled, or 361.6 million?
        let c = try C.checks(Self.table(header: "Parameters (×10³)", counts: counts))
        Self.expectNoCount(c, ["part1.params.rnn", "part1.params.lstm", "part1.params.bi-rnn", "part1.params.bi-lstm", "part1.params.2-level-bi-rnn"])
        #expect(c["part1.params.rnn"]?.evidence.contains(":5:") == true, "\(c["part1.params.rnn"]?.evidence ?? "")")
        #expect(c["part1.params.rnn"]?.evidence.contains("not a whole number") == true)
        C.expectRead(c, ["part1.params.2-level-bi-lstm"])
        // No unit said unambiguously: the figures read as written (60.4 is no whole number).
        for header in ["Parameters (×10⁻³)", "Parameters (k) (M)", "Parameters (k = 4 gates)", "Parameters"] {
            let c = try C.checks(Self.table(header: header, counts: Self.thousands))
            Self.expectNoCount(c, R3.slugs.map { "part1.params.\($0)" })
        }
        // A header without a unit leaves whole counts as they are.
        try R5.expectRightThenPlanted(Self.table(header: "Parameters (k = 4 gates)", counts: R3.counts))
    }

    @Test("A figure in its header's unit that the right count only rounds or cuts to ('0.06' under '(M)' for 60,400) is unparsable at its place, with no slip named; one wrong even to its last digit is incorrect",
          arguments: [
              ("Parameters (M)", "0.06", "10,000"), ("Parameters (k)", "60", "1,000"), ("Parameters (M)", "0.061", "1,000"),
              ("Parameters (k)", "61", "1,000"), ("Parameters (×10⁶)", "0.07", "10,000"),
          ])
    func roundedUnderHeader(header: String, rnn: String, step: String) throws {
        var counts = header.hasSuffix("(k)") ? Self.thousands : Self.millions
        counts[0] = rnn
        let c = try C.checks(Self.table(header: header, counts: counts))
        let check = try #require(c["part1.params.rnn"])
        // 60,400 rounds and cuts to 0.06 M and to 60 k; it is 600 short of
        // 0.061 M and 61 k (to the nearest 1,000) and 9,600 of 0.07 M.
        let consistent = ["0.06", "60"].contains(rnn)
        #expect(check.status == (consistent ? .unparsable : .incorrect), "\(rnn): \(check.status.rawValue) — \(check.evidence)")
        #expect(check.diagnosis.isEmpty || !consistent, "\(check.diagnosis)")
        if consistent {
            #expect(check.evidence.hasPrefix("sheet.md:5:") && check.evidence.contains("to the nearest \(step)"), "\(check.evidence)")
            #expect(check.claimed == rnn)
        }
        // The other counts, written to the unit, are read.
        C.expectRead(c, R3.slugs.dropFirst().map { "part1.params.\($0)" })
    }

    @Test("A figure in its header's unit that states the count exactly is judged, and a slip it equals is named ('0.0600' under '(M)': no bias)")
    func exactUnderHeader() throws {
        var counts = Self.millions
        counts[0] = "0.0600"
        let c = try C.checks(Self.table(header: "Parameters (M)", counts: counts))
        C.expectRead(c, ["part1.params.rnn"], .incorrect)
        #expect(c["part1.params.rnn"]?.diagnosis.map(\.note) == ["no-bias"], "\(c["part1.params.rnn"]?.diagnosis ?? [])")
    }

    @Test("An abbreviation the right count rounds or cuts to ('0.06M' for 60,400) is judged as it states, with no slip named by coincidence; one exact to its last digit keeps its slip")
    func roundedAbbreviation() throws {
        func rnn(_ written: String) throws -> Check {
            try #require(try C.checks("## Part I\n\n- RNN: \(written) parameters, 64.64 %\n" + Self.q2)["part1.params.rnn"])
        }
        let rounded = try rnn("0.06M")
        #expect(rounded.status == .incorrect && rounded.diagnosis.isEmpty, "\(rounded.status.rawValue) \(rounded.diagnosis) — \(rounded.evidence)")
        #expect(rounded.evidence.contains("\"0.06M\" read as 60,000") && rounded.evidence.contains("only to the nearest 10,000"), "\(rounded.evidence)")
        #expect(!rounded.evidence.contains("count instead"), "\(rounded.evidence)")
        let exact = try rnn("0.0600M")
        #expect(exact.status == .incorrect && exact.diagnosis.map(\.note) == ["no-bias"], "\(exact.status.rawValue) \(exact.diagnosis) — \(exact.evidence)")
        // Written out, 60,000 is exact: the slip is named.
        #expect(try rnn("60,000").diagnosis.map(\.note) == ["no-bias"])
    }

    @Test("A unit in a LaTeX tabular's header: 'Params ($\\times 10^3$)'")
    func scaledInLaTeX() throws {
        let sheet = "\\documentclass{article}\n\\begin{document}\n\\section*{Part I}\n\\begin{tabular}{lrr}\n\\toprule\n"
            + "Model & Params ($\\times 10^3$) & Accuracy \\\\\n\\midrule\n"
            + (0..<6).map { "\(Self.names[$0]) & \(Self.thousands[$0]) & \(R3.accuracies[$0].dropLast())\\% \\\\\n" }.joined()
            + "\\bottomrule\n\\end{tabular}\n\\section*{Part II}\n\\end{document}\n"
        try R5.expectRightThenPlanted(sheet, name: "sheet.tex", plant: ("1446.4", "1126.4"))
    }

    // MARK: 2. Models as columns

    static func transposed(_ counts: [String] = R3.counts, rows: [String] = ["**parameters**", "**test acc.**"]) -> String {
        "## Part I\n\n| | " + names.joined(separator: " | ") + " |\n|" + String(repeating: "---|", count: 7) + "\n"
            + "| \(rows[0]) | " + counts.joined(separator: " | ") + " |\n"
            + "| \(rows[1]) | " + R3.accuracies.map { $0.replacingOccurrences(of: "%", with: " %") }.joined(separator: " | ") + " |\n"
    }

    @Test("A table with the models as its columns, rows 'parameters' and 'test acc.'", arguments: [
        ["**parameters**", "**test acc.**"], ["# params", "accuracy"], ["Parameters", "Test accuracy (%)"],
    ])
    func modelsAsColumns(rows: [String]) throws {
        try R5.expectRightThenPlanted(Self.transposed(rows: rows))
        let c = try C.checks(Self.transposed(rows: rows))
        #expect(c["part1.accuracy.bi-rnn"]?.claimed.hasPrefix("66.10") == true, "\(c["part1.accuracy.bi-rnn"]?.claimed ?? "absent")")
    }

    @Test("Models as columns, doubtful: two rows of counts, rows of different lengths: nothing read, every count unparsable at the table")
    func modelsAsColumnsDoubtful() throws {
        // Two rows saying parameters: which is the answer?
        let twoCounts = Self.transposed().replacingOccurrences(of: "| **test acc.** |", with: "| **parameters (one bias)** |")
        let c = try C.checks(twoCounts + Self.q2)
        Self.expectNoCount(c, R3.slugs.map { "part1.params.\($0)" })
        Self.expectAtTable(c, "2 rows of parameter counts")
        // No row names accuracies: they are missing, as written.
        #expect(R3.slugs.allSatisfy { c["part1.accuracy.\($0)"]?.status == .missing })
        // Two rows both of counts, one of them saying nothing of itself.
        let unlabelled = Self.transposed().replacingOccurrences(of: "| **test acc.** |", with: "| |")
            .replacingOccurrences(of: R3.accuracies.map { $0.replacingOccurrences(of: "%", with: " %") }.joined(separator: " | "), with: R3.counts.joined(separator: " | "))
        let u = try C.checks(unlabelled + Self.q2)
        Self.expectNoCount(u, R3.slugs.map { "part1.params.\($0)" })
        Self.expectAtTable(u, "2 rows of parameter counts")
        // Two rows of parameters and one of accuracies: the accuracies are not read from it either.
        let withAccuracy = twoCounts.replacingOccurrences(of: "| **parameters (one bias)** |", with: "| **parameters (no bias)** |")
            + "| **test acc.** | " + R3.accuracies.joined(separator: " | ") + " |\n"
        let a = try C.checks(withAccuracy + Self.q2)
        Self.expectNoCount(a, R3.slugs.map { "part1.params.\($0)" } + R3.slugs.map { "part1.accuracy.\($0)" })
        Self.expectAtTable(a, "2 rows of parameter counts")
        // A row shorter than the header: which model has no figure?
        let short = Self.transposed().replacingOccurrences(of: " | 1,446,400 |", with: " |")
        let s = try C.checks(short + Self.q2)
        Self.expectNoCount(s, R3.slugs.map { "part1.params.\($0)" } + R3.slugs.map { "part1.accuracy.\($0)" })
        Self.expectAtTable(s, "a row of 5 figures under 6 models")
        #expect(!s.keys.contains { $0.hasPrefix("part1.params.") && !R3.slugs.contains(String($0.dropFirst(13))) && !$0.hasSuffix(".sizes") },
                "\(s.keys.filter { $0.hasPrefix("part1.params.") }.sorted())")
        // The same tables read when they can be: one row of parameters, every row as long.
        try R5.expectRightThenPlanted(Self.transposed())
    }

    /// Part I's counts unparsable at the table's first cell (line 3 of the
    /// sheet), for `reason`.
    static func expectAtTable(_ c: [String: Check], _ reason: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        for id in R3.slugs.map({ "part1.params.\($0)" }) {
            let evidence = c[id]?.evidence ?? ""
            #expect(evidence.contains("sheet.md:3:1") && evidence.contains(reason), "\(id): \(evidence)", sourceLocation: sourceLocation)
        }
    }

    // MARK: 3. longtable, tabularx

    static func latex(_ environment: String, spec: String, extra: String = "") -> String {
        "\\documentclass{article}\n\\usepackage{longtable,tabularx}\n\\begin{document}\n\\section{Part I}\n"
            + "\\begin{\(environment)}\(spec)\n\(extra)\\hline\nModel & Parameters in RNN/LSTM layers & Accuracy \\\\ \\hline \\endhead\n"
            + (0..<6).map { "\(Self.names[$0]) & \(R3.counts[$0].replacingOccurrences(of: ",", with: "\\,")) & \(R3.accuracies[$0].dropLast())\\% \\\\ \\hline\n" }.joined()
            + "\\end{\(environment)}\n\\section{Part II}\n\\end{document}\n"
    }

    @Test("longtable (\\endhead, a \\caption row), tabularx (a width before the columns), tabular*: read as tabular",
          arguments: [
              ("longtable", "{|l|r|r|}", ""), ("longtable", "[c]{lrr}", "\\caption{Part I: the six encoders} \\\\\n"),
              ("tabularx", "{\\textwidth}{|X|r|r|}", ""), ("tabular*", "{\\linewidth}{@{\\extracolsep{\\fill}}lrr}", ""),
          ])
    func longtable(environment: String, spec: String, extra: String) throws {
        let sheet = Self.latex(environment, spec: spec, extra: extra)
        try R5.expectRightThenPlanted(sheet, name: "sheet.tex", plant: ("1\\,446\\,400", "1\\,126\\,400"))
        // The same table pasted into Markdown.
        let markdown = "## Part I\n\n" + sheet.components(separatedBy: "\\section{Part I}\n")[1].components(separatedBy: "\\section{Part II}")[0] + "\n## Part II\n"
        try R5.expectRightThenPlanted(markdown, plant: ("1\\,446\\,400", "1\\,126\\,400"))
    }

    // MARK: 4. Lines that name no model are no rows

    @Test("A loss with \\| bars under Part I's table, rule lines of '=' and '~' (reStructuredText): no rows, no unknown model; words naming no model are reported")
    func noModelNoRow() throws {
        let loss = "\n$L(\\mathbf a, \\mathbf p, \\mathbf n) = \\max(0, \\tfrac12\\|\\mathbf a - \\mathbf p\\|^2 - \\tfrac12\\|\\mathbf a - \\mathbf n\\|^2 + 1)$ for anchor $\\mathbf a$.\n"
        try R5.expectRightThenPlanted(R5.table(Self.names) + loss)
        let rst = "Part I\n------\n\n====================  ===========  =============\nModel                 Parameters   Test accuracy\n"
            + "====================  ===========  =============\n"
            + (0..<6).map { Self.names[$0].padding(toLength: 22, withPad: " ", startingAt: 0) + R3.counts[$0].padding(toLength: 13, withPad: " ", startingAt: 0) + R3.accuracies[$0] + "\n" }.joined()
            + "====================  ===========  =============\n\n~~~~~~~~~~  ~~~~~~~~~~\n\nPart II\n-------\n"
        try R5.expectRightThenPlanted(rst, name: "sheet.txt")
        // A row naming another model is still reported as unknown.
        let gru = try C.checks(R5.table(Self.names) + "| GRU | 180,600 | 80.10% |\n" + "| Total | 2,713,600 | |\n")
        #expect(gru["part1.params.gru"]?.status == .unparsable)
        // Words that name no model are reported too, never dropped unseen.
        #expect(gru["part1.params.total"]?.status == .unparsable)
        let words = try C.checks("## Part I\n\n| Model | Parameters | Test accuracy |\n|---|---|---|\n| Long short-term memory | 241,600 | 86.03% |\n")
        #expect(words["part1.params.long-short-term-memory"]?.status == .unparsable, "\(words.keys.sorted())")
    }

    // MARK: 5. A model's own layer

    static let ownLayer = """
        ## Part I

        The simple RNN has 60,400 parameters in its recurrent layer and reached 64.64% on the test set. \
        The LSTM has four gate blocks, so 241,600 parameters, with 86.03% test accuracy. \
        The bidirectional RNN has 120,800 parameters (66.10%) and the bidirectional LSTM 483,200 (86.49%).

        The two-level bidirectional RNN has 361,600 parameters in the recurrent layer (61.39%) and the two-level bidirectional LSTM has 1,446,400 (85.02%).

        """

    @Test("'its recurrent layer', 'the recurrent layer': one layer named as the model's, no word of levels")
    func ownRecurrentLayer() throws {
        try R5.expectRightThenPlanted(Self.ownLayer)
        try R5.expectRightThenPlanted(Self.ownLayer, plant: R5.lstmOneBias, wrong: "part1.params.lstm")
        try R5.expectRightThenPlanted(Self.ownLayer.replacingOccurrences(of: "its recurrent layer", with: "the layer"))
    }

    @Test("A layer that speaks of levels leaves the sentence unread: 'another layer', 'a second layer', 'the second layer', 'the layer 2', 'layers'",
          arguments: [
              "With another layer the bi-RNN has 361,600 parameters (61.39%).",
              "Adding a second layer, the bi-RNN has 361,600 parameters (61.39%).",
              "With the second layer the bi-RNN has 361,600 parameters (61.39%).",
              "Counting the layer 2 weights, the bi-RNN has 361,600 parameters (61.39%).",
              "With its recurrent layers the bi-RNN has 361,600 parameters (61.39%).",
              "With an extra recurrent layer the bi-RNN has 361,600 parameters (61.39%).",
          ])
    func layerOfLevels(sentence: String) throws {
        let c = try C.checks("## Part I\n\n" + sentence + Self.q2)
        C.expectRead(c, ["part2.q2.f_a"])
        // Unread: missing, or (round 16) unparsable at the line that names the model.
        #expect([.missing, .unparsable].contains(c["part1.params.bi-rnn"]?.status), "\(c["part1.params.bi-rnn"]?.status.rawValue ?? "absent"), claimed \(c["part1.params.bi-rnn"]?.claimed ?? "")")
        let read = c.filter { $0.key.hasPrefix("part1.params.") && !$0.key.hasSuffix(".sizes") && ![.missing, .unparsable].contains($0.value.status) }
        #expect(read.isEmpty, "read: \(read.map { "\($0.key) \($0.value.status.rawValue) \($0.value.claimed)" })")
    }

    // MARK: 6. Thousands groups: `60_400`, `60~400`, `60'400` read whole; a number glued to another is no figure of its own

    static let groupings = ["60_400", "60~400", "60'400", "60\u{A0}400"]

    @Test("Counts grouped by '_', '~', an apostrophe or a no-break space, in a list row and in sentences", arguments: groupings)
    func groupedCounts(_ written: String) throws {
        let list = "## Part I\n\n" + (0..<6).map { "- \(Self.names[$0]): \($0 == 0 ? written : R3.counts[$0]) parameters, \(R3.accuracies[$0])\n" }.joined()
        try R5.expectRightThenPlanted(list)
        let prose = "## Part I\n\nThe RNN has \(written) parameters and reached 64.64% on the test set.\n" + Self.q2
        let c = try C.checks(prose)
        #expect(c["part1.params.rnn"]?.status == .correct, "\(written): \(c["part1.params.rnn"]?.status.rawValue ?? "absent") \(c["part1.params.rnn"]?.claimed ?? "")")
        // Planted: 60,000 written the same way is incorrect, never read as its last group.
        let wrong = try C.checks(list.replacingOccurrences(of: written, with: written.replacingOccurrences(of: "400", with: "000")))
        C.expectRead(wrong, ["part1.params.rnn"], .incorrect)
        #expect(wrong["part1.params.rnn"]?.claimed == "60,000", "\(wrong["part1.params.rnn"]?.claimed ?? "")")
    }

    @Test("A number glued to another ('60·400', '60,40', '6,0400', '60 40') is unparsable or unread, never its last group; '60 400' (thousands grouped by a space) in a sentence is 60,400",
          arguments: ["60·400", "60,40", "6,0400", "60 40"])
    func gluedNumbers(_ written: String) throws {
        let list = "## Part I\n\n- RNN: \(written) parameters, 64.64 %\n- LSTM: 241,600 parameters, 86.03 %\n" + Self.q2
        let c = try C.checks(list)
        #expect(c["part1.params.rnn"]?.status == .unparsable, "\(written): \(c["part1.params.rnn"]?.status.rawValue ?? "absent") \(c["part1.params.rnn"]?.claimed ?? "")")
        #expect(c["part1.params.rnn"]?.claimed == written, "\(c["part1.params.rnn"]?.claimed ?? "")")
        C.expectRead(c, ["part1.params.lstm"])
        for sentence in ["The RNN has \(written) parameters and reached 64.64% on the test set.",
                         "We get \(written) parameters for the RNN (64.64%) and 241,600 for the LSTM."] {
            let p = try C.checks("## Part I\n\n" + sentence + Self.q2)
            #expect(p["part1.params.rnn"]?.status != .correct && p["part1.params.rnn"]?.status != .incorrect,
                    "\(sentence): \(p["part1.params.rnn"]?.status.rawValue ?? "absent") \(p["part1.params.rnn"]?.claimed ?? "")")
        }
        // Groups of three after a space are one figure: read, and a wrong one is wrong.
        C.expectRead(try C.checks("## Part I\n\nWe get 60 400 parameters for the RNN (64.64%) and 241,600 for the LSTM." + Self.q2), ["part1.params.rnn"])
        C.expectRead(try C.checks("## Part I\n\nWe get 60 000 parameters for the RNN (64.64%) and 241,600 for the LSTM." + Self.q2), ["part1.params.rnn"], .incorrect)
    }
}
