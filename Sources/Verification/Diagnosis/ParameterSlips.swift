import CoursecheckAssignment
import CoursecheckModels

/// A recurrent encoder's parameter count as a slip may change it:
/// Σ over levels l of D·G·H·(I_l + H + b), where D is the number of
/// directions, G the gate blocks, H the hidden size, b the bias vectors,
/// I_0 the input size and I_l = U·H above the first level (U = D when the
/// level below is read whole).
public struct ParameterVariant: Sendable, Equatable {
    public var levels: Int
    public var directions: Int
    public var gates: Int
    public var biasVectors: Int
    public var upperInputDirections: Int

    /// The model as the assignment defines it.
    public init(_ spec: ModelSpec, bias: BiasConvention) {
        levels = spec.levels
        directions = spec.bidirectional ? 2 : 1
        gates = spec.recurrence.gates
        biasVectors = bias.vectors
        upperInputDirections = directions
    }

    public func count(input: Int, hidden: Int) -> Int {
        var total = 0
        for level in 0..<levels {
            let features = level == 0 ? input : upperInputDirections * hidden
            total += directions * gates * hidden * (features + hidden + biasVectors)
        }
        return total
    }
}

/// What a Part I slip may use: the model and the assignment's sizes.
public struct ParameterSlipContext: Sendable {
    public var spec: ModelSpec
    public var input: Int
    public var hidden: Int
    public var bias: BiasConvention

    public init(spec: ModelSpec, input: Int, hidden: Int, bias: BiasConvention) {
        self.spec = spec
        self.input = input
        self.hidden = hidden
        self.bias = bias
    }
}

/// The known slips in a parameter count (Part I), each one change to the
/// model's variant. All of them compose: a count may make two.
public enum ParameterSlips {
    public typealias Catalogue = SlipCatalogue<ParameterVariant, ParameterSlipContext, Int>
    public typealias Slip = Catalogue.Slip

    public static let catalogue = Catalogue([oneBias, twoBiases, gateCount, missingDirection, level2Input, noBias],
                                            measure: { variant, context in variant.count(input: context.input, hidden: context.hidden) })

    /// One bias vector per gate block (Keras) where the assignment counts two.
    public static let oneBias = Slip(note: "one-bias", composes: true) { v, _ in
        guard v.biasVectors == 2 else { return [] }
        var c = v; c.biasVectors = 1
        return [(c, "one bias vector per gate block (Keras's convention) instead of two (b_ih and b_hh, PyTorch's)")]
    }

    /// Two bias vectors where the assignment counts one.
    public static let twoBiases = Slip(note: "two-biases", composes: true) { v, _ in
        guard v.biasVectors == 1 else { return [] }
        var c = v; c.biasVectors = 2
        return [(c, "two bias vectors per gate block (PyTorch's b_ih and b_hh) instead of one")]
    }

    /// The wrong number of gate blocks: 3 (a GRU's) or 1 for an LSTM, 4 or 3
    /// for a plain RNN.
    public static let gateCount = Slip(note: "gate-count", composes: true) { v, _ in
        let others = v.gates == 4 ? [3, 1] : [4, 3]
        return others.map { g in
            var c = v; c.gates = g
            let what = g == 3 ? "3 gate blocks, as in a GRU" : g == 4 ? "4 gate blocks, as in an LSTM" : "1 weight block, as in a plain RNN"
            return (c, "\(what), instead of \(v.gates)")
        }
    }

    /// The bidirectional factor left out.
    public static let missingDirection = Slip(note: "missing-direction", composes: true) { v, _ in
        guard v.directions == 2 else { return [] }
        var c = v; c.directions = 1; c.upperInputDirections = 1
        return [(c, "one direction counted where the model runs in two")]
    }

    /// A level above the first reading H features instead of the 2H of
    /// both directions below.
    public static let level2Input = Slip(note: "level2-input", composes: true) { v, context in
        guard v.levels > 1, v.upperInputDirections == 2 else { return [] }
        var c = v; c.upperInputDirections = 1
        return [(c, "the second level read as taking H = \(context.hidden) inputs instead of 2H = \(2 * context.hidden) (both directions of the level below)")]
    }

    /// No bias at all.
    public static let noBias = Slip(note: "no-bias", composes: true) { v, _ in
        guard v.biasVectors > 0 else { return [] }
        var c = v; c.biasVectors = 0
        return [(c, "no bias vectors counted")]
    }
}
