@preconcurrency internal import CGSL
import Dispatch
import Foundation

/// Runs independent parts of a computation on the machine's cores at once,
/// each part calling OpenBLAS single-threaded.
///
/// A recurrence over a batch is independent from sequence to sequence, so
/// each lane can carry its own rows through every time step — its small
/// GEMMs and its gate loops — with no synchronisation until the end. For
/// such small GEMMs (16–32 rows) that is faster than OpenBLAS splitting each
/// GEMM across threads and the gate loops running on one core.
public enum Lanes {
    /// The cores of the machine: the most lanes worth running.
    public static let available = max(1, ProcessInfo.processInfo.activeProcessorCount)

    /// How many lanes to split `rows` independent rows into: at most
    /// `limit`, each with at least `minimum` rows.
    public static func count(rows: Int, limit: Int = available, minimum: Int = 4) -> Int {
        max(1, min(limit, rows / minimum))
    }

    /// The rows of lane `lane` out of `lanes` over `rows` rows.
    public static func range(_ lane: Int, of lanes: Int, rows: Int) -> Range<Int> {
        (rows * lane / lanes)..<(rows * (lane + 1) / lanes)
    }

    /// Runs `body` with OpenBLAS on one thread, then restores its thread
    /// count. Inside, the lanes are the only parallelism: OpenBLAS's own
    /// worker threads would otherwise spin between calls on the cores the
    /// lanes need.
    public static func exclusive<T>(_ body: () throws -> T) rethrows -> T {
        // Restore the count OpenBLAS started with, not the one found: two
        // overlapping callers would otherwise leave it at one for good.
        let threads = initialThreads
        openblas_set_num_threads(1)
        defer { openblas_set_num_threads(threads) }
        return try body()
    }

    private static let initialThreads = openblas_get_num_threads()

    /// Runs `body(lane)` for every lane, at most `threads` at once; rethrows
    /// the first error of any lane. Call BLAS inside only under `exclusive`.
    ///
    /// How the work is cut (`lanes`) decides the arithmetic; how many threads
    /// run the lanes does not: with `threads` 1 the lanes run one after the
    /// other, in order, and every lane computes exactly what it would on a
    /// thread of its own.
    public static func run(_ lanes: Int, threads: Int = available, _ body: (Int) throws -> Void) throws {
        guard lanes > 1 else { return try body(0) }
        guard threads > 1 else {
            for lane in 0..<lanes { try body(lane) }
            return
        }
        let workers = min(lanes, threads)
        let failure = FailureSlot()
        withoutActuallyEscaping(body) { body in
            let box = UnsafeBody(body)
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                for lane in stride(from: worker, to: lanes, by: workers) {
                    do { try box.body(lane) } catch { failure.record(error) }
                }
            }
        }
        if let error = failure.error { throw error }
    }

    /// The body shared by the lanes: each lane touches only its own rows.
    private struct UnsafeBody: @unchecked Sendable {
        let body: (Int) throws -> Void
        init(_ body: @escaping (Int) throws -> Void) { self.body = body }
    }

    private final class FailureSlot: @unchecked Sendable {
        private let lock = NSLock()
        private var first: (any Error)?
        var error: (any Error)? { lock.withLock { first } }
        func record(_ error: any Error) { lock.withLock { if first == nil { first = error } } }
    }
}
