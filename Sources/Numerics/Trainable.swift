import Foundation
/// A tensor of parameters and the tensor of the same size that holds its
/// gradient: what an optimizer updates in place.
public struct Trainable {
    public let value: any DenseTensor
    public let gradient: any DenseTensor

    public init(value: any DenseTensor, gradient: any DenseTensor) {
        precondition(value.count == gradient.count, "a gradient of \(gradient.count) for \(value.count) parameters")
        self.value = value
        self.gradient = gradient
    }
}

extension DenseTensor {
    /// Σₖ xₖ², summed in storage order (one fixed order, so the same bits on
    /// every run).
    public var squaredNorm: Double {
        let b = elementBuffer
        var total = 0.0
        for k in 0..<b.count { total += b.base[k] * b.base[k] }
        return total
    }

    /// xₖ ← c·xₖ for every element.
    public func scale(by c: Double) {
        let b = elementBuffer
        for k in 0..<b.count { b.base[k] *= c }
    }

    /// Sets every element to zero.
    public func zeroElements() {
        let b = elementBuffer
        b.base.update(repeating: 0, count: b.count)
    }

    /// One step of Adam (Kingma & Ba, 2015) on these parameters, given their
    /// gradient g and the moment estimates m and v (tensors of the same size,
    /// updated in place):
    /// ```
    /// m ← β₁·m + (1 − β₁)·g,   v ← β₂·v + (1 − β₂)·g²
    /// θ ← θ − α · (m / (1 − β₁ᵗ)) / (√(v / (1 − β₂ᵗ)) + ε)
    /// ```
    /// where t ≥ 1 counts the steps taken, this one included.
    public func adamStep(gradient: some DenseTensor, m: some DenseTensor, v: some DenseTensor, step t: Int,
                         learningRate alpha: Double, beta1: Double, beta2: Double, epsilon: Double) {
        let (p, g, mb, vb) = (elementBuffer, gradient.elementBuffer, m.elementBuffer, v.elementBuffer)
        precondition(g.count == p.count && mb.count == p.count && vb.count == p.count,
                     "Adam on \(p.count) parameters with \(g.count) gradients and moments of \(mb.count) and \(vb.count)")
        precondition(t >= 1, "Adam's step count starts at 1, got \(t)")
        let c1 = 1 - Foundation.pow(beta1, Double(t)), c2 = 1 - Foundation.pow(beta2, Double(t))
        for k in 0..<p.count {
            let gk = g.base[k]
            let mk = beta1 * mb.base[k] + (1 - beta1) * gk
            let vk = beta2 * vb.base[k] + (1 - beta2) * gk * gk
            mb.base[k] = mk
            vb.base[k] = vk
            p.base[k] -= alpha * (mk / c1) / ((vk / c2).squareRoot() + epsilon)
        }
    }
}
