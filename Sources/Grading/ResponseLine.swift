import CoursecheckAssignment
import CoursecheckReporting
import CoursecheckVerification
import Foundation

/// A line of `responses.jsonl`: one student's answer to one check, as read
/// (canonical), its status, points (printed, adding up to the student's
/// total), the exact points (for comparing gradings) and diagnosis notes.
/// `compact` is the fast writer, held equal to the `Codable` form by
/// `GradingJSONTests`; `--previous` reads lines back with `JSONDecoder`.
public struct ResponseLine: Codable, Equatable, Sendable {
    public var answer: String
    public var check: String
    public var diagnosis: [String]
    public var exact: String
    public var maximum: String
    public var points: String
    public var status: String
    public var studentID: String

    enum CodingKeys: String, CodingKey {
        case answer, check, diagnosis, exact, maximum, points, status
        case studentID = "student_id"
    }

    public init(answer: String, check: String, diagnosis: [String], exact: String, maximum: String, points: String,
                status: String, studentID: String) {
        self.answer = answer
        self.check = check
        self.diagnosis = diagnosis
        self.exact = exact
        self.maximum = maximum
        self.points = points
        self.status = status
        self.studentID = studentID
    }

    /// A line an earlier version wrote has no `exact`: its points stand for it.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        answer = try c.decode(String.self, forKey: .answer)
        check = try c.decode(String.self, forKey: .check)
        diagnosis = try c.decode([String].self, forKey: .diagnosis)
        maximum = try c.decode(String.self, forKey: .maximum)
        points = try c.decode(String.self, forKey: .points)
        exact = try c.decodeIfPresent(String.self, forKey: .exact) ?? points
        status = try c.decode(String.self, forKey: .status)
        studentID = try c.decode(String.self, forKey: .studentID)
    }

    /// One line of JSON, keys sorted, ending with a newline.
    public var compact: String {
        var out = "{\"answer\": " + CompactJSON.quote(answer) + ", \"check\": " + CompactJSON.quote(check) + ", \"diagnosis\": ["
        out += diagnosis.map(CompactJSON.quote).joined(separator: ", ")
        out += "], \"exact\": " + CompactJSON.quote(exact) + ", \"maximum\": " + CompactJSON.quote(maximum)
        out += ", \"points\": " + CompactJSON.quote(points) + ", \"status\": " + CompactJSON.quote(status)
        out += ", \"student_id\": " + CompactJSON.quote(studentID) + "}\n"
        return out
    }

    static func lines(_ report: Report, score: SheetScore, printed: PrintedScore, student: String) -> [ResponseLine] {
        var byID: [AnswerID: Check] = [:]
        for check in report.checks where byID[check.id] == nil { byID[check.id] = check }
        var out: [ResponseLine] = []
        for (k, item) in score.checks.enumerated() {
            let check = byID[item.id]
            out.append(ResponseLine(answer: check?.canonical ?? "", check: item.id.description, diagnosis: check?.diagnosis.map(\.note) ?? [],
                                exact: item.points.description, maximum: printed.maxima[k].description, points: printed.points[k].description,
                                status: item.status.rawValue, studentID: student))
        }
        return out
    }
}

/// JSON strings as the canonical writer quotes them (`JSONValue`): most
/// need no escape and are copied whole.
enum CompactJSON {
    static func quote(_ s: String) -> String {
        if !s.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) { return "\"" + s + "\"" }
        return String(JSONValue.string(s).text.dropLast())
    }
}
