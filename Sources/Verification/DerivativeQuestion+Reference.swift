import CoursecheckAssignment
import CoursecheckMaths
import CoursecheckNumerics

extension DerivativeQuestion {
    /// Computes and cross-checks the reference for every symbol.
    public func references(settings: Assignment.ReferenceSettings) throws -> [Symbol: DerivativeReference] {
        let symbolsInLoss = Set(loss.triplets.flatMap(\.symbols)).union(symbols)
        let points = try ReferencePoint.draw(
            for: loss, symbols: Array(symbolsInLoss), active: active,
            count: settings.draws, dimension: settings.dimension, seed: settings.seed &+ seedOffset)
        let method = CentralDifference(step: settings.step)
        let analytic = points.map { loss.analyticGradient(at: $0) }

        var result: [Symbol: DerivativeReference] = [:]
        for symbol in symbols {
            let expected = try loss.symbolicGradient(with: symbol, active: active)
            var differences: [[Double]] = []
            for (d, point) in points.enumerated() {
                let fd = try loss.finiteDifferenceGradient(at: point, with: symbol, method: method)
                let exact = expected.evaluate(at: point, dimension: settings.dimension)
                let byHand = analytic[d][symbol]!
                for j in 0..<settings.dimension {
                    let agree = abs(exact[j] - fd[j]) <= settings.tolerance && abs(byHand[j] - fd[j]) <= settings.tolerance
                    guard agree else {
                        throw ReferenceError.disagreement(
                            question: id.key, symbol: symbol, draw: d + 1, coordinate: j,
                            exact: exact[j], analytic: byHand[j], finiteDifference: fd[j])
                    }
                }
                differences.append(fd)
            }
            result[symbol] = DerivativeReference(
                symbol: symbol, expected: expected,
                unscaled: try loss.unscaled.symbolicGradient(with: symbol, active: active),
                points: points, finiteDifferences: differences, dimension: settings.dimension)
        }
        return result
    }
}

/// Every derivative question of Part II with its references, computed once
/// and shared by the checks and the goldens. A question whose hinge no draw
/// moves off its kink has none (`references[question.id] == nil`).
public struct Part2References: Sendable {
    public let questions: [DerivativeQuestion]
    public let references: [QuestionID: [Symbol: DerivativeReference]]
    /// Question 4's counts, enumerated once for every sheet checked against
    /// these references; nil when the enumeration failed (each sheet's
    /// check then enumerates again, and reports the failure).
    public let counts: TripletCounts?

    public init(_ assignment: Assignment) throws {
        counts = try? TripletCounts(part: assignment.part2)
        questions = DerivativeQuestion.all(in: assignment.part2)
        var table: [QuestionID: [Symbol: DerivativeReference]] = [:]
        for question in questions {
            do {
                table[question.id] = try question.references(settings: assignment.reference)
            } catch is ReferencePoint.Unreachable {
                // No point keeps the hinge clear of its kink: the loss is not
                // differentiable there, so nothing can be said of the answers.
                continue
            }
        }
        references = table
    }
}
