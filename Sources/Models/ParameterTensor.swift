import CoursecheckNumerics

/// One parameter tensor of a model (W_ih, W_hh, b_ih, b_hh or b of one level
/// and direction) and its gradient. Outside this module both are read as
/// copies: only the model's own passes and the gradient check write them.
public struct ParameterTensor {
    public let level: Int
    public let direction: String
    public let name: String
    public let shape: [Int]
    let value: any DenseTensor
    let gradient: any DenseTensor

    public var count: Int { value.count }
    /// The parameters, in storage order (row-major).
    public var values: [Double] { value.elements }
    /// dL/d(parameters) of the last backward pass, in storage order.
    public var gradients: [Double] { gradient.elements }
}

extension ParameterTensor {
    /// Replaces the gradient: tests corrupt it to show that a gradient check
    /// fails.
    @_spi(Testing)
    public func setGradients(_ values: [Double]) {
        gradient.assign(values)
    }
}

extension ParameterTensor {
    /// The parameters and their gradient as tensors, for an optimizer that
    /// updates the parameters in place (`DenseTensor.adamStep`) and for
    /// saving and restoring them; the model's passes stay the only writers
    /// of the gradient.
    public var trainable: Trainable { Trainable(value: value, gradient: gradient) }
}
