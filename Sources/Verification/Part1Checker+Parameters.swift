import CoursecheckAssignment
import CoursecheckModels
import CoursecheckNumerics
import CoursecheckReading

extension Part1Checker {
    func parameterCheck(_ spec: ModelSpec, own: ParameterInventory, other: ParameterInventory, sheet: ParsedSheet) -> Check {
        let id = AnswerID.parameters(spec.slug)
        let expected = Grouping.thousands(own.parameters)
        let breakdown = Part1Checker.breakdown(own, spec: spec, bias: part.bias)
        var rows = sheet.models[spec.slug] ?? []
        // A correction's count (`Correction: RNN: the count is 80,400`)
        // is the answer; the rows before it, which it corrects, are
        // withdrawn (a row after it is a second answer).
        if let k = rows.lastIndex(where: { $0.corrects && $0.parameters != nil }) {
            let at = rows[k].location
            rows = rows.filter { $0.location >= at }
        }
        if let conflict = Part1Checker.conflict(rows.compactMap(\.parameters), sheet: sheet) {
            return Check(id: id, status: .inconsistent, claimed: rows.compactMap(\.parameters?.text).joined(separator: "; "),
                         expected: expected, evidence: conflict)
        }
        guard let cell = rows.first(where: { $0.parameters != nil })?.parameters else {
            return Check(id: id, status: .missing, expected: expected, evidence: "no count found in the sheet; " + breakdown + ".")
        }
        guard let value = cell.value else {
            return Check(id: id, status: .unparsable, claimed: cell.text, expected: expected,
                         evidence: "\(sheet.place(cell.location)): not a whole number"
                            + (cell.heading.map { " written as a plain number in the unit of its header '\($0)'" } ?? "") + ".")
        }
        let claimed = Int(value)
        // A count said to be of one direction or one level of a model that
        // has two: not the model's total, and whether the student meant it
        // so is for a person.
        // (A count wrong either way, neither the total nor one direction's
        // half of it, is wrong: read on.)
        let neither = cell.share == .direction && claimed != own.parameters && 2 * claimed != own.parameters
        if let share = cell.share, share == .direction ? spec.bidirectional : spec.levels > 1, !neither {
            var check = Check(id: id, status: .unparsable, claimed: cell.text, expected: expected,
                              evidence: "\(sheet.place(cell.location)): \"\(cell.text)\" is said to be per \(share.rawValue) of a model with "
                                + (share == .direction ? "two directions" : "\(spec.levels) levels")
                                + ", not its total: for a person to decide; " + breakdown + ".")
            check.cause = Check.Cause(reason: "a count per \(share.rawValue), not the model's total", place: sheet.place(cell.location))
            return check
        }
        // The right count after working that does not come to it: which the
        // student meant is for a person (a wrong count is wrong either way).
        if let working = cell.workingAgainst, claimed == own.parameters {
            var check = Check(id: id, status: .unparsable, claimed: cell.text, expected: expected,
                              evidence: "\(sheet.place(cell.location)): the working before the count, \(working), does not come to it: "
                                + "a right count with false working is for a person; " + breakdown + ".")
            check.cause = Check.Cause(reason: "a count whose working does not come to it", place: sheet.place(cell.location))
            return check
        }
        // A figure in its header's unit (`0.06` under `(M)`) or abbreviated
        // (`0.06M`) states the count only to its last digit. When the right
        // count rounds or cuts to it without equalling it, a slip that the
        // figure equals (60,000: no bias) is a coincidence, never named.
        let step = cell.step ?? TableRow.statedStep(cell.text)
        let rounded = step > 1 && claimed != own.parameters && (-step..<2 * step).contains(2 * (own.parameters - claimed))
        // Under a unit header, whether it was counted so or rounded cannot
        // be told at all: for a person to decide.
        if rounded, let heading = cell.heading {
            var check = Check(id: id, status: .unparsable, claimed: cell.text, expected: expected,
                              evidence: "\(sheet.place(cell.location)): \"\(cell.text)\" under the header '\(heading)' states the count "
                                + "only to the nearest \(Grouping.thousands(step)) (\(Grouping.thousands(claimed))), and the instantiated model's "
                                + "\(expected) rounds or cuts to it: a rounded count or a wrong one cannot be told apart; " + breakdown + ".")
            check.cause = Check.Cause(reason: "a count in its header's unit, rounded or not", place: sheet.place(cell.location))
            return check
        }
        var evidence = breakdown
        if let heading = cell.heading {
            // A figure in the unit its column's header names (`60.4` under `Parameters (×10³)`).
            evidence = "\"\(cell.text)\" under the header '\(heading)' read as \(Grouping.thousands(claimed)); " + evidence
        } else if cell.text.contains(where: { "kKMeE.^×".contains($0) }) {
            // An abbreviation is read as what it states, rounded or not.
            evidence = "\"\(cell.text)\" read as \(Grouping.thousands(claimed)); " + evidence
        }
        if rounded {
            evidence += "; it states the count only to the nearest \(Grouping.thousands(step)), to which \(expected) rounds or cuts: no slip is named from it"
        } else if claimed != own.parameters, claimed == other.parameters {
            evidence += "; the claim matches the \(part.bias.other.label) count instead"
        }
        var check = Check(id: id, status: claimed == own.parameters ? .correct : .incorrect,
                          claimed: Grouping.thousands(claimed), expected: expected, evidence: evidence + ".")
        if !rounded {
            let context = ParameterSlipContext(spec: spec, input: part.inputSize, hidden: part.hiddenSize, bias: part.bias)
            check.diagnosis = ParameterSlips.catalogue.diagnose(claimed, reference: ParameterVariant(spec, bias: part.bias), context: context)
        }
        return check
    }

    /// Per level: directions × (tensor shapes) = subtotal, then the total.
    static func breakdown(_ inventory: ParameterInventory, spec: ModelSpec, bias: BiasConvention) -> String {
        let levels = inventory.perLevel.enumerated().map { level, total -> String in
            let one = inventory.tensors.filter { $0.level == level && $0.direction == "forward" }
            let shapes = one.map { "\($0.name) \($0.shape.map(String.init).joined(separator: "×"))" }.joined(separator: " + ")
            return "level \(level): \(spec.directions.count) × (\(shapes)) = \(Grouping.thousands(total))"
        }
        return "instantiated model (\(bias.label)): " + levels.joined(separator: "; ")
            + "; total \(Grouping.thousands(inventory.parameters))"
    }

    /// Every size under which all parsed counts hold at once.
    func sizesCheck(_ claims: [(ModelSpec, Int)]) -> Check {
        let own = SizeInference.Solution(inputSize: part.inputSize, hiddenSize: part.hiddenSize, bias: part.bias)
        let solutions = references.sizeSolutions(claims)
        let listed = solutions.prefix(20).map(\.description).joined(separator: "; ") + (solutions.count > 20 ? "; …" : "")
        let status: Status
        let evidence: String
        if solutions.isEmpty {
            status = .inconsistent
            evidence = "no input size, hidden size (1…1024) and bias convention make all \(claims.count) counts hold at once"
        } else if solutions.contains(own) {
            status = .correct
            evidence = "all \(claims.count) counts hold at once for \(solutions.count == 1 ? "exactly one choice" : "\(solutions.count) choices") of sizes 1…1024: \(listed)"
        } else if let other = solutions.first(where: { $0.inputSize == own.inputSize && $0.hiddenSize == own.hiddenSize }) {
            // The assignment's sizes, under the other bias convention: the
            // sizes hold; each count's own check names the convention.
            status = .correct
            evidence = "all \(claims.count) counts hold at once for the assignment's sizes, under another bias convention (\(other)); each count's check says so"
        } else {
            status = .incorrect
            evidence = "the \(claims.count) counts hold at once only for sizes other than the assignment's: \(listed)"
        }
        return Check(id: .sizes, status: status,
                     claimed: claims.map { "\($0.0.name): \(Grouping.thousands($0.1))" }.joined(separator: ", "),
                     expected: own.description, evidence: evidence + ".")
    }
}
