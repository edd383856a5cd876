import CoursecheckAssignment
import CoursecheckMaths
import CoursecheckVerification

/// What a student is shown: everything, or verdicts only (no expected
/// answers, no evidence or diagnosis that would reveal them), for feedback
/// released before everyone's deadline has passed.
public enum Feedback: String, Sendable, CaseIterable {
    case full
    case verdicts
}

/// A student's status in the class outputs.
public enum StudentStatus: String, Sendable, CaseIterable, Codable {
    case graded
    case needsReview = "needs_review"
    case noSubmission = "no_submission"
    case unreadable
}

/// One student's outcome, compact enough to keep for a chunk of the class:
/// the score, and what the class report groups.
public struct StudentGrade: Sendable {
    public var key: StudentKey
    public var status: StudentStatus
    public var score: SheetScore?
    /// Why a grader must look (review items, or why nothing can be graded).
    public var review: [String]
    /// What a grader may want to know although it is graded: the file
    /// graded, files superseded or not read, a group.
    public var notes: [String]
    /// Check → the answer as read (canonical) and its diagnosis notes, for
    /// wrong answers only.
    public var wrong: [AnswerID: (answer: String, diagnoses: [String])] = [:]
    /// Name and email the download gave (Gradescope).
    public var name: String?
    public var email: String?

    public init(key: StudentKey, status: StudentStatus, score: SheetScore? = nil, review: [String] = [], notes: [String] = []) {
        self.key = key
        self.status = status
        self.score = score
        self.review = review
        self.notes = notes
    }

    public var reviewReason: String { review.joined(separator: "; ") }
}
