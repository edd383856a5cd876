import CoursecheckNumerics
import CoursecheckModels

/// How examples are grouped into batches.
enum Batching {
    /// One epoch's training batches, as indices into the examples: the
    /// examples in a random order (the epoch's stream), cut into pools of
    /// `pool` batches; each pool sorted by length (bucketing: little
    /// padding) and cut into batches; then the batches in a random order.
    static func training(lengths: [Int], batch: Int, pool: Int, rng: RandomSource) -> [[Int]] {
        let order = rng.permutation(lengths.count)
        var batches: [[Int]] = []
        let poolSize = batch * pool
        for start in stride(from: 0, to: order.count, by: poolSize) {
            let members = order[start..<min(start + poolSize, order.count)].sorted { (lengths[$0], $1) > (lengths[$1], $0) }
            for b in stride(from: 0, to: members.count, by: batch) {
                batches.append(Array(members[b..<min(b + batch, members.count)]))
            }
        }
        return rng.permutation(batches.count).map { batches[$0] }
    }

    /// Evaluation batches: every example once, longest first.
    static func evaluation(lengths: [Int], batch: Int) -> [[Int]] {
        let members = lengths.indices.sorted { (lengths[$0], $1) > (lengths[$1], $0) }
        return stride(from: 0, to: members.count, by: batch).map { Array(members[$0..<min($0 + batch, members.count)]) }
    }

    /// A batch's members longest first (ties by index), and their lengths.
    static func packed(_ members: [Int], lengths: [Int]) -> (members: [Int], lengths: SequenceLengths) {
        let sorted = members.sorted { (lengths[$0], $1) > (lengths[$1], $0) }
        return (sorted, SequenceLengths(sorted.map { lengths[$0] }))
    }
}
