/// One example as a data file holds it: its text, its label as written, and
/// where it is (`file:line`, or the file), for messages.
public struct LabelledText: Equatable, Sendable {
    public var text: String
    public var label: String
    public var place: String

    public init(text: String, label: String, place: String) {
        self.text = text
        self.label = label
        self.place = place
    }
}

/// The examples of a data set: the training split and, when the data has
/// one, the test split.
public struct RawDataSet: Sendable {
    public var train: [LabelledText]
    public var test: [LabelledText]?
}
