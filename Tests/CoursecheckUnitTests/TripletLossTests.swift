import CoursecheckAssignment
import CoursecheckMaths
import CoursecheckNumerics
import CoursecheckTestSupport
import CoursecheckVerification
import Testing

private let triplets = [
    Triplet(anchor: .sample(1), positive: .sample(2), negative: .sample(5)),
    Triplet(anchor: .sample(4), positive: .sample(6), negative: .sample(3)),
    Triplet(anchor: .sample(2), positive: .sample(3), negative: .sample(6)),
]

@Suite("Triplet loss: exact, analytic and finite-difference gradients agree")
struct TripletLossTests {
    @Test("All three gradients agree where every hinge is active", arguments: Seeds.sweep(12))
    func agreeActive(seed: UInt) throws {
        let loss = TripletLoss(triplets: triplets, margin: 0.7)
        let symbols = (1...6).map(Symbol.sample)
        let point = try ReferencePoint.draw(for: loss, symbols: symbols, active: true, count: 1, dimension: 5, seed: seed)[0]
        let analytic = loss.analyticGradient(at: point)
        for symbol in symbols {
            let exact = try loss.symbolicGradient(with: symbol, active: true).evaluate(at: point, dimension: 5)
            let fd = try loss.finiteDifferenceGradient(at: point, with: symbol, method: CentralDifference(step: 1e-4))
            #expect(Closeness.mismatch(exact, fd, tolerance: 1e-8, context: "seed \(seed) exact vs fd \(symbol)") == nil)
            #expect(Closeness.mismatch(analytic[symbol]!, fd, tolerance: 1e-8, context: "seed \(seed) analytic vs fd \(symbol)") == nil)
        }
    }

    @Test("Where the hinge is inactive the gradient is zero", arguments: Seeds.sweep(8))
    func inactive(seed: UInt) throws {
        let loss = TripletLoss(triplets: [.generic], margin: 1)
        let point = try ReferencePoint.draw(for: loss, symbols: Symbol.roles, active: false, count: 1, dimension: 4, seed: seed)[0]
        #expect(loss.value(at: point) == 0)
        for symbol in Symbol.roles {
            let fd = try loss.finiteDifferenceGradient(at: point, with: symbol, method: CentralDifference())
            #expect(Closeness.mismatch(fd, [0, 0, 0, 0], tolerance: 1e-12, context: "seed \(seed) \(symbol)") == nil)
        }
    }

    @Test("The symbolic gradient of the generic triplet, derived from the loss")
    func generic() throws {
        // Worked out by hand from L = ½‖a−p‖² − ½‖a−n‖² + α: ∂/∂a = n − p.
        let loss = TripletLoss(triplets: [.generic], margin: 1)
        let ga = try loss.symbolicGradient(with: .anchor, active: true)
        #expect(ga == LinearExpression([.negative: .one, .positive: Rational(-1)]))
        #expect(try loss.unscaled.symbolicGradient(with: .anchor, active: true) == ga.scaled(by: Rational(2)))
        #expect(try loss.symbolicGradient(with: .anchor, active: false) == .zero)
    }

    @Test("Reference points keep every hinge away from its kink")
    func margins() throws {
        let loss = TripletLoss(triplets: triplets, margin: 0.3)
        let points = try ReferencePoint.draw(for: loss, symbols: (1...6).map(Symbol.sample), active: true, count: 5, dimension: 4, seed: 7)
        for point in points {
            #expect(loss.hingeArguments(at: point).allSatisfy { $0 > 0.3 / 20 })
        }
    }

    @Test("Question 4 counts: enumeration and closed form agree, including a third class of another size")
    func counts() throws {
        var part = try Assignment.load(from: PackagePaths.assignment.path).part2
        let counts = try TripletCounts(part: part)
        // 6·5·4 ordered triplets; 6 anchors × 2 positives × 3 negatives valid.
        #expect(counts.all == 120 && counts.valid == 36)
        #expect(counts.validFactors == [6, 2, 3])
        part.samples = 7
        part.labels = [1, 1, 1, 2, 2, 3, 3]
        let uneven = try TripletCounts(part: part)
        // 3·2·4 + 2·1·5 + 2·1·5 = 44, worked out by hand.
        #expect(uneven.all == 210 && uneven.valid == 44)
        #expect(uneven.validFactors == nil)
    }
}
