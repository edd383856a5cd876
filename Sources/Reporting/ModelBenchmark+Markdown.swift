import CoursecheckModels
import CoursecheckNumerics
import Foundation

extension ModelBenchmark {
    /// The two medians as a table, with the sizes and the BLAS library.
    public func markdown() -> String {
        """
        # Benchmark: \(model)

        batch \(batch), steps \(steps), input \(inputSize), hidden \(hiddenSize), float64, BLAS: \(BLAS.provider)

        | Pass | Median (ms) |
        |---|---:|
        | forward | \(String(format: "%.2f", forwardMs)) |
        | forward + backward | \(String(format: "%.2f", forwardBackwardMs)) |

        """
    }
}
