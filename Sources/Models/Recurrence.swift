

/// The recurrence of a layer: how hₜ follows from xₜ and hₜ₋₁.
///
/// Elman RNN: hₜ = tanh(W_ih·xₜ + b_ih + W_hh·hₜ₋₁ + b_hh), one gate block.
/// LSTM, in PyTorch's layout (rows of W_ih and W_hh stacked as i, f, g, o):
/// ```
/// i = σ(·), f = σ(·), g = tanh(·), o = σ(·)     (each W_ih·xₜ + b_ih + W_hh·hₜ₋₁ + b_hh)
/// cₜ = f ⊙ cₜ₋₁ + i ⊙ g,   hₜ = o ⊙ tanh(cₜ)
/// ```
/// cₜ is the LSTM's cell state; "cell" in this package means only that.
public enum Recurrence: String, Codable, Sendable, CaseIterable {
    case rnn
    case lstm

    /// Gate blocks stacked in the weight matrices: 1 or 4.
    public var gates: Int { self == .rnn ? 1 : 4 }
}
