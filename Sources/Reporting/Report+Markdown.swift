import CoursecheckVerification
import Foundation

extension Report {
    /// GitHub-flavoured Markdown for people: the summary and every answer
    /// that does not hold first, then a table per question.
    public func markdown() -> String {
        var out = "# coursecheck report\n\n"
        out += "Sheet: `\(sheet)`\n\n"
        if let assignment { out += "Assignment: \(assignment.description)\n\n" }
        out += "## Summary\n\n"
        out += "| Status | Count |\n|---|---:|\n"
        for status in Status.allCases {
            out += "| \(Report.badge(status)) | \(summary.count(status)) |\n"
        }
        let failing = checks.filter { $0.status.fails }
        if failing.isEmpty {
            out += "\nEvery answer holds.\n"
        } else {
            out += "\nAnswers that do not hold:\n\n"
            // Unparsable answers that share a reason: one line for them all.
            let shared = sharedCauses
            let grouped = Set(shared.flatMap(\.checks))
            for cause in shared {
                let ids = cause.checks.prefix(6).map { "`\($0)`" }.joined(separator: ", ") + (cause.checks.count > 6 ? ", …" : "")
                out += "- \(cause.checks.count) answers unparsable: \(cause.reason) (first at \(cause.first)): \(ids)\n"
            }
            // A question with nothing written: one line for its answers.
            var silent: [String: [Check]] = [:]
            for check in checks { silent[check.question, default: []].append(check) }
            let empty = Set(silent.filter { $0.value.count > 1 && $0.value.allSatisfy { $0.status == .missing } }.keys)
            var listed = Set<String>()
            for check in failing where !grouped.contains(check.id) {
                if empty.contains(check.question) {
                    if listed.insert(check.question).inserted {
                        out += "- \(check.question): nothing written (\(silent[check.question]!.count) answers missing)\n"
                    }
                    continue
                }
                out += "- `\(check.id)` — \(check.status.rawValue)"
                if !check.carriedFrom.isEmpty {
                    out += " (carried from " + check.carriedFrom.map { "`\($0)`" }.joined(separator: ", ") + ")"
                }
                out += "\n"
            }
        }
        let diagnosed = checks.filter { !$0.diagnosis.isEmpty }
        if !diagnosed.isEmpty {
            out += "\nWhat went wrong:\n\n"
            for check in diagnosed {
                out += "- `\(check.id)`: " + check.diagnosis.map { "\($0.explanation) (\($0.note))" }.joined(separator: "; or ") + "\n"
            }
        }
        // The checks by question, in the order questions first appear: each heading made once.
        var questions: [String] = []
        var byQuestion: [String: [Check]] = [:]
        for check in checks {
            let question = check.question
            if byQuestion[question] == nil { questions.append(question) }
            byQuestion[question, default: []].append(check)
        }
        for question in questions {
            out += "\n## \(question)\n\n"
            out += "| Answer | Claimed | Expected | Verdict | Evidence |\n|---|---|---|---|---|\n"
            for check in byQuestion[question]! {
                // Part I holds numbers and names, Part II mathematics.
                let format = check.id.question.part == 2 ? Report.math : Report.cell
                let cells = [
                    "`\(check.id)`", format(check.claimed), format(check.expected),
                    Report.badge(check.status), Report.cell(check.evidence + Report.carried(check) + Report.diagnosis(check)),
                ]
                out += "| " + cells.joined(separator: " | ") + " |\n"
            }
        }
        return out
    }

    static func badge(_ status: Status) -> String {
        switch status {
        case .correct: "✅ correct"
        case .incorrect: "❌ incorrect"
        case .inconsistent: "⚠️ inconsistent"
        case .unverifiable: "➖ unverifiable"
        case .missing: "⭕ missing"
        case .unparsable: "❓ unparsable"
        }
    }

    /// The slips a wrong answer fits, or that none does.
    static func diagnosis(_ check: Check) -> String {
        // A report without evidence (feedback with verdicts only) says nothing of slips either.
        guard check.status == .incorrect || !check.carriedFrom.isEmpty, !check.evidence.isEmpty else { return "" }
        guard !check.diagnosis.isEmpty else { return " Diagnosis: \(Diagnosis.noKnownSlip)." }
        return " Diagnosis: " + check.diagnosis.map { "\($0.note): \($0.explanation)" }.joined(separator: "; ") + "."
    }

    static func carried(_ check: Check) -> String {
        check.carriedFrom.isEmpty ? "" : " Carried from: " + check.carriedFrom.joined(separator: ", ") + "."
    }

    /// Math in `$…$`; a `|` would end the table cell, so it is escaped.
    static func math(_ text: String) -> String {
        guard !text.isEmpty else { return "—" }
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "|") || $0 == UInt8(ascii: "$") }) else { return "$" + text + "$" }
        return "$" + text.replacingOccurrences(of: "|", with: "\\vert ").replacingOccurrences(of: "$", with: "\\$") + "$"
    }

    static func cell(_ text: String) -> String {
        guard !text.isEmpty else { return "—" }
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "|") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }) else { return text }
        // `|` escaped; a line end (`\n`, `\r\n` or `\r`) becomes one space.
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 8)
        var previous: UInt8 = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "|"): out.append(contentsOf: [UInt8(ascii: "\\"), byte])
            case UInt8(ascii: "\n") where previous == UInt8(ascii: "\r"): break
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"): out.append(UInt8(ascii: " "))
            default: out.append(byte)
            }
            previous = byte
        }
        return String(decoding: out, as: UTF8.self)
    }
}
