

/// One direction of one level's tensors, by name.
public struct TensorShape: Codable, Equatable, Sendable {
    public var level: Int
    public var direction: String
    public var name: String
    public var shape: [Int]
    public var count: Int
}
