import CoursecheckNumerics

extension GradientCheck {
    /// Checks `model`'s backward pass; see the type's documentation.
    public func run(_ model: RecurrentModel) throws -> Result {
        try run(model, afterBackward: { _ in })
    }

    /// `run`, with a hook that may alter the analytic gradients before they
    /// are compared: tests use it to show that a wrong gradient fails.
    @_spi(Testing)
    public func run(_ model: RecurrentModel, afterBackward tamper: ([ParameterTensor]) -> Void) throws -> Result {
        let rng = try RandomSource(seed: seed)
        let input = try Matrix(rows: steps * batch, columns: model.inputSize)
        input.fillGaussian(rng, sigma: 1)
        let readout = try Matrix(rows: steps * batch, columns: model.outputSize)
        readout.fillGaussian(rng, sigma: 1)

        // Every tensor, the input last, with its analytic gradient copied out.
        let gradInput = try Matrix(rows: steps * batch, columns: model.inputSize)
        try model.forward(input, steps: steps, batch: batch).backward(readout, inputGradient: gradInput)
        tamper(model.parameters)
        var tensors: [(value: any DenseTensor, gradient: [Double])] = model.parameters.map { ($0.value, $0.gradients) }
        tensors.append((input, gradInput.elements))
        let loss = { () throws -> Double in
            try model.forward(input, steps: steps, batch: batch).outputDot(readout)
        }

        return try run(slug: model.spec.slug, tensors: tensors, rng: rng, loss: loss)
    }

    /// Checks any differentiable loss: `tensors` are its inputs (each with
    /// the analytic gradient a backward pass gave), `loss` recomputes it from
    /// their current values. Along `directions` random unit directions over
    /// all of them, then at `coordinates` random entries of each, drawn from
    /// `rng`; every tensor is restored afterwards.
    public func run(slug: String, tensors: [(value: any DenseTensor, gradient: [Double])], rng: RandomSource,
                    loss: () throws -> Double) throws -> Result {
        var worst = 0.0
        for _ in 0..<directions {
            worst = max(worst, try directional(tensors, loss, rng))
        }
        var tried = 0
        for tensor in tensors {
            for _ in 0..<coordinates {
                let k = Int(rng.uniform(0, Double(tensor.value.count))) % tensor.value.count
                let original = tensor.value[flat: k]
                defer { tensor.value[flat: k] = original }
                let fd = try guarded { failure in
                    try method.derivative(at: original) { x in
                        tensor.value[flat: k] = x
                        do { return try loss() } catch { failure = error; return .nan }
                    }.value
                }
                worst = max(worst, GradientCheck.error(fd, tensor.gradient[k]))
                tried += 1
            }
        }
        return Result(slug: slug, directions: directions, coordinates: tried,
                      maxRelativeError: worst, passed: worst <= tolerance)
    }

    /// Checks every model of a list at one choice of sizes, model k with
    /// parameters drawn from seed `seed + k`.
    public func run(_ specs: [ModelSpec], inputSize: Int, hiddenSize: Int, bias: BiasConvention) throws -> [Result] {
        try specs.enumerated().map { k, spec in
            try run(RecurrentModel(spec: spec, inputSize: inputSize, hiddenSize: hiddenSize, bias: bias, seed: seed &+ UInt(k)))
        }
    }

    /// The error of one random unit direction. Moving every parameter is a
    /// copy and an axpy per tensor (BLAS level 1), so a direction costs a few
    /// passes over the parameters whatever the model's size.
    private func directional(_ tensors: [(value: any DenseTensor, gradient: [Double])],
                             _ loss: () throws -> Double, _ rng: RandomSource) throws -> Double {
        let origin = tensors.map(\.value.elements)
        var direction = tensors.map { rng.gaussianVector($0.value.count, sigma: 1) }
        var squared = 0.0
        for d in direction { squared += d.reduce(0) { $0 + $1 * $1 } }
        let scale = 1 / squared.squareRoot()
        for t in direction.indices { direction[t] = direction[t].map { $0 * scale } }
        var analytic = 0.0
        for (t, tensor) in tensors.enumerated() {
            analytic += zip(tensor.gradient, direction[t]).reduce(0) { $0 + $1.0 * $1.1 }
        }
        defer {
            for (t, tensor) in tensors.enumerated() { tensor.value.assign(origin[t]) }
        }
        let fd = try guarded { failure in
            try method.derivative(at: 0) { epsilon in
                do {
                    for (t, tensor) in tensors.enumerated() {
                        try tensor.value.assign(origin[t], adding: epsilon, times: direction[t])
                    }
                    return try loss()
                } catch {
                    failure = error
                    return .nan
                }
            }.value
        }
        return GradientCheck.error(fd, analytic)
    }

    /// Runs a finite difference whose function cannot throw: an error inside
    /// it is recorded and rethrown in preference to the NaN it caused.
    private func guarded(_ body: (inout (any Error)?) throws -> Double) throws -> Double {
        var failure: (any Error)?
        do {
            let value = try body(&failure)
            if let failure { throw failure }
            return value
        } catch {
            throw failure ?? error
        }
    }
}
