import CoursecheckAssignment
import Foundation
import CoursecheckModels
import CoursecheckReading
import CoursecheckTraining

/// Checks Part I's table: each parameter count against the inventory of the
/// instantiated model, the sizes under which all the counts hold at once,
/// and each accuracy for what can be said of it.
public struct Part1Checker {
    public let part: Assignment.RecurrentPart
    public let references: Part1References

    /// `references` computed from `part` when not given.
    public init(part: Assignment.RecurrentPart, references: Part1References? = nil) throws {
        self.part = part
        self.references = try references ?? Part1References(part)
    }

    public func checks(for sheet: ParsedSheet) throws -> [Check] {
        var checks: [Check] = []
        var claims: [(ModelSpec, Int)] = []
        for spec in part.models {
            let (own, other) = references.inventories[spec.slug]!
            let check = parameterCheck(spec, own: own, other: other, sheet: sheet)
            if check.status == .correct || check.status == .incorrect,
               let n = sheet.models[spec.slug]?.lazy.compactMap(\.parameters?.value).first {
                claims.append((spec, Int(n)))
            }
            checks.append(check)
        }
        if !claims.isEmpty { checks.append(sizesCheck(claims)) }
        let scale = AccuracyScale(sheet)
        checks += part.models.map { accuracyCheck($0, sheet: sheet, scale: scale) }
        let known = Set(part.models.map(\.slug))
        for slug in sheet.modelOrder where !known.contains(slug) {
            let row = sheet.models[slug]![0]
            let names = part.models.map(\.name).joined(separator: ", ")
            checks.append(Check(id: .parameters(slug), status: .unparsable,
                                claimed: row.parameters?.text ?? "",
                                evidence: "\(sheet.place(row.location)): no model named '\(row.name)' in the assignment (\(names))."))
        }
        return checks
    }

    /// Why the entries a model's rows give for one answer contradict each
    /// other (the model listed twice with different values), or nil when
    /// they agree: the same answer given twice is one answer.
    static func conflict(_ entries: [ModelClaim.Entry], sheet: ParsedSheet) -> String? {
        guard let first = entries.first,
              let other = entries.dropFirst().first(where: { $0.value != first.value || ($0.value == nil && $0.text != first.text) })
        else { return nil }
        return "answered twice with different answers: \(sheet.place(first.location)) and \(sheet.place(other.location))."
    }
}

/// Part I's references: the inventory of every instantiated model under
/// the assignment's bias convention and the other one, computed once (a
/// class of sheets shares them).
public struct Part1References: Sendable {
    public let inventories: [String: (own: ParameterInventory, other: ParameterInventory)]
    /// The accuracies of the encoders trained on the course's data, when a
    /// reference was given (`verify --accuracy-reference`), already checked
    /// against the assignment (`AccuracyCheck.validate`).
    public let accuracy: AccuracyReference?
    private let solved = SolutionCache()

    /// The sizes under which `claims` hold at once (`SizeInference`),
    /// searched once per distinct set of claims: a class mostly claims the
    /// same counts.
    func sizeSolutions(_ claims: [(ModelSpec, Int)]) -> [SizeInference.Solution] {
        let key = claims.map { "\($0.0.slug)=\($0.1)" }.joined(separator: ",")
        if let known = solved.lock.withLock({ solved.table[key] }) { return known }
        let solutions = SizeInference.solutions(claims: claims)
        solved.lock.withLock { if solved.table.count < 10_000 { solved.table[key] = solutions } }
        return solutions
    }

    /// Shared between threads; a bounded memo.
    final class SolutionCache: @unchecked Sendable {
        let lock = NSLock()
        var table: [String: [SizeInference.Solution]] = [:]
    }

    public init(_ part: Assignment.RecurrentPart) throws {
        // Not a delegating init: an unapplied reference to one
        // (`.map(Part1References.init)`, as Grading makes them) crashed
        // on `solved` in a release build of Swift 6.3.1.
        inventories = try Self.inventories(part)
        accuracy = nil
    }

    public init(_ part: Assignment.RecurrentPart, accuracy: AccuracyReference?) throws {
        inventories = try Self.inventories(part)
        self.accuracy = accuracy
    }

    private static func inventories(_ part: Assignment.RecurrentPart) throws -> [String: (own: ParameterInventory, other: ParameterInventory)] {
        var table: [String: (own: ParameterInventory, other: ParameterInventory)] = [:]
        for spec in part.models {
            table[spec.slug] = (
                try ParameterInventory.of(spec, inputSize: part.inputSize, hiddenSize: part.hiddenSize, bias: part.bias),
                try ParameterInventory.of(spec, inputSize: part.inputSize, hiddenSize: part.hiddenSize, bias: part.bias.other))
        }
        return table
    }
}
