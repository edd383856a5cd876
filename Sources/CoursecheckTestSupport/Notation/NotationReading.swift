import CoursecheckMaths
import CoursecheckNotation

/// A small question reader over the grammar's API, as the question readers
/// will use it: items in order, derivative heads, chains continued by
/// `= …` items and by the rows and text of the same display, triplet
/// lists and loss definitions passed over, and everything else reported.
/// The catalogue test and the notation generator read through it.
public struct NotationReading {
    public struct Claim: Sendable {
        /// k of Question 5.k or of the loss's label, when one is known.
        public var triplet: Int?
        public var variable: Symbol
        public var sides: [LinearExpression]
        public var answer: LinearExpression { sides[sides.count - 1] }
    }

    public var claims: [Claim] = []
    public var errors: [NotationError] = []
    /// Errors that spoil a claim's answer, by claim index.
    public var spoiled: [Int: NotationError] = [:]
    /// The command-table entries the spans used.
    public var used: Set<CommandTable.Key> = []

    /// The context of a question: what symbols mean there.
    public struct Question: Sendable {
        public var naming: SampleNaming
        /// The symbols an answer may use as written.
        public var allowed: Set<Symbol>
        /// k of Question 5.k, when the section says it.
        public var triplet: Int?
        /// Whether role symbols stand for the k-th triplet's samples.
        public var rolesMeanSamples: Bool
        /// The assignment's triplets, (anchor, positive, negative) sample numbers.
        public var triplets: [[Int]]

        public init(naming: SampleNaming, allowed: Set<Symbol>, triplet: Int?, rolesMeanSamples: Bool, triplets: [[Int]]) {
            self.naming = naming
            self.allowed = allowed
            self.triplet = triplet
            self.rolesMeanSamples = rolesMeanSamples
            self.triplets = triplets
        }

        func roles(_ k: Int?) -> [Symbol: Symbol] {
            guard rolesMeanSamples, let k, (1...triplets.count).contains(k) else { return [:] }
            let t = triplets[k - 1]
            return [.anchor: .sample(t[0]), .positive: .sample(t[1]), .negative: .sample(t[2])]
        }
    }

    public init() {}

    /// Reads spans in order (`plainText` spans end items at line breaks);
    /// a chain stays open from one span to the next.
    public static func read(_ spans: [(text: String, plainText: Bool)], question: Question,
                            table: CommandTable = .standard) -> NotationReading {
        var reading = NotationReading()
        var table = table
        var open: Int?
        var label = question.triplet
        for span in spans {
            let parsed = MathSpan(span.text, table: table, plainText: span.plainText)
            table = parsed.tree.table
            reading.used.formUnion(parsed.tree.used)
            for item in parsed.items {
                reading.read(item, in: parsed.tree, question: question, open: &open, label: &label)
            }
        }
        return reading
    }

    mutating func read(_ item: MathItem, in tree: MathTree, question: Question, open: inout Int?, label: inout Int?) {
        let sides = item.sides
        if case .success? = TripletShape.read(item, naming: question.naming) { return }
        if let matched = DerivativeShape.match(sides[0].nodes, naming: question.naming) {
            open = nil
            switch matched {
            case .failure(let e):
                errors.append(e)
            case .success(let head):
                if question.triplet == nil, case .triplet(let k) = head.loss.label { label = k }
                let k = question.triplet ?? label
                let roles = question.roles(k)
                let variable = roles[head.variable] ?? head.variable
                do throws(NotationError) {
                    guard sides.count > 1 else { throw NotationError(head.range, "a derivative without '=' and its value") }
                    let values = try Statements.chain(Array(sides.dropFirst()), in: tree, naming: question.naming,
                                                      allowed: question.allowed, roles: roles)
                    claims.append(Claim(triplet: k, variable: variable, sides: values))
                    open = claims.count - 1
                } catch {
                    errors.append(error)
                }
            }
            return
        }
        // A definition of the loss (`L = …`, `L(t_1) = …`) or a bare label (`t_1`, `(t_1)`).
        if sides.count > 1, sides[0].nodes.count > 0, case .success? = LossShape.read(sides[0].nodes, naming: question.naming) { return }
        if sides.count == 1, item.nodes.count == 1, LossShape.label(item.nodes[0], naming: question.naming) != nil { return }
        guard let index = open else {
            errors.append(NotationError(item.range, "maths that answers no derivative"))
            return
        }
        let k = claims[index].triplet
        let roles = question.roles(k)
        var chain = sides
        if item.continuesChain { chain.removeFirst() } else { chain[0].relation = nil }
        // Maths after text continues the answer only when the text announces
        // it (`\text{, hence }`); after `,`, `;`, `.` or `\quad`, only as `= …`.
        let continues: Bool
        switch item.separator {
        case .row, .lineBreak, .implication, .start: continues = true
        case .text(let words): continues = NotationReading.announces(words)
        default: continues = false
        }
        guard item.continuesChain || continues else {
            errors.append(NotationError(item.range, "maths after the answer that is neither a line of its chain nor announced"))
            spoiled[index] = errors.last
            return
        }
        do throws(NotationError) {
            let values = try Statements.chain(chain, in: tree, naming: question.naming, allowed: question.allowed, roles: roles)
            claims[index].sides += values
        } catch {
            let e = NotationError(error.range, "cannot read what follows the answer, which may be its final line: \(error.message)")
            errors.append(e)
            spoiled[index] = e
        }
    }

    /// Whether text ends by announcing a result: `hence`, `so`, `which gives`, `=`, `:`.
    public static func announces(_ text: String) -> Bool {
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "=" && $0 != ":" })
        guard let last = words.last else { return false }
        let cues: Set<Substring> = ["gives", "giving", "so", "hence", "thus", "therefore", "is", "equals", "=", ":", "get",
                                    "obtain", "yields", "to", "becomes", "ie", "simplifies", "finally", "then"]
        return cues.contains(last) || last.hasSuffix(":") || last.hasSuffix("=")
    }

    /// The answers read, by (triplet, variable), with no spoiled one.
    public func answer(triplet: Int?, variable: Symbol) -> [LinearExpression] {
        claims.enumerated().filter { $0.element.variable == variable && (triplet == nil || $0.element.triplet == triplet) && spoiled[$0.offset] == nil }
            .map(\.element.answer)
    }
}
