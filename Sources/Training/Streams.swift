/// Seeds of the independent random streams of a training run, each a
/// function of the run's seed and of where it is used, so that every stream
/// can be restarted anywhere: the state of a run at the start of a batch is
/// its parameters and optimizer moments, never a generator's position.
///
/// The parts are mixed with SplitMix64's finalizer; `gsl_rng_mt19937` reads
/// the low 32 bits of the result.
enum Streams {
    static let split: UInt64 = 1
    static let unknownWords: UInt64 = 2
    static let encoder: UInt64 = 3
    static let head: UInt64 = 4
    static let shuffle: UInt64 = 5
    static let dropout: UInt64 = 6

    static func seed(_ base: UInt, _ stream: UInt64, _ parts: Int...) -> UInt {
        var h = mix(UInt64(base) &+ 0x9E37_79B9_7F4A_7C15 &* stream)
        for p in parts { h = mix(h ^ UInt64(bitPattern: Int64(p)) &+ 0x9E37_79B9_7F4A_7C15) }
        return UInt(h & 0xFFFF_FFFF)
    }

    private static func mix(_ x: UInt64) -> UInt64 {
        var z = x
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
