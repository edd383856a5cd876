import Dispatch

/// Medians: of a sample, and of the wall-clock time of a piece of work.
public enum Timing {
    /// The middle value of `xs` sorted (the mean of the two middle ones for
    /// an even count); 0 for none.
    public static func median(_ xs: [Double]) -> Double {
        guard !xs.isEmpty else { return 0 }
        let s = xs.sorted()
        return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
    }

    /// The median time of `body` in milliseconds over `repeats` runs, after
    /// a warm-up of at least `warmup` runs and `warmupSeconds` seconds.
    ///
    /// The warm-up is measured in time as well as in runs because a process
    /// starts slow for a while: pages are first touched, and OpenBLAS's
    /// worker thread, started when the library loads, spins for about 2²⁸
    /// cycles (≈ 0.1 s here) before it sleeps, taking a core from the lanes.
    /// The NumPy peers (bench/rnn_numpy.py, bench/train_numpy.py) warm up by
    /// the same rule.
    public static func medianMilliseconds(warmup: Int = 2, warmupSeconds: Double = 0.3, repeats: Int,
                                          _ body: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        var runs = 0
        while runs < warmup || Double(DispatchTime.now().uptimeNanoseconds - start) < warmupSeconds * 1e9 {
            try body()
            runs += 1
        }
        var times: [Double] = []
        for _ in 0..<repeats {
            let t0 = DispatchTime.now().uptimeNanoseconds
            try body()
            times.append(Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6)
        }
        return median(times)
    }
}
