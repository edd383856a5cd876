import CoursecheckModels

extension Assignment {
    /// Part I: the sizes of the six recurrent encoders and their definitions.
    public struct RecurrentPart: Codable, Equatable, Sendable {
        /// Features of each input step (the embedding size).
        public var inputSize: Int
        /// Hidden units per direction.
        public var hiddenSize: Int
        /// The bias convention the answers are held to; the other one is
        /// reported beside it.
        public var bias: BiasConvention
        public var models: [ModelSpec]

        enum CodingKeys: String, CodingKey {
            case inputSize = "input_size"
            case hiddenSize = "hidden_size"
            case bias, models
        }

        /// The model whose slug is `slug`.
        public func model(slug: String) -> ModelSpec? {
            models.first { $0.slug == slug }
        }

        var problem: String? {
            if !(1...4096).contains(inputSize) { return "part1.input_size must be from 1 to 4096, found \(inputSize)" }
            if !(1...4096).contains(hiddenSize) { return "part1.hidden_size must be from 1 to 4096, found \(hiddenSize)" }
            if models.isEmpty { return "part1.models is empty" }
            for (k, m) in models.enumerated() where !(1...8).contains(m.levels) {
                return "part1.models[\(k)].levels must be from 1 to 8, found \(m.levels)"
            }
            let slugs = models.map(\.slug)
            if Set(slugs).count != slugs.count { return "part1.models has two models with the same name" }
            return nil
        }
    }
}
