import CoursecheckNotation

/// Maths in an answer's section that states only a given of the question,
/// never an answer: it names no sample and no derivative, and is
///
/// ```
/// a constant other than zero   the $\tfrac12$ cancels the 2 of the square
/// the margin set to a number   Loss: … + α), α = 1.     alpha = 1
/// the hinge set to a number    Case $\max = 0$:
/// ```
///
/// The margin's or the hinge's value need not be the handout's (`α = 2`
/// states a margin, wrongly, but answers no derivative). A constant counts
/// only in a sentence that names no sample and speaks of no derivative
/// (`aboutDerivatives` false): "with respect to $f_3$ it is $1$" may be a
/// (wrong) answer, and stays for a person. Zero alone is none of these: it
/// may be an answer whose words were not read, and stays for a person.
extension SheetParser {
    static func statesOnlyAGiven(_ body: [MathNode], naming: SampleNaming, aboutDerivatives: Bool) -> Bool {
        let flat = NodeShapes.flatten(body)
        guard !flat.isEmpty, !DerivativeShape.mentionsDerivative(flat),
              !flat.indices.contains(where: { SampleShape.read(flat, at: $0, naming: naming) != nil }) else { return false }
        let sides = MathItem(separator: .start, nodes: body).sides
        if sides.count == 1 {
            let nodes = NodeShapes.flatten(sides[0].nodes)
            return !aboutDerivatives && isNumeral(nodes) && !(nodes.count == 1 && NodeShapes.integer(nodes[0]) == 0)
        }
        guard sides.dropFirst().allSatisfy({ $0.relation == .equals && isNumeral(NodeShapes.flatten($0.nodes)) }) else { return false }
        let first = NodeShapes.flatten(sides[0].nodes)
        return first.count == 1 && isGivenName(first[0])
    }

    /// A number written with digits, fractions and arithmetic only: `2`,
    /// `0.5`, `\tfrac12`, `1/2`, `2 \cdot 3`.
    static func isNumeral(_ nodes: [MathNode]) -> Bool {
        guard !nodes.isEmpty else { return false }
        var wantsOperand = true
        for node in nodes {
            let core = NodeShapes.core(node)
            if wantsOperand {
                switch core.kind {
                case .atom(let t, _):
                    guard case .number = t.kind else { return false }
                case .fraction(_, let n, let d):
                    guard isNumeral(NodeShapes.flatten([n])), isNumeral(NodeShapes.flatten([d])) else { return false }
                case .fenced(_, let inner, _):
                    guard isNumeral(NodeShapes.flatten(inner)) else { return false }
                default:
                    return false
                }
                wantsOperand = false
            } else {
                guard NodeShapes.operation(core).map({ [.plus, .minus, .times, .divide].contains($0) }) == true || isProduct(core) else { return false }
                wantsOperand = true
            }
        }
        return !wantsOperand
    }

    static func isProduct(_ node: MathNode) -> Bool {
        guard case .atom(let t, _) = node.kind else { return false }
        return [.command("cdot"), .other("·"), .other("⋅"), .other("*"), .other("/")].contains(t.kind)
    }

    /// The margin (`α`, `alpha`, the word `margin`) or the hinge (`\max`, `max`).
    static func isGivenName(_ node: MathNode) -> Bool {
        let core = NodeShapes.core(node)
        if case .atom(let t, _) = core.kind, t.kind == .command("alpha") || t.kind == .command("max") { return true }
        return NodeShapes.word(core).map { ["alpha", "max", "margin"].contains($0) } ?? false
    }
}
