extension GradientCheck {
    /// Checks `model`'s backward pass; see the type's documentation.
    public func run(_ model: RecurrentModel) throws -> Result {
        let rng = try RandomSource(seed: seed)
        let input = try Matrix(rows: steps * batch, columns: model.inputSize)
        input.fillGaussian(rng, sigma: 1)
        let readout = try Matrix(rows: steps * batch, columns: model.outputSize)
        readout.fillGaussian(rng, sigma: 1)

        // Every tensor, the input last, with its analytic gradient copied out.
        try model.forward(input, steps: steps, batch: batch)
        let gradInput = try model.backward(readout)
        var tensors = model.tensors.map { (value: $0.value, gradient: Array($0.gradient)) }
        tensors.append((input.buffer, Array(gradInput.buffer)))
        let loss = { () throws -> Double in
            let out = try model.forward(input, steps: steps, batch: batch)
            return try BLAS.dot(UnsafeBufferPointer(out.buffer), UnsafeBufferPointer(readout.buffer))
        }

        var worst = 0.0
        for _ in 0..<directions {
            worst = max(worst, try directional(tensors, loss, rng))
        }
        var tried = 0
        for tensor in tensors {
            for _ in 0..<coordinates {
                let k = Int(rng.uniform(0, Double(tensor.value.count))) % tensor.value.count
                let original = tensor.value[k]
                defer { tensor.value[k] = original }
                let fd = try guarded { failure in
                    try method.derivative(at: original) { x in
                        tensor.value[k] = x
                        do { return try loss() } catch { failure = error; return .nan }
                    }.value
                }
                worst = max(worst, GradientCheck.error(fd, tensor.gradient[k]))
                tried += 1
            }
        }
        return Result(slug: model.spec.slug, directions: directions, coordinates: tried,
                      maxRelativeError: worst, passed: worst <= tolerance)
    }

    /// The error of one random unit direction. Moving every parameter is a
    /// copy and an axpy per tensor (BLAS level 1), so a direction costs a few
    /// passes over the parameters whatever the model's size.
    private func directional(_ tensors: [(value: UnsafeMutableBufferPointer<Double>, gradient: [Double])],
                             _ loss: () throws -> Double, _ rng: RandomSource) throws -> Double {
        let origin = tensors.map { Array($0.value) }
        var direction = tensors.map { rng.gaussianVector($0.value.count, sigma: 1) }
        var squared = 0.0
        for d in direction { squared += try d.withUnsafeBufferPointer { try BLAS.dot($0, $0) } }
        let scale = 1 / squared.squareRoot()
        for t in direction.indices { direction[t] = direction[t].map { $0 * scale } }
        var analytic = 0.0
        for (t, tensor) in tensors.enumerated() {
            analytic += try tensor.gradient.withUnsafeBufferPointer { g in
                try direction[t].withUnsafeBufferPointer { try BLAS.dot(g, $0) }
            }
        }
        defer {
            for (t, tensor) in tensors.enumerated() { _ = tensor.value.update(fromContentsOf: origin[t]) }
        }
        let fd = try guarded { failure in
            try method.derivative(at: 0) { epsilon in
                do {
                    for (t, tensor) in tensors.enumerated() {
                        _ = tensor.value.update(fromContentsOf: origin[t])
                        try direction[t].withUnsafeBufferPointer { try BLAS.axpy(epsilon, $0, tensor.value) }
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
