import CoursecheckNumerics

/// The update of one training step, after the gradients of a batch are
/// known: the whole gradient's L2 norm clipped to `recipe.clip`
/// (`Trainer.clip`), then Adam on every trainable tensor with its moments
/// m and v (`adamStep`, β₁, β₂, ε and the learning rate from the recipe).
/// The training run and its benchmark take the same step through it.
struct ClippedAdam {
    let trainables: [Trainable]
    /// Adam's first and second moments, one per trainable tensor.
    let m: [Vector]
    let v: [Vector]

    init(_ trainables: [Trainable]) throws {
        self.trainables = trainables
        m = try trainables.map { try Vector(count: $0.value.count) }
        v = try trainables.map { try Vector(count: $0.value.count) }
    }

    /// Clips the gradients and takes Adam's step number `step` (≥ 1).
    func update(step: Int, recipe: Recipe) {
        Trainer.clip(trainables, to: recipe.clip)
        for (k, t) in trainables.enumerated() {
            t.value.adamStep(gradient: t.gradient, m: m[k], v: v[k], step: step, learningRate: recipe.learningRate,
                             beta1: recipe.beta1, beta2: recipe.beta2, epsilon: recipe.epsilon)
        }
    }
}
