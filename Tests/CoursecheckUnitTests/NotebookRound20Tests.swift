import CoursecheckAssignment
import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Foundation
import Testing

/// Classes of notebook exports left unread after round 19
/// (/work/notes/unseen20 at the time), each written here in other words:
/// Jupyter's prompts, an assignment's name as the first heading, a
/// percentage wrapped onto its own line, signs of a calculation set alone in
/// maths, printed logs and printed dictionaries of answers. Verdicts by hand
/// from the assignment: t_2 = (1, 3, 4), t_3 = (2, 1, 6), hinge active.
@Suite("Notebook exports, round 20: prompts, titles, printed logs and dictionaries")
struct NotebookRound20Tests {
    typealias C = SheetClassesTests
    typealias R4 = LayoutClassesRound4Tests

    static let ids53 = R4.ids53

    static func flaggedPlaces(_ c: [String: Check]) -> [String] {
        c.filter { $0.key.contains("@") }.map { "\($0.key): \($0.value.evidence)" }.sorted()
    }

    @Test("Jupyter's prompts (`Out[4]:`, `In [ ]:`, `In [12]:`) alone on their line are no answer", arguments: ["Out[4]:", "In [ ]:", "In [12]:"])
    func prompts(_ prompt: String) throws {
        let sheet = "## Part II\n\n### Question 3\n\n\(prompt)\n\n    dL/dfa = fn - fp\n    dL/dfp = fp - fa\n    dL/dfn = fa - fn\n"
        let c = try C.checks(sheet)
        C.expectRead(c, ["part2.q3.f_a", "part2.q3.f_p", "part2.q3.f_n"])
        #expect(Self.flaggedPlaces(c).isEmpty, "\(Self.flaggedPlaces(c))")
        let wrong = try C.checks(sheet.replacingOccurrences(of: "dL/dfa = fn - fp", with: "dL/dfa = fp - fn"))
        C.expectRead(wrong, ["part2.q3.f_a"], .incorrect)
    }

    @Test("An assignment's name as the first heading (`# A4: recurrent encoders and triplets`), Part I's heading after it and Question 4 headed again later, answers nothing")
    func assignmentTitle() throws {
        let sheet = "# A4: recurrent encoders and triplets\n\nIn [1]:\n\n```python\nimport numpy as np\n```\n\n## Part I\n\n"
            + "## Part II\n\n### Question 4\n\nAll: $6 \\cdot 5 \\cdot 4 = 120$.\n\nValid: $6 \\cdot 2 \\cdot 3 = 36$.\n"
        let c = try C.checks(sheet)
        C.expectRead(c, ["part2.q4.all", "part2.q4.valid", "part2.q4.valid.reasoning"])
        #expect(Self.flaggedPlaces(c).isEmpty, "\(Self.flaggedPlaces(c))")
        // A heading `A4: …` with no later heading of Question 4 is still Question 4's.
        let alone = try C.checks("## Part II\n\n### A4: counting\n\nAll: $6 \\cdot 5 \\cdot 4 = 120$.\n\nValid: $6 \\cdot 2 \\cdot 3 = 36$.\n")
        C.expectRead(alone, ["part2.q4.all", "part2.q4.valid"])
    }

    @Test("A percentage wrapped onto the next line of a model's item (`… test accuracy⏎87.80%`) goes on that model's line")
    func wrappedPercentage() throws {
        let sheet = "## Part I\n\n- **bi-LSTM**: 483,200 parameters, test accuracy\n  87.80%\n- **LSTM**: 241,600 parameters, test accuracy\n  86.20%\n"
        let c = try C.checks(sheet)
        C.expectRead(c, ["part1.params.bi-lstm", "part1.params.lstm"])
        for id in ["part1.accuracy.bi-lstm", "part1.accuracy.lstm"] {
            #expect(c[id]?.status == .unverifiable, "\(id): \(c[id]?.status.rawValue ?? "absent") — \(c[id]?.evidence ?? "")")
        }
        #expect(Self.flaggedPlaces(c).isEmpty, "\(Self.flaggedPlaces(c))")
    }

    @Test("A calculation in words whose signs alone are maths (`Valid ones: 6 anchors $\\cdot$ 2 positives $\\cdot$ 3 negatives $= 36$`) is its reasoning", arguments: [
        "Valid ones: 6 anchors $\\cdot$ 2 positives $\\cdot$ 3 negatives $= 36$.",
        "The valid triplets number 6 anchors $\\ast$ 2 positives $\\ast$ 3 negatives $= 36$.",
    ])
    func signsInMaths(_ line: String) throws {
        let sheet = "## Part II\n\n### Question 4\n\nAll: $6 \\cdot 5 \\cdot 4 = 120$.\n\n\(line)\n"
        let c = try C.checks(sheet)
        C.expectRead(c, ["part2.q4.valid", "part2.q4.valid.reasoning"])
        let wrong = try C.checks(sheet.replacingOccurrences(of: "$= 36$", with: "$= 30$"))
        C.expectRead(wrong, ["part2.q4.valid"], .incorrect)
        #expect(wrong["part2.q4.valid.reasoning"]?.status != .correct)
    }

    static let logged = """
        Q5 t_2 (1, 3, 4): grad_f1 = f4 - f3
        Q5 t_2 (1, 3, 4): grad_f3 = f3 - f1
        Q5 t_2 (1, 3, 4): grad_f4 = f1 - f4
        Q5 t_3 (2, 1, 6): grad_f1 = f1 - f2
        Q5 t_3 (2, 1, 6): grad_f2 = f6 - f1
        Q5 t_3 (2, 1, 6): grad_f6 = f2 - f6
    """

    @Test("A printed log, labels before each answer (`Q5 t_2 (1, 3, 4): grad_f1 = f4 - f3`, `Q6 grad_f4 = …`), in an output block or as plain text")
    func printedLog() throws {
        let block = Self.logged.split(separator: "\n").map { "    " + $0.trimmingCharacters(in: .whitespaces) }.joined(separator: "\n")
        let markdown = "## Part II\n\n### Question 5\n\nThe gradients, printed by my helper for $t_2$ and $t_3$:\n\n\(block)\n\n### Question 6\n\n    Q6 grad_f4 = f1 + f2 - 2*f6\n"
        let text = "Part II\n\nQuestion 5\n" + Self.logged.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: "\n") + "\n\nQuestion 6\nQ6 grad_f4 = f1 + f2 - 2*f6\n"
        for (sheet, name) in [(markdown, "sheet.md"), (text, "sheet.txt")] {
            let c = try C.checks(sheet, name: name)
            C.expectRead(c, R4.ids52 + Self.ids53 + ["part2.q6.f_4"])
            #expect(Self.flaggedPlaces(c).isEmpty, "\(name): \(Self.flaggedPlaces(c))")
            // A wrong last side is incorrect.
            let wrong = try C.checks(sheet.replacingOccurrences(of: "grad_f6 = f2 - f6", with: "grad_f6 = f6 - f2"), name: name)
            C.expectRead(wrong, ["part2.q5.3.f_6"], .incorrect)
            // Numbers that are not the triplet's own: the line is not read so.
            let other = try C.checks(sheet.replacingOccurrences(of: "t_3 (2, 1, 6): grad_f6", with: "t_3 (2, 1, 5): grad_f6"), name: name)
            #expect(other["part2.q5.3.f_6"]?.status != .correct)
            #expect(other["part2.q5.3.f_5"]?.status != .correct)
        }
    }

    @Test("A printed dictionary of answers, a triplet an entry (`{'t_2': {'dL/df1': 'f4 - f3', …},`), and a list of the triplets in code")
    func printedDictionary() throws {
        let sheet = """
            ## Part II

            ### Question 5

            ```python
            T = [(1, 2, 5), (1, 3, 4), (2, 1, 6), (2, 3, 4), (3, 1, 5), (5, 6, 2), (6, 4, 3), (6, 4, 2)]  # anchor, positive, negative
            ```

                {'t_2': {'dL/df1': 'f4 - f3', 'dL/df3': 'f3 - f1', 'dL/df4': 'f1 - f4'},
                 't_3': {'dL/df1': 'f1 - f2', 'dL/df2': 'f6 - f1', 'dL/df6': 'f2 - f6'}}

            """
        let c = try C.checks(sheet)
        C.expectRead(c, R4.ids52 + Self.ids53 + ["part2.q5.triplets"])
        #expect(Self.flaggedPlaces(c).isEmpty, "\(Self.flaggedPlaces(c))")
        let wrong = try C.checks(sheet.replacingOccurrences(of: "'dL/df2': 'f6 - f1'", with: "'dL/df2': 'f1 - f6'"))
        C.expectRead(wrong, ["part2.q5.3.f_2"], .incorrect)
        // A key that is no triplet of the assignment: not read.
        let other = try C.checks(sheet.replacingOccurrences(of: "'t_3'", with: "'t_9'"))
        #expect(other["part2.q5.3.f_2"]?.status != .correct)
    }

    @Test("A code cell's statements (`for i in range(1, 7):`, `print(f'…')`, a comment) are no answer; what it prints is read")
    func codeStatements() throws {
        let sheet = """
            ## Part II

            ### Question 6

            Summed by my helper:

            ```python
            # total gradient, one sample at a time
            for i in range(4, 5):
                print(f'Q6 grad_f{i} =', total(i))
            ```

                Q6 grad_f4 = f1 + f2 - 2*f6

            """
        let c = try C.checks(sheet)
        C.expectRead(c, ["part2.q6.f_4"])
        #expect(Self.flaggedPlaces(c).isEmpty, "\(Self.flaggedPlaces(c))")
        let wrong = try C.checks(sheet.replacingOccurrences(of: "grad_f4 = f1 + f2 - 2*f6", with: "grad_f4 = f1 + f2 - f6"))
        C.expectRead(wrong, ["part2.q6.f_4"], .incorrect)
    }

    @Test("A labelled line that lists several answers (`t_2: dL/df1 = f4 - f3; dL/df3 = …`) (or `… | dL/df2 = …`) labels each one; one that lists words too (`…, rest are 0`) is read as written: no right answer is graded wrong")
    func labelledListLine() throws {
        let listed = "Part II\n\nQuestion 5\nt_2: dL/df1 = f4 - f3; dL/df3 = f3 - f1; dL/df4 = f1 - f4\nt_3: dL/df1 = f1 - f2 | dL/df2 = f6 - f1 | dL/df6 = f2 - f6\n"
        let l = try C.checks(listed, name: "sheet.txt")
        C.expectRead(l, R4.ids52 + Self.ids53)
        let wrongListed = try C.checks(listed.replacingOccurrences(of: "dL/df2 = f6 - f1", with: "dL/df2 = f1 - f6"), name: "sheet.txt")
        C.expectRead(wrongListed, ["part2.q5.3.f_2"], .incorrect)
        let sheet = "Part II\n\nQuestion 5\nt2: dL/df1 = f4 - f3, dL/df3 = f3 - f1, dL/df4 = f1 - f4, rest are 0\n"
        let c = try C.checks(sheet, name: "sheet.txt")
        for (id, check) in c where id.hasPrefix("part2.q5.2.") {
            #expect(check.status != .incorrect && check.status != .inconsistent, "\(id): \(check.status.rawValue) — \(check.evidence)")
        }
    }
}
