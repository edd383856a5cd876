import CoursecheckGrading
import CoursecheckTestSupport
import Foundation
import Testing

/// A later file that is not a sheet (review A4): a document in a format that
/// is not read (PDF, .odt, an image) may be a resubmission nobody checked, so
/// the earlier sheet is graded provisionally; a later file in which no
/// answer is recognised (notes) is read, judged not a sheet, and changes
/// nothing.
@Suite("Grading: later files that are not sheets")
struct GradingResubmissionTests {
    @Test("A later PDF, .odt or image sends the student to review; the earlier sheet's 72.00 is provisional and out of canvas.csv",
          arguments: [("pdf", "PDF is not read"), ("odt", "formulas in .odt cannot be read"), ("png", "an image is not read")])
    func laterUnreadDocument(ext: String, reason: String) throws {
        let folder = try GradingFixtures.folder(files: [
            "doejane_22222_60000_answers.md": try Sheets.flippedQ3(),
            "doejane_22222_60001_answers.\(ext)": "not read",
        ])
        let run = try GradingFixtures.run(folder)
        let row = try #require(try run.grades()["22222"])
        #expect(row[2] == "needs_review" && row[3] == "72.00")
        #expect(row[6].contains("a later file cannot be read (doejane_22222_60001_answers.\(ext): \(reason)"), "\(row[6])")
        #expect(row[6].contains("doejane_22222_60000_answers.md is graded provisionally"), "\(row[6])")
        // Provisional grades stay out of the LMS file.
        let canvas = try #require(try run.csv("canvas.csv").first { $0.contains("22222") })
        #expect(!canvas.contains("72.00"))
        #expect(run.summary.exitStatus == 1)
    }

    @Test("A later file with no recognisable answer (notes.txt), an earlier PDF, a PDF of the same submission: graded, no review")
    func notResubmissions() throws {
        let folder = try GradingFixtures.folder(files: [
            // Notes after the sheet: read, no answers, not a sheet.
            "doejane_22222_60000_answers.md": try Sheets.flippedQ3(),
            "doejane_22222_60001_notes.txt": "I forgot to say: my answers are in the earlier file.\n",
            // A PDF before the sheet.
            "roemax_33333_50000_scan.pdf": "old",
            "roemax_33333_50001_answers.md": try Sheets.submitted(),
            // A PDF of the same submission as the sheet (a printout beside it).
            "leeann_44444_70000_answers.md": try Sheets.submitted(),
            "leeann_44444_70000_answers.pdf": "printout",
        ])
        let grades = try GradingFixtures.run(folder).grades()
        #expect(grades["22222"]?[2] == "graded" && grades["22222"]?[3] == "72.00")
        #expect(grades["33333"]?[2] == "graded" && grades["33333"]?[3] == "75.00")
        #expect(grades["44444"]?[2] == "graded" && grades["44444"]?[3] == "75.00")
    }
}
