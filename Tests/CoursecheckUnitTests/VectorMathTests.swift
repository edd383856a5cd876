import CoursecheckNumerics
import Foundation
import Testing

@Suite("Vectorised exp, σ and tanh")
struct VectorMathTests {
    @Test("exp agrees with glibc to 5e-16 relative over the whole normal range")
    func exp() {
        var worst = 0.0
        var x = -708.0
        while x <= 709 {
            let v = VectorMath.exp(SIMD4(x, x + 0.001, x + 0.002, x + 0.003))
            for k in 0..<4 {
                let e = Foundation.exp(x + 0.001 * Double(k))
                worst = max(worst, abs(v[k] - e) / e)
            }
            x += 0.0173
        }
        #expect(worst < 5e-16, "worst relative error \(worst)")
    }

    @Test("σ and tanh agree with glibc, saturate cleanly and let NaN through")
    func gates() {
        for x in stride(from: -40.0, through: 40, by: 0.37) {
            let v = SIMD4(repeating: x)
            #expect(abs(VectorMath.sigmoid(v)[0] - 1 / (1 + Foundation.exp(-x))) < 1e-15)
            #expect(abs(VectorMath.tanh(v)[0] - Foundation.tanh(x)) < 1e-15)
        }
        let extreme = VectorMath.tanh(SIMD4(-1e300, 1e300, 0, .nan))
        #expect(extreme[0] == -1 && extreme[1] == 1 && extreme[2] == 0 && extreme[3].isNaN)
    }
}
