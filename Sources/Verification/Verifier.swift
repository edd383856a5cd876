import CoursecheckAssignment
import CoursecheckNotation
import CoursecheckReading
import Foundation

/// Verifies a sheet end to end: read, parse, compute the references, check.
public enum Verifier {
    /// The report for the sheet at `sheetPath`.
    ///
    /// Throws `SheetError` when the sheet cannot be used at all (unreadable,
    /// not text, too large, no recognisable answers); everything else becomes
    /// a check in the report.
    ///
    /// `part1References` (computed when not given) may carry an accuracy
    /// reference, against which Part I's accuracies are judged.
    public static func verify(sheetPath: String, assignment: Assignment, source: AssignmentSource? = nil,
                              part1References: Part1References? = nil) throws -> Report {
        var document = try SheetDocument.read(path: sheetPath)
        document.path = displayPath(sheetPath)
        return try verify(document: document, assignment: assignment, source: source, part1References: part1References)
    }

    /// The report for a sheet already read; `document.path` names it in the
    /// report. `references` are computed from the assignment when not given;
    /// `table` is the command table its maths is read with (tests remove an
    /// entry to show the reading needs it).
    public static func verify(document: SheetDocument, assignment: Assignment, source: AssignmentSource? = nil,
                              references: Part2References? = nil, part1References: Part1References? = nil,
                              table: CommandTable = .standard) throws -> Report {
        try verify(parsed: parse(document, assignment: assignment, table: table), assignment: assignment, source: source,
                   references: references, part1References: part1References)
    }

    /// The claims of a sheet, read for `assignment` with `table`.
    public static func parse(_ document: SheetDocument, assignment: Assignment, table: CommandTable = .standard) -> ParsedSheet {
        SheetParser(part: assignment.part2, models: assignment.part1?.models.map(\.name) ?? [], table: table).parse(document)
    }

    /// The report for a sheet's claims, as `parse` read them.
    public static func verify(parsed: ParsedSheet, assignment: Assignment, source: AssignmentSource? = nil,
                              references: Part2References? = nil, part1References: Part1References? = nil) throws -> Report {
        let sheetPath = parsed.path
        let answers = parsed.sections.contains { $0.question != nil } || !parsed.models.isEmpty
        guard answers else { throw SheetError.noAnswers(path: sheetPath) }
        var checks: [Check] = []
        if let part1 = assignment.part1 {
            checks += try Part1Checker(part: part1, references: part1References).checks(for: parsed)
        }
        checks += try Part2Checker(assignment: assignment, references: references).checks(for: parsed)
        checks = unreadInsteadOfMissing(checks, parsed)
        checks = missingWithWhatWasNotRead(checks, parsed)
        // Problems that belong to no check come last, one `unparsable` check
        // each (the first problem at a place).
        var known = Set(checks.map(\.id))
        for problem in parsed.problems where known.insert(problem.id).inserted {
            var check = Check(id: problem.id, status: .unparsable,
                              evidence: "\(parsed.place(problem.location)): \(problem.message)")
            check.cause = Check.Cause(reason: problem.reason, place: parsed.place(problem.location))
            checks.append(check)
        }
        return Report(sheet: sheetPath, assignment: source, checks: checks)
    }

    /// `missing` means nothing was written. An answer not found in a question
    /// whose text could not all be read may be in that text: it is
    /// `unparsable`, and says where the unread text is.
    static func unreadInsteadOfMissing(_ checks: [Check], _ parsed: ParsedSheet) -> [Check] {
        // Text placed nowhere, or a calculation of a count that could not be
        // read (the count may be its last side).
        let unread = Dictionary(grouping: parsed.problems.filter {
            switch $0.id.item {
            case .unplaced, .reasoning: true
            default: false
            }
        }, by: \.id.question)
        return checks.map { check in
            guard check.status == .missing else { return check }
            // Question 5's own text, under no part, may hold any part's answers.
            var problems = unread[check.id.question] ?? []
            if case .partII(5, _?) = check.id.question { problems += unread[.question(5)] ?? [] }
            guard let first = problems.first else { return check }
            let more = problems.count > 1 ? " (and \(problems.count - 1) more place\(problems.count > 2 ? "s" : ""))" : ""
            var unparsable = check
            unparsable.status = .unparsable
            unparsable.evidence = "no answer was read for it, but text of \(first.id.question.heading) could not be read, "
                + "which may hold it: \(parsed.place(first.location)): \(first.message)\(more)"
            unparsable.cause = Check.Cause(reason: "text of its question could not be read", place: parsed.place(first.location))
            return unparsable
        }
    }

    /// A missing answer in a question where something was left out (an
    /// HTML comment, a hidden element, an image, a LaTeX comment, a code
    /// cell) says so: the student may have put the answer where no reader
    /// sees it.
    static func missingWithWhatWasNotRead(_ checks: [Check], _ parsed: ParsedSheet) -> [Check] {
        guard !parsed.omitted.isEmpty else { return checks }
        return checks.map { check in
            guard check.status == .missing, let omitted = parsed.omitted[check.id.question], let first = omitted.first else { return check }
            var kinds: [String] = []
            for o in omitted where !kinds.contains(o.kind.rawValue) { kinds.append(o.kind.rawValue) }
            var result = check
            result.evidence += (result.evidence.isEmpty ? "" : "; ") + "not read in \(check.id.question.heading), as no reader sees it: "
                + kinds.joined(separator: ", ") + " (first at \(parsed.place(first.location)))"
            return result
        }
    }

    /// A path as reports print it: relative to the working directory when it
    /// lies below it, so that reports carry no absolute paths.
    public static func displayPath(_ path: String) -> String {
        guard path.hasPrefix("/") else { return path }
        let cwd = FileManager.default.currentDirectoryPath
        let prefix = cwd.hasSuffix("/") ? cwd : cwd + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
}
