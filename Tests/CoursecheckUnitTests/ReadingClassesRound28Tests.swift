import CoursecheckAssignment
import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import CoursecheckDocument
import Testing

/// Classes of notation and layout, round 28 (found by outsiders' sets; each
/// class written here in other words). Verdicts by hand from the
/// assignment: RNN 200·(100 + 200) + 2·200 = 60,400, LSTM 4·60,400 =
/// 241,600, bi-RNN 2·60,400 = 120,800.
@Suite("Classes of notation, round 28: Part I tables with symbol columns, display rows broken across lines")
struct ReadingClassesRound28Tests {
    typealias C = SheetClassesTests

    @Test("A Part I table with columns headed by symbols (`$G$`, `$(G,D,L)$`) and no accuracy column: the symbols' figures are no accuracy", arguments: [
        "| Model | $G$ | $D$ | $L$ | Parameters |\n|---|---|---|---|---|\n| RNN | 1 | 1 | 1 | 60,400 |\n| LSTM | 4 | 1 | 1 | 241,600 |\n| bi-RNN | 1 | 2 | 1 | 120,800 |\n",
        "| Network | (h, g) | # params |\n|---|---|---|\n| RNN | (200, 1) | 60,400 |\n| LSTM | (200, 4) | 241,600 |\n| bi-RNN | (200, 1) | 120,800 |\n",
        "| model | $(G,D,L)$ | parameters |\n|---|---|---|\n| RNN | $(1,1,1)$ | 60,400 |\n| LSTM | $(4,1,1)$ | 241,600 |\n| bi-RNN | $(1,2,1)$ | 120,800 |\n",
    ])
    func symbolColumns(_ table: String) throws {
        let sheet = "# Part I\n\n" + table + "\n# Part II\n"
        let c = try C.checks(sheet)
        C.expectRead(c, ["part1.params.rnn", "part1.params.lstm", "part1.params.bi-rnn"])
        for model in ["rnn", "lstm", "bi-rnn"] {
            #expect(c["part1.accuracy.\(model)"]?.status == .missing, "\(model): \(c["part1.accuracy.\(model)"]?.status.rawValue ?? "absent")")
        }
        #expect(c.keys.filter { $0.hasPrefix("part1.params@") }.isEmpty)
        C.expectRead(try C.checks(sheet.replacingOccurrences(of: "241,600", with: "240,800")), ["part1.params.lstm"], .incorrect)
    }

    @Test("A column headed by a word after the parameters is still the accuracy (`| Model | Params | Test |`, `| … | % |`)", arguments: ["Test", "%", "Score"])
    func wordedColumn(_ heading: String) throws {
        let sheet = "# Part I\n\n| Model | Params | \(heading) |\n|---|---|---|\n| RNN | 60,400 | 61.2% |\n| LSTM | 241,600 | 84.5% |\n\n# Part II\n"
        let c = try C.checks(sheet)
        C.expectRead(c, ["part1.params.rnn", "part1.params.lstm"])
        C.expectRead(c, ["part1.accuracy.rnn", "part1.accuracy.lstm"], .unverifiable)
    }

    @Test("A symbol column before a worded one: `| Model | $G$ | Params | Test acc. |` reads the named accuracy, `| Model | $G$ | Params | Test |` the one worded column")
    func symbolThenWorded() throws {
        for heading in ["Test acc.", "Test"] {
            let sheet = "# Part I\n\n| Model | $G$ | Params | \(heading) |\n|---|---|---|---|\n| RNN | 1 | 60,400 | 61.2% |\n| LSTM | 4 | 241,600 | 84.5% |\n\n# Part II\n"
            let c = try C.checks(sheet)
            C.expectRead(c, ["part1.params.rnn", "part1.params.lstm"])
            C.expectRead(c, ["part1.accuracy.rnn", "part1.accuracy.lstm"], .unverifiable)
        }
    }

    @Test("A display row of Part I broken across lines (`N_{\\text{bi-RNN}} &= 2 \\cdot (…) =⏎120{,}400`) is one row")
    func displayRowBroken() throws {
        let display = "$$\n\\begin{aligned}\nN_{\\text{RNN}} &= 200 \\cdot 100 + 200^2 + 2 \\cdot 200 = 60{,}400 \\\\\nN_{\\text{bi-RNN}} &= 2 \\cdot (200 \\cdot 100 + 200^2 + 2 \\cdot 200) =\n120{,}400\n\\end{aligned}\n$$\n"
        let sheet = "# Part I\n\n" + display + "\n# Part II\n"
        let c = try C.checks(sheet)
        C.expectRead(c, ["part1.params.rnn"])
        // 120,400 (a bias left out) is read, and wrong.
        C.expectRead(c, ["part1.params.bi-rnn"], .incorrect)
        C.expectRead(try C.checks(sheet.replacingOccurrences(of: "120{,}400", with: "120{,}800")), ["part1.params.bi-rnn"])
    }

    @Test("A fragment's line feeds joined keep every scalar's place")
    func linesJoinedKeepPlaces() {
        let f = Fragment("ab\ncd", start: CoursecheckDocument.SourceLocation(line: 3, column: 5))
        let j = f.linesJoined()
        #expect(j.text == "ab cd")
        for offset in 0..<5 { #expect(j.location(at: offset) == f.location(at: offset)) }
    }
}
