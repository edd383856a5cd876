import CoursecheckAssignment
import CoursecheckMaths
import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Foundation
import Testing

/// Question 4 written the ways students write it. Six samples in two classes
/// of three: 6·5·4 = 120 ordered triplets, 6·2·3 = 36 valid ones.
@Suite("Question 4: counts in every notation, intermediate calculations judged each on its own")
struct CountReasoningTests {
    private func statuses(_ all: String) throws -> (count: String, reasoning: String, evidence: String) {
        let sheet = "Question 4\n\nAll possible triplets: \(all)\n\nValid triplets: $6 \\cdot 2 \\cdot 3 = 36$\n"
        let assignment = try Assignment.load(from: PackagePaths.assignment.path)
        let report = try Verifier.verify(document: try SheetDocument.read(data: Data(sheet.utf8), name: "q4.md"), assignment: assignment)
        let count = report.checks.first { $0.id == .count(.all) }!, reasoning = report.checks.first { $0.id == .reasoning(.all) }!
        return (count.status.rawValue, reasoning.status.rawValue, reasoning.evidence)
    }

    @Test("Notations of 120", arguments: [
        "$6 \\times 5 \\times 4 = 120$", "$P(6,3) = 120$", "${}^6P_3 = 120$", "$^{6}P_{3} = 120$", "$(6 P 3) = 120$",
        "$\\binom{6}{3}\\cdot 3! = 120$", "$C(6,3) \\cdot 3! = 120$", "$\\frac{6!}{3!} = 120$", "$\\frac{6!}{(6-3)!} = 120$",
        "there are $6 \\cdot 5 \\cdot 4 = 120$ triplets",
    ])
    func notations(text: String) throws {
        let result = try statuses(text)
        #expect(result.count == "correct" && result.reasoning == "correct", "\(result)")
    }

    @Test("'N choose K' in words in a plain calculation is a binomial", arguments: [
        ("6 choose 3 * 3! = 20 * 6 = 120 triplets", "correct", "correct"),
        ("Number of triplets = (6 choose 3) * 3! = 120", "correct", "correct"),
        ("all: 6 C 3 * 6 = 120", "correct", "correct"),
        // Planted slips: a false step is inconsistent, a wrong total incorrect.
        ("6 choose 3 * 3! = 20 * 6 = 121", "incorrect", "inconsistent"),
        ("6 choose 3 = 120", "correct", "inconsistent"),
        ("6 choose 3 * 2 = 40 triplets", "incorrect", "incorrect"),
    ])
    func chooseInWords(case: (String, String, String)) throws {
        let result = try statuses(`case`.0)
        #expect(result.count == `case`.1 && result.reasoning == `case`.2, "\(result)")
    }

    @Test("Choices per role in any wording", arguments: [
        "6 choices for the anchor, 5 for the positive and 4 for the negative: 120 triplets",
        "the anchor can be chosen in 6 ways, the positive in 5 ways and the negative in 4 ways, so 120 triplets",
        "6 anchors, 5 positives and 4 negatives: 120 triplets",
        "6 possible anchors, then 5 possible positives and 4 possible negatives, hence 120 triplets",
        "the anchor has 6 options, the positive has 5 options, the negative has 4 options: 120 triplets",
    ])
    func wordings(text: String) throws {
        let result = try statuses(text)
        #expect(result.count == "correct" && result.reasoning == "correct", "\(result)")
    }

    @Test("A wording with a wrong factor is inconsistent with the total it states")
    func wrongFactor() throws {
        let result = try statuses("6 anchors, 5 positives and 3 negatives: 120 triplets")
        #expect(result.count == "correct" && result.reasoning == "inconsistent", "\(result)")
        #expect(result.evidence.contains("gives 90, not 120"))
    }

    @Test("Intermediate calculations: each true, the last giving the total, is correct")
    func intermediate() throws {
        let result = try statuses("$3 \\cdot 2 \\cdot 3 = 18$, then $2 \\cdot 18 = 36$ and overall $120$")
        #expect(result.count == "correct" && result.reasoning == "correct", "\(result)")
    }

    @Test("True working that never reaches the total is unverifiable, not inconsistent")
    func trueButShort() throws {
        let result = try statuses("$3 \\cdot 2 = 6$ pairs, so 120 triplets")
        #expect(result.count == "correct")
        #expect(result.reasoning == "unverifiable", "\(result)")
    }

    @Test("A false calculation is inconsistent; a wrong total is incorrect", arguments: [
        ("$6 \\cdot 5 \\cdot 4 = 121$", "incorrect", "inconsistent"),
        // The final side is the answer: 2·61 = 122.
        ("$6 \\cdot 5 \\cdot 4 = 120 = 2 \\cdot 61$", "incorrect", "inconsistent"),
        ("$6^3 = 216$", "incorrect", "incorrect"),
        // A total stated, then changed: the last statement is the answer.
        ("$6 \\times 5 \\times 4 = 120$ triplets. Then finally $= 121$", "incorrect", "inconsistent"),
        ("6 choices for the anchor, 5 for the positive and 4 for the negative, which gives 120 triplets. $= 121$", "incorrect", "inconsistent"),
        // The final statement counts; with no working there is no reasoning.
        ("120 unique triplets, or rather 121 triplets", "incorrect", "missing"),
    ])
    func wrong(case: (String, String, String)) throws {
        let result = try statuses(`case`.0)
        #expect(result.count == `case`.1 && result.reasoning == `case`.2, "\(result)")
    }
}
