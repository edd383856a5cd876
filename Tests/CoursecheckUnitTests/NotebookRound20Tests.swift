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
}
