import CoursecheckAssignment
import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Foundation
import Testing

/// An answer is judged on its final stated expression, and every part of its
/// text is read or reported: right working followed by a wrong final line is
/// `incorrect` in every way a chain can be written, and a final line that
/// cannot be read is never `correct`.
@Suite("The final line decides; nothing after an answer is skipped")
struct FinalLineTests {
    /// Question 6's ∂/∂f_4 of the submitted sheet, as written there.
    static let original = "$$\\frac{\\partial L}{\\partial f_4} = (f_1 - f_4) + (f_2 - f_4) + (f_4 - f_6) + (f_4 - f_6) = f_1 + f_2 - 2f_6$$"
    static let head = "\\frac{\\partial L}{\\partial f_4}"
    static let working = "(f_1 - f_4) + (f_2 - f_4) + (f_4 - f_6) + (f_4 - f_6)"

    /// Chain forms, each with `FINAL` where the last expression goes.
    static let forms: [(String, String)] = [
        ("one display, \\\\ then =", "$$\(head) = \(working) \\\\ = FINAL$$"),
        ("bare align*", "\\begin{align*}\n\(head) &= \(working) \\\\\n&= FINAL\n\\end{align*}"),
        ("align* inside $$", "$$\n\\begin{align*}\n\(head) &= \(working) \\\\\n&= FINAL\n\\end{align*}\n$$"),
        ("aligned inside $$", "$$\\begin{aligned}\(head) &= \(working) \\\\ &= FINAL\\end{aligned}$$"),
        ("equation with \\nonumber and a label", "\\begin{equation}\\label{eq:f4}\n\(head) = \(working) \\nonumber \\\\ = FINAL\n\\end{equation}"),
        ("gather* in \\[ \\]", "\\[\\begin{gather*}\(head) = \(working) \\\\ = FINAL\\end{gather*}\\]"),
        ("a second display starting with =", "$$\(head) = \(working)$$\n$$= FINAL$$"),
        ("prose, then inline maths", "$$\(head) = \(working)$$\nwhich gives $FINAL$."),
        ("\\text inside the maths", "$$\(head) = \(working) \\text{, which simplifies to } FINAL$$"),
        ("three lines", "$$\(head) = \(working) \\\\ = f_1 + f_2 + 2f_4 - 2f_4 - 2f_6 \\\\ = FINAL$$"),
    ]

    private func status(_ replacement: String, id: String = "part2.q6.f_4") throws -> (String, Check?) {
        let text = try SheetVariant.submitted(replacing: [(Self.original, replacement)])
        let url = try SheetVariant.write(text)
        let assignment = try Assignment.load(from: PackagePaths.assignment.path)
        let report = try Verifier.verify(sheetPath: url.path, assignment: assignment)
        let check = report.checks.first { $0.id.description == id }
        return (check?.status.rawValue ?? "absent", check)
    }

    @Test("Right working, wrong final line: incorrect; right final line: correct", arguments: forms)
    func planted(form: (String, String)) throws {
        let wrong = try status(form.1.replacingOccurrences(of: "FINAL", with: "f_1 + f_2 - f_6"))
        #expect(wrong.0 == "incorrect", "\(form.0): \(wrong.1.map { "\($0.claimed) — \($0.evidence)" } ?? "")")
        let right = try status(form.1.replacingOccurrences(of: "FINAL", with: "f_1 + f_2 - 2f_6"))
        #expect(right.0 == "correct", "\(form.0): \(right.1.map { "\($0.claimed) — \($0.evidence)" } ?? "")")
    }

    @Test("The working of a chain is checked against its final line")
    func steps() throws {
        let wrong = try status(Self.forms[1].1.replacingOccurrences(of: "FINAL", with: "f_1 + f_2 - f_6"), id: "part2.q6.f_4.steps")
        #expect(wrong.0 == "inconsistent")
        let right = try status(Self.forms[1].1.replacingOccurrences(of: "FINAL", with: "f_1 + f_2 - 2f_6"), id: "part2.q6.f_4.steps")
        #expect(right.0 == "correct")
    }

    @Test("Only the result stated: the working is unverifiable, not missing, and fails nothing")
    func resultOnly() throws {
        let result = try status("$$\(Self.head) = f_1 + f_2 - 2f_6$$", id: "part2.q6.f_4.steps")
        #expect(result.0 == "unverifiable")
        #expect(result.1?.evidence.contains("no working shown") == true)
        #expect(result.1?.status.fails == false)
        #expect(try status("$$\(Self.head) = f_1 + f_2 - 2f_6$$").0 == "correct")
    }

    @Test("A final line that cannot be read is unparsable, never correct", arguments: [
        "$$\(head) = \(working) \\\\ = f_1 + f_2 - 2g_6$$",
        "$$\(head) = \(working) = f_1 + f_2 - 2f_6$$\n$$= f_1 + f_2 - 2f_6^2$$",
        "$$\(head) = f_1 + f_2 - 2f_6$$ so in the end $f_1 + f_2 \\cdot f_6$",
    ])
    func unreadableFinalLine(text: String) throws {
        let result = try status(text)
        #expect(result.0 == "unparsable", "\(result.1.map { "\($0.claimed) — \($0.evidence)" } ?? "")")
    }

    @Test("Question 5: a right answer followed by a wrong last line is incorrect")
    func question5() throws {
        let line = "$$\\frac{\\partial L}{\\partial f_1} t_1 = f_5 - f_2, "
        let text = try SheetVariant.submitted(replacing: [(line, "$$\\frac{\\partial L}{\\partial f_1} t_1 = f_5 - f_2 \\\\ = f_5 + f_2, ")])
        let url = try SheetVariant.write(text)
        let report = try Verifier.verify(sheetPath: url.path, assignment: try Assignment.load(from: PackagePaths.assignment.path))
        #expect(report.checks.first { $0.id.description == "part2.q5.1.f_1" }?.status == .incorrect)
    }

    @Test("Maths that answers no derivative is reported, with its place")
    func orphan() throws {
        let text = try SheetVariant.submitted(replacing: [("Question 6\n\n", "Question 6\n\n$$= f_1 - f_2$$\n\n")])
        let url = try SheetVariant.write(text)
        let report = try Verifier.verify(sheetPath: url.path, assignment: try Assignment.load(from: PackagePaths.assignment.path))
        let orphan = report.checks.first { $0.id.description.hasPrefix("part2.q6@") }
        #expect(orphan?.status == .unparsable)
        #expect(orphan?.evidence.contains("maths that answers no derivative") == true)
    }
}
