import CoursecheckNumerics
import CoursecheckTestSupport
import Foundation
import Testing

@Suite("GSL wrappers")
struct NumericsTests {
    @Test("gsl_deriv_central recovers cos from sin to 1e-9", arguments: Seeds.sweep(20))
    func centralDifference(seed: UInt) throws {
        let rng = try RandomSource(seed: seed)
        let x = rng.uniform(-3, 3)
        let (value, abserr) = try CentralDifference(step: 1e-4).derivative(at: x) { sin($0) }
        #expect(abs(value - cos(x)) < 1e-9, "seed \(seed): x = \(x), error \(abs(value - cos(x)))")
        #expect(abserr.isFinite)
    }

    @Test("A GSL domain error becomes a thrown GSLError, not an abort")
    func errorHandler() throws {
        #expect {
            try Combinatorics.choose(3, 5)
        } throws: { error in
            guard let error = error as? GSLError else { return false }
            return error.status == GSLError.domain && !error.reason.isEmpty && !error.file.isEmpty
        }
        // The handler's record does not leak into the next call.
        #expect(try Combinatorics.choose(5, 3) == 10)
    }

    @Test("A non-finite derivative is an error")
    func nonFinite() {
        #expect(throws: GSLError.self) {
            try CentralDifference().derivative(at: 0) { _ in .nan }
        }
    }

    @Test("Errors on concurrent threads stay on their thread")
    func concurrentErrors() async {
        await withTaskGroup(of: Bool.self) { group in
            for k in 0..<32 {
                group.addTask {
                    if k.isMultiple(of: 2) {
                        return (try? Combinatorics.choose(3, 5)) == nil
                    }
                    return (try? Combinatorics.choose(8, 3)) == 56
                }
            }
            for await ok in group { #expect(ok) }
        }
    }

    @Test("Enumeration matches the closed form n!/(n−k)!", arguments: 0...8)
    func enumeration(n: Int) throws {
        for k in 0...min(n, 4) {
            let tuples = try Combinatorics.orderedTuples(of: n, choose: k)
            #expect(tuples.count == (try Combinatorics.permutations(n, k)))
            #expect(Set(tuples).count == tuples.count, "tuples are distinct")
            #expect(tuples.allSatisfy { Set($0).count == k }, "entries within a tuple are distinct")
        }
    }

    @Test("The same seed gives the same stream")
    func reproducible() throws {
        let a = try RandomSource(seed: 42).gaussianVector(5, sigma: 1)
        let b = try RandomSource(seed: 42).gaussianVector(5, sigma: 1)
        let c = try RandomSource(seed: 43).gaussianVector(5, sigma: 1)
        #expect(a == b)
        #expect(a != c)
    }
}
