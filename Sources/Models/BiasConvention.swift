

/// How many bias vectors a layer has per direction.
public enum BiasConvention: String, Codable, Sendable, CaseIterable {
    /// b_ih and b_hh, as PyTorch and cuDNN keep them.
    case two
    /// One bias, as Keras keeps it.
    case one

    public var vectors: Int { self == .two ? 2 : 1 }

    /// How reports name it: "two biases, PyTorch/cuDNN" or "one bias, Keras".
    public var label: String { self == .two ? "two biases, PyTorch/cuDNN" : "one bias, Keras" }

    /// The other convention: what a count that does not hold may have used.
    public var other: BiasConvention { self == .two ? .one : .two }
}
