import CoursecheckTraining
import Foundation

/// A one-line progress bar with an ETA on standard error, drawn only when
/// standard error is a terminal: nothing of it reaches a pipe or a file.
final class ProgressBar: @unchecked Sendable {
    private let enabled = isatty(STDERR_FILENO) == 1
    private var lastDraw: UInt64 = 0
    private let lock = NSLock()

    /// Draws `prefix` and the training run's position, at most 5 times a second.
    func update(_ p: TrainingProgress, prefix: String = "") {
        guard enabled else { return }
        let now = DispatchTime.now().uptimeNanoseconds
        lock.lock()
        defer { lock.unlock() }
        guard now - lastDraw > 200_000_000 || p.phase != .training else { return }
        lastDraw = now
        let line: String
        switch p.phase {
        case .training:
            let fraction = Double(p.batch) / Double(max(1, p.batches))
            let width = 24
            let filled = Int(fraction * Double(width))
            let perBatch = p.elapsed / Double(max(1, p.batch))
            let left = perBatch * Double(p.batches - p.batch) + perBatch * Double(p.batches) * Double(p.epochs - p.epoch)
            line = "\(prefix)epoch \(p.epoch)/\(p.epochs) [\(String(repeating: "#", count: filled))\(String(repeating: ".", count: width - filled))] "
                + "\(p.batch)/\(p.batches) loss \(String(format: "%.4f", p.loss)) ETA \(Self.duration(left))"
        case .validating: line = "\(prefix)epoch \(p.epoch)/\(p.epochs): validating"
        case .testing: line = "\(prefix)testing"
        }
        FileHandle.standardError.write(Data("\r\u{1B}[K\(line)".utf8))
    }

    /// Clears the line.
    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }

    static func duration(_ seconds: Double) -> String {
        guard seconds.isFinite else { return "?" }
        let s = Int(seconds.rounded())
        return s >= 3600 ? "\(s / 3600)h\(String(format: "%02d", s % 3600 / 60))m" : s >= 60 ? "\(s / 60)m\(String(format: "%02d", s % 60))s" : "\(s)s"
    }
}
