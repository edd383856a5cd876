/// Which known slip a wrong answer is: a note id that stays stable
/// (`substitution`, `role-swap`, …) and a sentence for the student.
///
/// A diagnosis is exact: every slip is a small function of the *computed*
/// reference (never of a typed-in answer), and a claim is diagnosed with a
/// slip only when it equals the slip's result exactly, in rational
/// arithmetic. A diagnosis never changes a verdict.
public struct Diagnosis: Encodable, Equatable, Sendable {
    /// The slip's id, or two ids joined by `+` for a combination of two
    /// slips (tried only when no single slip fits).
    public var note: String
    public var explanation: String

    public init(note: String, explanation: String) {
        self.note = note
        self.explanation = explanation
    }

    /// The sentence when no slip in the catalogue fits.
    public static let noKnownSlip = "no known slip matches"
}

/// A catalogue of slips over some kind of reference: each slip maps the
/// reference to the results of making that slip, each with its sentence;
/// `measure` gives what a result claims (the expression, the count), which
/// is compared with the sheet's claim exactly.
///
/// Search: every single slip first; when none gives the claim, every slip
/// followed by a second one whose `composes` is true (a change that can be
/// made on top of another: a sign, a factor, a symbol, a bias), marked as a
/// combination. Every slip that fits is listed, in catalogue order.
public struct SlipCatalogue<Value: Sendable, Context: Sendable, Claim: Equatable>: Sendable {
    public struct Slip: Sendable {
        public var note: String
        /// Whether the slip can be made on top of another slip's result.
        public var composes: Bool
        public var apply: @Sendable (_ reference: Value, _ context: Context) -> [(Value, String)]

        public init(note: String, composes: Bool, apply: @escaping @Sendable (Value, Context) -> [(Value, String)]) {
            self.note = note
            self.composes = composes
            self.apply = apply
        }
    }

    public var slips: [Slip]
    public var measure: @Sendable (Value, Context) -> Claim?

    public init(_ slips: [Slip], measure: @escaping @Sendable (Value, Context) -> Claim?) {
        self.slips = slips
        self.measure = measure
    }

    /// The diagnoses of `claim` against `reference`.
    public func diagnose(_ claim: Claim, reference: Value, context: Context) -> [Diagnosis] {
        let expected = measure(reference, context)
        guard claim != expected else { return [] }
        var found: [Diagnosis] = []
        var seen = Set<String>()
        func add(_ note: String, _ explanation: String) {
            if seen.insert(note + "\u{0}" + explanation).inserted { found.append(Diagnosis(note: note, explanation: explanation)) }
        }
        var firsts: [(Slip, Value, String)] = []
        for slip in slips {
            for (value, explanation) in slip.apply(reference, context) {
                let result = measure(value, context)
                if result == claim { add(slip.note, explanation) }
                if result != expected { firsts.append((slip, value, explanation)) }
            }
        }
        guard found.isEmpty else { return found }
        // A pair made in either order is one combination.
        var pairs = Set<[String]>()
        for (first, value, explanation) in firsts {
            for second in slips where second.composes && second.note != first.note {
                for (result, more) in second.apply(value, context) where measure(result, context) == claim {
                    guard pairs.insert([first.note, second.note].sorted()).inserted else { continue }
                    add("\(first.note)+\(second.note)", "two slips: \(explanation); and \(more)")
                }
            }
        }
        return found
    }
}
