import CoursecheckNumerics
import Foundation
import Testing

@Suite("BLAS.gemmInTiles")
struct BLASTilesTests {
    /// The recurrence's shapes (rows of a lane × 800 × 200 and × 200 × 800),
    /// one that is not a multiple of the tile width, and one too large to
    /// tile; β = 0 and β = 1.
    @Test("Tiles give the product of one call", arguments: [
        (16, 800, 200), (32, 800, 200), (16, 200, 800), (32, 200, 800), (7, 130, 333), (2_000, 600, 40),
    ])
    func agreesWithOneCall(shape: (m: Int, k: Int, n: Int)) throws {
        let rng = try RandomSource(seed: 7)
        let a = try Matrix(rows: shape.m, columns: shape.k), b = try Matrix(rows: shape.k, columns: shape.n)
        a.fillGaussian(rng, sigma: 1)
        b.fillGaussian(rng, sigma: 1)
        for beta in [0.0, 1.0] {
            let start = try Matrix(rows: shape.m, columns: shape.n)
            start.fillGaussian(rng, sigma: 1)
            let tiled = try Matrix(rows: shape.m, columns: shape.n), plain = try Matrix(rows: shape.m, columns: shape.n)
            tiled.assign(from: start)
            plain.assign(from: start)
            try BLAS.gemmInTiles(a.view, b.view, into: tiled.view, beta: beta)
            try BLAS.gemm(a.view, .none, b.view, .none, into: plain.view, beta: beta)
            // Sums of k products of N(0, 1) terms: errors of order √k·ε.
            let worst = zip(tiled.elements, plain.elements).map { abs($0 - $1) }.max() ?? 0
            #expect(worst < 1e-12, "β = \(beta): largest difference \(worst)")
            #expect(plain.elements.contains { $0 != 0 })
        }
    }

    @Test("Tiles write only inside a strided view")
    func stridedOutput() throws {
        let rng = try RandomSource(seed: 8)
        let a = try Matrix(rows: 16, columns: 800), b = try Matrix(rows: 800, columns: 200)
        a.fillGaussian(rng, sigma: 1)
        b.fillGaussian(rng, sigma: 1)
        // The left half of a 16 × 400 matrix, as a bidirectional level's output.
        let wide = try Matrix(rows: 16, columns: 400)
        try BLAS.gemmInTiles(a.view, b.view, into: wide.columns(0..<200))
        for r in 0..<16 {
            #expect((200..<400).allSatisfy { wide[r, $0] == 0 })
            #expect((0..<200).contains { wide[r, $0] != 0 })
        }
    }
}
