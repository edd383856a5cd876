import CoursecheckModels
import CoursecheckNumerics
import CoursecheckTestSupport
import Foundation
import Testing

/// The model API as it is meant to be used, and the misuses it rules out:
/// backward needs the tape that forward returned, consumes it, and reads only
/// what the tape owns.
@Suite("The model API: forward returns a tape, backward consumes it")
struct ModelAPITests {
    private func model(_ seed: UInt = 21) throws -> RecurrentModel {
        let spec = ModelSpec(name: "api", recurrence: .lstm, levels: 2, bidirectional: true)
        return try RecurrentModel(spec: spec, inputSize: 5, hiddenSize: 4, bias: .two, seed: seed)
    }

    private func random(_ rows: Int, _ columns: Int, seed: UInt) throws -> Matrix {
        let m = try Matrix(rows: rows, columns: columns)
        m.fillGaussian(try RandomSource(seed: seed), sigma: 1)
        return m
    }

    /// The intended use, end to end.
    private func gradients(of model: RecurrentModel, input: Matrix, dy: Matrix) throws -> (output: [Double], dx: [Double], dθ: [[Double]]) {
        let tape = try model.forward(input, steps: 3, batch: 2)
        let output = try tape.copyOutput().elements
        let dx = try Matrix(rows: input.rows, columns: input.columns)
        try tape.backward(dy, inputGradient: dx)
        return (output, dx.elements, model.parameters.map(\.gradients))
    }

    @Test("forward → tape → backward fills every parameter's gradient and dL/dX")
    func intendedUse() throws {
        let model = try model()
        let x = try random(6, 5, seed: 1), dy = try random(6, model.outputSize, seed: 2)
        let result = try gradients(of: model, input: x, dy: dy)
        #expect(result.output.count == 6 * 8)
        #expect(result.dx.contains { $0 != 0 })
        #expect(result.dθ.count == model.parameters.count)
        #expect(result.dθ.allSatisfy { $0.contains { $0 != 0 } })
    }

    @Test("Two tapes alive at once do not share activations: each backward sees its own forward")
    func overlappingTapes() throws {
        let model = try model()
        let (x1, x2) = (try random(6, 5, seed: 3), try random(6, 5, seed: 4))
        let dy = try random(6, model.outputSize, seed: 5)
        let alone = try gradients(of: model, input: x1, dy: dy)

        let first = try model.forward(x1, steps: 3, batch: 2)
        let second = try model.forward(x2, steps: 3, batch: 2)
        let dx = try Matrix(rows: 6, columns: 5)
        try first.backward(dy, inputGradient: dx)
        #expect(dx.elements == alone.dx)
        #expect(model.parameters.map(\.gradients) == alone.dθ)
        _ = consume second
    }

    @Test("The tape keeps its own input: changing the caller's matrix after forward changes nothing")
    func inputOwned() throws {
        let model = try model()
        let x = try random(6, 5, seed: 6), dy = try random(6, model.outputSize, seed: 7)
        let alone = try gradients(of: model, input: x, dy: dy)
        let tape = try model.forward(x, steps: 3, batch: 2)
        x.fillGaussian(try RandomSource(seed: 99), sigma: 5)
        let dx = try Matrix(rows: 6, columns: 5)
        try tape.backward(dy, inputGradient: dx)
        #expect(dx.elements == alone.dx)
    }

    /// The misuses the issue names do not compile: the snippet is type-checked
    /// against the built modules.
    @Test("Backward twice over one tape, or without a forward pass, does not compile",
          arguments: [
              ("let t = try m.forward(x, steps: 3, batch: 2)\ntry t.backward(x)\ntry t.backward(x)", "consumed more than once"),
              ("let t: Tape\ntry t.backward(x)", "used before being initialized"),
              ("let t = try m.forward(x, steps: 3, batch: 2)\nlet u = t\ntry t.backward(x)\n_ = u", "consumed more than once"),
          ])
    func misuseDoesNotCompile(snippet: (String, String)) throws {
        let modules = PackagePaths.binary.deletingLastPathComponent().appendingPathComponent("Modules")
        let folder = try PackagePaths.temporaryFolder()
        let source = folder.appendingPathComponent("misuse.swift")
        let text = """
            import CoursecheckModels
            import CoursecheckNumerics
            func misuse(_ m: RecurrentModel, _ x: Matrix) throws {
            \(snippet.0)
            }
            """
        try Data(text.utf8).write(to: source)
        let swiftc = URL(fileURLWithPath: "/usr/bin/env")
        let arguments = ["swiftc", "-emit-sil", "-o", "/dev/null", "-I", modules.path, "-I", PackagePaths.root.appendingPathComponent("Sources/CGSL").path, source.path]
        let run = try CommandRun.run(swiftc, arguments, in: folder)
        #expect(run.status != 0)
        #expect(run.stderr.contains(snippet.1), "\(run.stderr)")
        // The same file with the misuse taken out compiles: the failure is the misuse.
        let fine = text.replacingOccurrences(of: snippet.0, with: "let t = try m.forward(x, steps: 3, batch: 2)\ntry t.backward(x)")
        try Data(fine.utf8).write(to: source)
        let ok = try CommandRun.run(swiftc, arguments, in: folder)
        #expect(ok.status == 0, "\(ok.stderr)")
    }
}
