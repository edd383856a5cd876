import CoursecheckNumerics

/// How a model's passes cut their work and how many threads run it.
///
/// `lanes` decides the arithmetic: how a batch is split between lanes, and so
/// the order of every per-lane sum (such as the bias gradients, summed per
/// lane and then over the lanes in order). `threads` only decides how many
/// lanes run at once. So two runs with the same `lanes` give the same bits
/// whatever their `threads`.
public struct Schedule: Equatable, Sendable {
    public var lanes: Int
    public var threads: Int

    public init(lanes: Int, threads: Int) {
        precondition(lanes >= 1 && threads >= 1, "lanes and threads must be positive, got \(lanes) and \(threads)")
        self.lanes = lanes
        self.threads = threads
    }

    /// One lane per core, all running at once: the fastest here.
    public static var machine: Schedule { Schedule(lanes: Lanes.available, threads: Lanes.available) }
}
