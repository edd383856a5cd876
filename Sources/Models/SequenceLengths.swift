/// The lengths of a batch's sequences, longest first: a packed batch.
///
/// Sequence b has steps 0..<lengths[b]; the rows of later steps are padding,
/// which no pass reads: the forward direction stops at each sequence's last
/// step, the backward direction starts at it, padding rows of every output
/// and of dL/d(input) are zero, and padding never enters a gradient. Longest
/// first makes the sequences that have a step t a prefix of the batch,
/// `0..<active(t)`, so each step's live rows are contiguous, as in PyTorch's
/// `pack_padded_sequence`.
public struct SequenceLengths: Equatable, Sendable {
    public let lengths: [Int]
    /// activeCounts[t]: how many sequences have a step t (length > t).
    let activeCounts: [Int]

    /// Lengths in non-increasing order, each at least 1.
    public init(_ lengths: [Int]) {
        precondition(!lengths.isEmpty, "a batch needs at least one sequence")
        precondition(lengths.last! >= 1, "every sequence needs at least one step, got \(lengths)")
        precondition(zip(lengths, lengths.dropFirst()).allSatisfy { $0 >= $1 }, "lengths must be longest first, got \(lengths)")
        self.lengths = lengths
        var counts = [Int](repeating: 0, count: lengths[0])
        for n in lengths { for t in 0..<n { counts[t] += 1 } }
        activeCounts = counts
    }

    /// `batch` sequences of `steps` steps each.
    public static func full(steps: Int, batch: Int) -> SequenceLengths {
        SequenceLengths([Int](repeating: steps, count: batch))
    }

    /// The longest length: the steps of the padded batch.
    public var steps: Int { lengths[0] }
    public var batch: Int { lengths.count }
    /// Σ lengths: the real steps of the batch.
    public var tokens: Int { lengths.reduce(0, +) }
    /// Whether every sequence has every step.
    public var isFull: Bool { lengths.last! == lengths[0] }

    /// How many sequences have a step t; 0 outside 0..<steps.
    public func active(_ t: Int) -> Int { t >= 0 && t < activeCounts.count ? activeCounts[t] : 0 }
}
