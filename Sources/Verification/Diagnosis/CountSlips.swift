import CoursecheckAssignment

/// What a Question 4 slip may use: which count, the number of samples and
/// their class labels.
public struct CountSlipContext: Sendable {
    public var kind: CountKind
    public var samples: Int
    public var labels: [Int]

    public init(kind: CountKind, samples: Int, labels: [Int]) {
        self.kind = kind
        self.samples = samples
        self.labels = labels
    }

    /// The sizes of the classes, in label order.
    var classSizes: [(label: Int, size: Int)] {
        Dictionary(grouping: labels, by: { $0 }).map { ($0.key, $0.value.count) }.sorted { $0.label < $1.label }
    }
}

/// The known slips in Question 4's counts, each a small function of the
/// assignment's samples and classes (the reference count itself comes from
/// enumeration).
public enum CountSlips {
    public typealias Catalogue = SlipCatalogue<Int, CountSlipContext, Int>
    public typealias Slip = Catalogue.Slip

    public static let catalogue = Catalogue([orderedVsUnordered, withReplacement, unorderedPairs, oneClass, classSize],
                                            measure: { value, _ in value })

    /// Sets of three instead of ordered triplets: C(n, 3).
    public static let orderedVsUnordered = Slip(note: "ordered-vs-unordered", composes: false) { _, c in
        guard c.kind == .all else { return [] }
        let n = c.samples
        return [(n * (n - 1) * (n - 2) / 6, "sets of three samples, C(\(n), 3); a triplet's roles make it ordered, P(\(n), 3)")]
    }

    /// Samples allowed to repeat: n³.
    public static let withReplacement = Slip(note: "with-replacement", composes: false) { _, c in
        guard c.kind == .all else { return [] }
        let n = c.samples
        return [(n * n * n, "samples allowed to repeat, \(n)^3; anchor, positive and negative are distinct")]
    }

    /// Anchor and positive as an unordered pair: half the valid count.
    public static let unorderedPairs = Slip(note: "unordered-pairs", composes: false) { valid, c in
        guard c.kind == .valid, valid % 2 == 0 else { return [] }
        return [(valid / 2, "anchor and positive counted as an unordered pair; swapping them gives another triplet")]
    }

    /// Only one class's anchors: m(m − 1)(n − m) for that class.
    public static let oneClass = Slip(note: "one-class", composes: false) { _, c in
        guard c.kind == .valid else { return [] }
        let n = c.samples
        return c.classSizes.map { label, m in
            (m * (m - 1) * (n - m), "anchors from one class only (class \(label)); every class's samples are anchors too")
        }
    }

    /// Classes of the wrong size: the anchor among its own positives
    /// (Σ m·m·(n − m)), or two classes split differently.
    public static let classSize = Slip(note: "class-size", composes: false) { _, c in
        guard c.kind == .valid else { return [] }
        let n = c.samples
        let sizes = c.classSizes.map(\.size)
        var results = [(sizes.reduce(0) { $0 + $1 * $1 * (n - $1) }, "the anchor counted among its own positives (m choices instead of m − 1)")]
        if sizes.count == 2 {
            for m in 1..<n where m <= n - m && m != sizes.min() {
                let count = m * (m - 1) * (n - m) + (n - m) * (n - m - 1) * m
                results.append((count, "classes of sizes \(m) and \(n - m) instead of \(sizes.min()!) and \(sizes.max()!)"))
            }
        }
        return results
    }
}
