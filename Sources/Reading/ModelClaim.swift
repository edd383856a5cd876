

/// One row of Part I's table: a model, its claimed parameter count and test
/// accuracy, as written.
public struct ModelClaim: Sendable {
    public var name: String
    public var slug: String
    public var location: SourceLocation
    public var parameters: Entry?
    public var accuracy: Entry?
    /// Whether the row is a correction of the model's earlier answers
    /// (`Correction: RNN: the count is 80,400, not 60,400`): its figures
    /// are the answer, not a second one.
    public var corrects = false

    /// One entry of the row (a table cell, or a figure of a list item): its
    /// text, where it is, and its value when it reads.
    public struct Entry: Sendable {
        public var text: String
        public var location: SourceLocation
        public var value: Double?
        /// The heading of the entry's column, when its table has one
        /// (`Accuracy (%)`): a unit written once for the column.
        public var heading: String? = nil
        /// The place value of the figure's last written digit, when it is
        /// written in a unit its header names (`0.06` under `(M)`: 10,000;
        /// `60.4` under `(k)`: 100): every count that rounds or cuts to
        /// the figure writes it so, and only a step of 1 states a count
        /// exactly.
        public var step: Int? = nil
        /// The working written right before the count when it does not come
        /// to it (`200·100 + 200·200 + 200 = 60,400`): the count is read as
        /// stated, and a right one beside false working goes to a person.
        public var workingAgainst: String? = nil
        /// The part of the model the count is said to be of (`483,200 per
        /// direction`, a column headed `params per layer`), when the words
        /// beside it say one: the model's total only when it has one part.
        public var share: Share? = nil
    }

    /// A part of a model a count can be said to be of.
    public enum Share: String, Sendable {
        /// One direction of a bidirectional model (`per direction`, `each direction`).
        case direction
        /// One level of a stacked model (`per layer`, `each level`).
        case level

        /// The share the words of a text say a count is of, or nil: "per"
        /// before "direction", "layer", "level" or "stack" (`per dir.` too);
        /// "each" before them, unless what it counts is summed (`over each
        /// direction`, `of each layer`, `and each layer`); "one" or "a
        /// single" only after "for", "in", "of" or "per", or before "only" or
        /// "alone" (`for one direction`; not `runs one direction forwards`).
        /// Working that adds the shares up (`2 × 241,600`) says no share of
        /// the figure it comes to: callers pass only the figure's own clause.
        public static func said(in text: String) -> Share? {
            let words = text.lowercased().split { !$0.isLetter }.map(String.init)
            for (i, word) in words.enumerated() where i > 0 {
                let share: Share? = word.hasPrefix("dir") ? .direction : ["layer", "level", "stack"].contains(word) ? .level : nil
                guard let share else { continue }
                let before = words[i - 1]
                // (`a single layer`: the words before the article.)
                let back = before == "single" && i > 1 && words[i - 2] == "a" ? i - 3 : i - 2
                let earlier = back >= 0 ? words[back] : ""
                let after = i + 1 < words.count ? words[i + 1] : ""
                let counted = ["for", "in", "of", "per"].contains(earlier) || ["only", "alone"].contains(after)
                switch before {
                case "per": return share
                case "each" where !["of", "over", "across", "and"].contains(earlier): return share
                case "one" where counted, "single" where counted: return share
                default: continue
                }
            }
            return nil
        }
    }
}
