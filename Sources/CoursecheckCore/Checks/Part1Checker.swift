/// Checks Part I's table: each parameter count against the inventory of the
/// instantiated model, the sizes under which all the counts hold at once,
/// and each accuracy for what can be said of it.
public struct Part1Checker {
    public let part: Assignment.RecurrentPart

    public init(part: Assignment.RecurrentPart) {
        self.part = part
    }

    static let parametersTitle = "Part I · Parameters in the RNN/LSTM layers"
    static let accuracyTitle = "Part I · Test accuracy"

    public func checks(for sheet: ParsedSheet) throws -> [Check] {
        var checks: [Check] = []
        var claims: [(ModelSpec, Int)] = []
        for spec in part.models {
            let own = try ParameterInventory.of(spec, inputSize: part.inputSize, hiddenSize: part.hiddenSize, bias: part.bias)
            let other = try ParameterInventory.of(spec, inputSize: part.inputSize, hiddenSize: part.hiddenSize,
                                                  bias: part.bias.other)
            let check = parameterCheck(spec, own: own, other: other, sheet: sheet)
            if check.status == .correct || check.status == .incorrect, let n = sheet.models[spec.slug]?.parameters?.value {
                claims.append((spec, Int(n)))
            }
            checks.append(check)
        }
        if !claims.isEmpty { checks.append(sizesCheck(claims)) }
        checks += part.models.map { accuracyCheck($0, sheet: sheet) }
        let known = Set(part.models.map(\.slug))
        for slug in sheet.modelOrder where !known.contains(slug) {
            let row = sheet.models[slug]!
            let names = part.models.map(\.name).joined(separator: ", ")
            checks.append(Check(id: "part1.params.\(slug)", question: Part1Checker.parametersTitle, status: .unparsable,
                                claimed: row.parameters?.text ?? "",
                                evidence: "\(sheet.path):\(row.location): no model named '\(row.name)' in the assignment (\(names))."))
        }
        return checks
    }

    private func accuracyCheck(_ spec: ModelSpec, sheet: ParsedSheet) -> Check {
        let id = "part1.accuracy.\(spec.slug)"
        let title = Part1Checker.accuracyTitle
        guard let cell = sheet.models[spec.slug]?.accuracy else {
            return Check(id: id, question: title, status: .missing, expected: "0–100 %", evidence: "no accuracy found in the sheet.")
        }
        guard let value = cell.value else {
            return Check(id: id, question: title, status: .unparsable, claimed: cell.text, expected: "0–100 %",
                         evidence: "\(sheet.path):\(cell.location): not a percentage.")
        }
        guard (0...100).contains(value) else {
            return Check(id: id, question: title, status: .incorrect, claimed: cell.text, expected: "0–100 %",
                         evidence: "an accuracy must lie between 0 and 100 %.")
        }
        return Check(id: id, question: title, status: .unverifiable, claimed: cell.text, expected: "0–100 %",
                     evidence: "plausible (within 0–100 %); the dataset and the training run are not part of the sheet, so the value itself cannot be checked.")
    }
}
