@_spi(Testing) import CoursecheckGrading
import Foundation
import Testing

/// The grading workers' ordered stream: results reach the writer in index
/// order whatever order the workers finish in, the workers stay within the
/// window, and a writer's error stops them.
@Suite("Grading: ordered parallel stream")
struct ParallelStreamTests {
    /// Items take different times, so workers finish out of order.
    @Test(arguments: [2, 3])
    func resultsArriveInIndexOrder(jobs: Int) throws {
        let run = try GradingTestHooks.stream(40, jobs: jobs, window: 4) { k in
            Thread.sleep(forTimeInterval: Double((40 - k) % 5) / 2000)
            return k * k
        }
        #expect(run.seen == (0..<40).map { $0 * $0 })
    }

    /// No item starts more than the window past the first not consumed, and
    /// with two workers the stream does run ahead of the writer.
    @Test(arguments: [2, 5])
    func workersStayInsideTheWindow(window: Int) throws {
        let run = try GradingTestHooks.stream(60, jobs: 2, window: window) { k in
            Thread.sleep(forTimeInterval: 0.0005)
            return k
        }
        #expect(run.seen == Array(0..<60))
        #expect(run.lead <= window + 1)
        #expect(run.lead >= 2)
    }

    /// An error from the writer stops the run and is rethrown; the workers
    /// stop within the window of it (item 5 fails: consumed 6, window 4,
    /// so items 0…9 at most), and none runs after the stream returns.
    @Test func aWritersErrorStopsTheWorkers() throws {
        final class Count: @unchecked Sendable {
            let lock = NSLock()
            var started = 0
        }
        let count = Count()
        #expect(throws: (any Error).self) {
            _ = try GradingTestHooks.stream(1000, jobs: 2, window: 4, failAt: 5) { k in
                count.lock.withLock { count.started += 1 }
                Thread.sleep(forTimeInterval: 0.001)
                return k
            }
        }
        let atReturn = count.lock.withLock { count.started }
        #expect(atReturn <= 10)
        Thread.sleep(forTimeInterval: 0.05)
        #expect(count.lock.withLock { count.started } == atReturn)
    }
}
