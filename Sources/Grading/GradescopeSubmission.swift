import CoursecheckAssignment
import CoursecheckTraining
import CoursecheckVerification
import Foundation

/// Gradescope's autograder (`verify FOLDER --format gradescope`, called by
/// autograder/run_autograder): one student's submission folder graded as
/// `grade` grades a student of a class. The sheet is chosen by the same
/// rule (`Discovery`'s sheet formats, `StudentGrader`: a README or a PDF
/// beside the sheet is noted, not graded; two sheets with different
/// verdicts go to review), and a folder with no readable sheet lists every
/// test at 0 of its maximum, so that the maximum is the assignment's for
/// everyone (`GradescopeResults.notGraded`).
public enum GradescopeSubmission {
    /// Gradescope's results.json for the submission in `folder`.
    /// `accuracy` must already be validated against the assignment.
    public static func results(folder: URL, assignment: Assignment, source: AssignmentSource?,
                               accuracy: AccuracyReference? = nil) throws -> String {
        let tree: FolderTree
        do {
            tree = try FolderTree(url: folder)
        } catch {
            throw GradeError(message: (error as? LocalizedError)?.errorDescription ?? "\(error)")
        }
        var submission = Submission(key: StudentKey(folder.lastPathComponent, fromLMS: false))
        Discovery.collect(tree.entries, age: [], drop: 0, into: &submission)
        let part2: Part2References
        let part1: Part1References?
        let scorer: Scorer
        do {
            part2 = try Part2References(assignment)
            part1 = try assignment.part1.map { try Part1References($0, accuracy: accuracy) }
            scorer = try Scorer(assignment: assignment, coverage: Coverage(assignment: assignment, part2: part2, accuracy: accuracy))
        } catch {
            throw GradeError(message: "the assignment cannot be graded: \(error)")
        }
        let grader = StudentGrader(assignment: assignment, source: source, part1: part1, part2: part2,
                                   scorer: scorer, feedback: .full, tree: tree)
        return try grader.grade(submission, overrides: [:], onRoster: true).gradescope
    }
}
