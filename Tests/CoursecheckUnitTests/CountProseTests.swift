import CoursecheckAssignment
import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Foundation
import Testing

/// Question 4 with its reasoning in prose: products said in words, a
/// calculation without its result in parentheses after the count, Markdown
/// emphasis on the count and `x` for times. Six samples in two classes of
/// three: 6·5·4 = 120 ordered triplets, 6·2·3 = 36 valid ones (worked out by
/// hand); every planted slip below is worked out by hand too.
@Suite("Question 4: counts and their reasoning in prose")
struct CountProseTests {
    /// The four verdicts of Question 4: all, its reasoning, valid, its reasoning.
    private func verdicts(_ body: String) throws -> [String] {
        let sheet = "## Question 4\n\n\(body)\n"
        let assignment = try Assignment.load(from: PackagePaths.assignment.path)
        let report = try Verifier.verify(document: try SheetDocument.read(data: Data(sheet.utf8), name: "q4.md"), assignment: assignment)
        return [AnswerID.count(.all), .reasoning(.all), .count(.valid), .reasoning(.valid)].map { id in
            report.checks.first { $0.id == id }?.status.rawValue ?? "absent"
        }
    }

    private static let valid = "\n\nValid triplets: $6 \\cdot 2 \\cdot 3 = 36$."

    @Test("Numbers and products in words", arguments: [
        ("An ordered triplet of distinct samples can be picked in six times five times four ways, that is 120 triplets in total." + valid,
         ["correct", "correct", "correct", "correct"]),
        ("The number of triplets is 6 multiplied by 5 multiplied by 4, so 120 triplets." + valid,
         ["correct", "correct", "correct", "correct"]),
        // Planted: a wrong factor in words contradicts the total stated.
        ("An ordered triplet can be picked in six times five times three ways, that is 120 triplets in total." + valid,
         ["correct", "inconsistent", "correct", "correct"]),
        // Planted: a wrong total after a right product in words.
        ("An ordered triplet can be picked in six times five times four ways, that is 100 triplets in total." + valid,
         ["incorrect", "inconsistent", "correct", "correct"]),
    ])
    func inWords(case: (String, [String])) throws {
        #expect(try verdicts(`case`.0) == `case`.1)
    }

    @Test("A calculation without its result, beside the count, is its reasoning", arguments: [
        ("Number of triplets: $120$ (ordered, all different: $6\\times5\\times4$)." + valid,
         ["correct", "correct", "correct", "correct"]),
        ("120 ordered triplets ($6\\cdot5\\cdot4$), of which 36 are valid ($6\\cdot2\\cdot3$).",
         ["correct", "correct", "correct", "correct"]),
        // Planted: the calculation gives 90, the count stated is 120: the
        // count stays 120 (right), its reasoning is inconsistent.
        ("Number of triplets: $120$ (ordered, all different: $6\\times5\\times3$)." + valid,
         ["correct", "inconsistent", "correct", "correct"]),
        ("120 ordered triplets ($6\\cdot5\\cdot4$), of which 36 are valid ($6\\cdot2\\cdot2$).",
         ["correct", "correct", "correct", "inconsistent"]),
        // Planted: a wrong count with the calculation that gives it.
        ("120 ordered triplets ($6\\cdot5\\cdot4$), of which 24 are valid ($6\\cdot2\\cdot2$).",
         ["correct", "correct", "incorrect", "incorrect"]),
    ])
    func parenthesised(case: (String, [String])) throws {
        #expect(try verdicts(`case`.0) == `case`.1)
    }

    @Test("Counts in emphasis, `x` for times, a factor with its noun", arguments: [
        ("- total number of triplets: 6 x 5 x 4 = **120**\n- valid triplets (anchor and positive from the same class): 2 classes x 3 x 2 x 3 = **36**",
         ["correct", "correct", "correct", "correct"]),
        ("Total: 6 x 5 x 4 = *120*.\n\nValid: 6 x 2 x 3 = __36__.",
         ["correct", "correct", "correct", "correct"]),
        // Planted: a false last side is inconsistent and the count incorrect.
        ("- total number of triplets: 6 x 5 x 4 = **100**\n- valid triplets (anchor and positive from the same class): 2 classes x 3 x 2 x 3 = **36**",
         ["incorrect", "inconsistent", "correct", "correct"]),
        ("- total number of triplets: 6 x 5 x 4 = **120**\n- valid triplets (anchor and positive from the same class): 2 classes x 3 x 2 x 2 = **24**",
         ["correct", "correct", "incorrect", "incorrect"]),
    ])
    func emphasisAndTimes(case: (String, [String])) throws {
        #expect(try verdicts(`case`.0) == `case`.1)
    }
}
