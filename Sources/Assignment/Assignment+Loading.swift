import Foundation

/// Why an assignment file cannot be used.
public struct AssignmentError: LocalizedError, Equatable, Sendable {
    public var path: String
    public var message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    public var errorDescription: String? { "\(path): \(message)" }
}

extension Assignment {
    /// Reads and validates an assignment file.
    public static func load(from path: String) throws -> Assignment {
        try decode(read(path), path: path)
    }

    static func read(_ path: String) throws -> Data {
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw AssignmentError(path: path, message: "cannot read the assignment file (\(error.localizedDescription))")
        }
    }

    /// Decodes and validates assignment JSON; `path` names it in errors.
    public static func decode(_ data: Data, path: String) throws -> Assignment {
        let assignment: Assignment
        do {
            assignment = try JSONDecoder().decode(Assignment.self, from: data)
        } catch let error as DecodingError {
            if case .dataCorrupted(let context) = error, context.codingPath.isEmpty {
                throw syntaxError(data, path: path)
            }
            throw AssignmentError(path: path, message: describe(error))
        } catch {
            throw AssignmentError(path: path, message: "not valid JSON")
        }
        if let problem = assignment.problem {
            throw AssignmentError(path: path, message: problem)
        }
        return assignment
    }

    /// The first way the assignment breaks its rules, if any.
    var problem: String? {
        let p = part2
        let r = reference
        if schema != Assignment.schemaName { return "schema must be \"\(Assignment.schemaName)\", found \"\(schema)\"" }
        if let problem = part1?.problem { return problem }
        if let problem = points?.problem { return problem }
        if !(3...1000).contains(p.samples) { return "part2.samples must be from 3 to 1000, found \(p.samples)" }
        if p.labels.count != p.samples { return "part2.labels has \(p.labels.count) entries for \(p.samples) samples" }
        if Set(p.labels).count < 2 { return "part2.labels must name at least two classes" }
        if !(p.margin > 0 && p.margin.isFinite) { return "part2.margin must be a finite number > 0, found \(p.margin)" }
        if p.triplets.count > 100 { return "part2.triplets has \(p.triplets.count) entries, at most 100" }
        for (k, t) in p.triplets.enumerated() {
            if t.count != 3 { return "part2.triplets[\(k)] must have 3 entries, found \(t.count)" }
            if let bad = t.first(where: { !(1...p.samples).contains($0) }) {
                return "part2.triplets[\(k)] names sample \(bad), outside 1…\(p.samples)"
            }
            if !p.isValid(t) { return "part2.triplets[\(k)] = \(t) is not a valid triplet (anchor and positive in one class, negative in another)" }
        }
        if !(1...64).contains(r.draws) { return "reference.draws must be from 1 to 64, found \(r.draws)" }
        if !(4...64).contains(r.dimension) { return "reference.dimension must be from 4 to 64, found \(r.dimension)" }
        if !(r.step > 0 && r.step < 1) { return "reference.step must be in (0, 1), found \(r.step)" }
        if !(r.tolerance > 0 && r.tolerance < 1) { return "reference.tolerance must be in (0, 1), found \(r.tolerance)" }
        return nil
    }

    /// Foundation's parser says what is wrong and at which character; the
    /// message gives it as line and column.
    private static func syntaxError(_ data: Data, path: String) -> AssignmentError {
        var reason = "not valid JSON"
        var offset = data.count
        do {
            _ = try JSONSerialization.jsonObject(with: data)
        } catch {
            let detail = ((error as NSError).userInfo["NSDebugDescription"] as? String) ?? ""
            if !detail.isEmpty { reason += ": " + detail.trimmingCharacters(in: CharacterSet(charactersIn: ".")) }
            if let range = detail.range(of: #"character (\d+)"#, options: .regularExpression),
               let n = Int(detail[range].dropFirst("character ".count)) {
                offset = min(n, data.count)
            }
        }
        var line = 1, column = 1
        for byte in data.prefix(offset) {
            if byte == 0x0A { line += 1; column = 1 } else if byte & 0xC0 != 0x80 { column += 1 }
        }
        return AssignmentError(path: "\(path):\(line):\(column)", message: reason)
    }

    private static func describe(_ error: DecodingError) -> String {
        func path(_ codingPath: [any CodingKey]) -> String {
            codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined().drop { $0 == "." }.description
        }
        switch error {
        case .keyNotFound(let key, let context):
            let parent = path(context.codingPath)
            return "missing field \(parent.isEmpty ? "" : parent + ".")\(key.stringValue)"
        case .typeMismatch(let type, let context), .valueNotFound(let type, let context):
            return "\(path(context.codingPath)) must be of type \(type)"
        case .dataCorrupted(let context):
            return context.codingPath.isEmpty ? "not valid JSON" : "\(path(context.codingPath)) is malformed"
        @unknown default:
            return "cannot be decoded"
        }
    }
}
