

/// One row of Part I's table: a model, its claimed parameter count and test
/// accuracy, as written.
public struct ModelClaim: Sendable {
    public var name: String
    public var slug: String
    public var location: SourceLocation
    public var parameters: Entry?
    public var accuracy: Entry?

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
        /// Why a figure with no value was not read, when it is not simply
        /// no whole number (its working does not come to it).
        public var unread: String? = nil
    }
}
