import CoursecheckAssignment
import CoursecheckMaths
import CoursecheckNumerics
import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Foundation
import Testing

@Suite("Faults: GSL errors are thrown, numbers never reach a verdict unchecked")
struct FaultTests {
    @Test("GSL error paths throw GSLError with GSL's own status and reason")
    func gslErrors() throws {
        #expect(throws: GSLError.self) { try Combinatorics.factorial(171) }
        #expect(throws: GSLError.self) { try Combinatorics.choose(2, 7) }
        let a = try Matrix(rows: 2, columns: 3), b = try Matrix(rows: 2, columns: 3), c = try Matrix(rows: 2, columns: 2)
        #expect {
            try BLAS.gemm(a.view, .none, b.view, .none, into: c.view)
        } throws: { error in
            (error as? GSLError)?.status == GSLError.badLength
        }
        // After the failures, GSL works as before: nothing was left behind.
        try BLAS.gemm(a.view, .none, b.view, .transpose, into: c.view)
        #expect(try Combinatorics.permutations(6, 3) == 120)
    }

    @Test("A hinge that cannot leave its kink makes the answers unverifiable, not wrong")
    func onTheHinge() throws {
        // With positive = negative the hinge argument is α > 0 at every point:
        // no draw has it inactive.
        let loss = TripletLoss(triplets: [Triplet(anchor: .anchor, positive: .positive, negative: .positive)], margin: 1)
        #expect(throws: ReferencePoint.Unreachable.self) {
            try ReferencePoint.draw(for: loss, symbols: [.anchor, .positive], active: false, count: 1, dimension: 4, seed: 1)
        }
        let question = DerivativeQuestion(id: .question(2), loss: loss, active: false, symbols: [.anchor], seedOffset: 0)
        let assignment = try Assignment.load(from: PackagePaths.assignment.path)
        let checks = try Part2Checker(assignment: assignment).onTheHinge(question)
        #expect(checks.map(\.status) == [.unverifiable])
        #expect(checks[0].evidence.contains("not differentiable"))
    }

    @Test("Finite differences that cannot meet the tolerance fail loudly with every value")
    func disagreement() throws {
        var assignment = try Assignment.load(from: PackagePaths.assignment.path)
        assignment.reference.tolerance = 1e-300
        let question = DerivativeQuestion.all(in: assignment.part2)[1]
        #expect {
            try question.references(settings: assignment.reference)
        } throws: { error in
            let text = String(describing: error)
            return text.contains("exact") && text.contains("analytic") && text.contains("finite difference")
        }
    }

    @Test("Non-finite values never become a verdict: NaN and ∞ accuracies are unreadable, NaN functions throw")
    func nonFinite() {
        #expect(TableRow.percentage("nan") == nil && TableRow.percentage("inf%") == nil && TableRow.percentage("73.5 %") == 73.5)
        #expect(throws: GSLError.self) { try CentralDifference().derivative(at: 1) { _ in .infinity } }
    }
}
