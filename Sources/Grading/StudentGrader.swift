import CoursecheckAssignment
import CoursecheckMaths
import CoursecheckReading
import CoursecheckReporting
import CoursecheckVerification
import Foundation

/// Grades one submission: finds its sheet among the student's files, reads
/// and checks it with references computed once for the class, scores it,
/// and renders the student's files.
struct StudentGrader: Sendable {
    let assignment: Assignment
    let source: AssignmentSource?
    let part1: Part1References?
    let part2: Part2References
    let scorer: Scorer
    let feedback: Feedback
    let tree: any SubmissionTree

    struct Output: Sendable {
        var grade: StudentGrade
        var file: String
        var markdown: String?
        var json: String?
        var gradescope: String
        var responses: [ResponseLine]
    }

    /// What one file turned out to be.
    enum Reading {
        case sheet(Report)
        /// No answer can be recognised in it: not a sheet (notes, a cover page).
        case notASheet(String)
        case unreadable(String)
    }

    func read(_ candidate: Candidate) -> Reading {
        do {
            let (data, size) = try tree.read(candidate.entry, limit: SheetDocument.readLimit(name: candidate.name))
            let document = try SheetDocument.read(data: data, name: candidate.name, size: size)
            return .sheet(try Verifier.verify(document: document, assignment: assignment, source: source, references: part2, part1References: part1))
        } catch let error as SheetError {
            if case .noAnswers = error { return .notASheet(error.errorDescription ?? "no recognisable answers") }
            return .unreadable(error.errorDescription ?? "\(error)")
        } catch {
            return .unreadable((error as? LocalizedError)?.errorDescription ?? "\(error)")
        }
    }

    /// The latest readable sheet is graded. Files are tried latest first:
    /// a later file that cannot be read, or a later document in a format
    /// that is not read (PDF, .odt, an image), sends the student to review
    /// (the earlier sheet is graded provisionally); a later file in which
    /// no answer is recognised (notes) does not. A file of the same age
    /// that reads as a sheet with other verdicts sends them to review too;
    /// earlier sheets are superseded and not read.
    func grade(_ submission: Submission, overrides: [AnswerID: Overrides.Entry], onRoster: Bool) throws -> Output {
        var grade = StudentGrade(key: submission.key, status: .graded, review: submission.review, notes: submission.notes)
        grade.name = submission.name
        grade.email = submission.email
        if !onRoster { grade.notes.append("not on the roster") }
        var chosen: (candidate: Candidate, report: Report)?
        var unreadable: [(age: [Int], why: String)] = []
        var notSheets: [String] = []
        for candidate in submission.candidates {
            if let chosen, candidate.age != chosen.candidate.age {
                grade.notes.append("superseded by \(chosen.candidate.name): \(candidate.name) (an earlier submission, not graded)")
                continue
            }
            switch read(candidate) {
            case .sheet(let report):
                guard let first = chosen else {
                    chosen = (candidate, report)
                    let later = unreadable.filter { $0.age != candidate.age }.map(\.why)
                        + submission.others.filter { $0.age.map { candidate.age.lexicographicallyPrecedes($0) } ?? false }
                            .map { "\($0.name): \($0.reason)" }
                    if !later.isEmpty {
                        grade.review.append("a later file cannot be read (\(later.joined(separator: "; "))); \(candidate.name) is graded provisionally")
                    }
                    grade.notes += unreadable.filter { $0.age == candidate.age }.map { "\($0.why) (not graded)" }
                    continue
                }
                let differences = StudentGrader.differences(first.report, report)
                if differences.isEmpty {
                    grade.notes.append("\(candidate.name) is another sheet with the same verdicts (not graded)")
                } else {
                    grade.review.append("\(first.candidate.name) and \(candidate.name) are sheets of the same submission with different verdicts "
                        + "(\(differences.prefix(3).joined(separator: ", "))\(differences.count > 3 ? ", …" : "")); \(first.candidate.name) is graded provisionally")
                }
            case .notASheet(let why):
                notSheets.append(why)
                grade.notes.append("\(why) (not a sheet)")
            case .unreadable(let why):
                if chosen == nil { unreadable.append((candidate.age, why)) } else { grade.notes.append("\(why) (not graded)") }
            }
        }
        for other in submission.others { grade.notes.append("\(other.name): \(other.reason)") }
        let file = submission.fileName
        guard let (candidate, report) = chosen else {
            grade.status = .unreadable
            grade.review.insert(contentsOf: !unreadable.isEmpty ? unreadable.map(\.why) : !notSheets.isEmpty ? notSheets : [submission.problem ?? "no sheet"], at: 0)
            let notGraded = try GradescopeResults.notGraded(grade.reviewReason, scorer: scorer)
            return Output(grade: grade, file: file, markdown: StudentFiles.unreadableMarkdown(grade), json: nil,
                          gradescope: notGraded.jsonValue.text, responses: [])
        }
        grade.notes.insert("graded: \(candidate.name)", at: 0)
        let score = try scorer.score(report, overrides: overrides)
        grade.score = score
        grade.review += score.review.map(\.description)
        if !grade.review.isEmpty { grade.status = .needsReview }
        for check in report.checks where check.status == .incorrect || check.status == .inconsistent {
            grade.wrong[check.id] = (check.canonical, check.diagnosis.map { "\($0.note): \($0.explanation)" })
        }
        let shown = feedback == .full ? report : StudentGrader.verdictsOnly(report)
        let printed = try PrintedScore(score)
        let files = StudentFiles(report: shown, score: score, printed: printed, grade: grade)
        return Output(grade: grade, file: file, markdown: files.markdown(), json: files.json().text,
                      gradescope: GradescopeResults(shown, score: score, printed: printed, status: grade.status).jsonValue.text,
                      responses: ResponseLine.lines(report, score: score, printed: printed, student: submission.key.value))
    }

    /// The checks whose verdicts differ between two readings.
    static func differences(_ a: Report, _ b: Report) -> [String] {
        let other = Dictionary(b.checks.map { ($0.id, $0.status) }, uniquingKeysWith: { x, _ in x })
        var out: [String] = []
        var seen = Set<AnswerID>()
        for check in a.checks where seen.insert(check.id).inserted && other[check.id] != check.status {
            out.append("\(check.id): \(check.status.rawValue) vs \(other[check.id]?.rawValue ?? "absent")")
        }
        for check in b.checks where !seen.contains(check.id) && seen.insert(check.id).inserted {
            out.append("\(check.id): absent vs \(check.status.rawValue)")
        }
        return out
    }

    /// The report without what reveals the expected answers.
    static func verdictsOnly(_ report: Report) -> Report {
        let checks = report.checks.map { check -> Check in
            var c = check
            c.expected = ""
            c.evidence = check.status == .unparsable || check.status == .missing ? check.evidence : ""
            c.diagnosis = []
            return c
        }
        return Report(sheet: report.sheet, assignment: report.assignment, checks: checks)
    }
}

/// A score as printed: per check, points and maxima that add up to the
/// printed total and maximum (`Apportion.pairs`), and the percent.
struct PrintedScore: Sendable {
    var points: [Cents]
    var maxima: [Cents]
    var total: Cents
    var maximum: Cents
    var percent: Cents

    init(_ score: SheetScore) throws {
        let pairs = try Apportion.pairs(points: score.checks.map(\.points), maxima: score.checks.map(\.maximum))
        points = pairs.points
        maxima = pairs.maxima
        total = pairs.total
        maximum = pairs.maximum
        percent = try score.percent()
    }
}
