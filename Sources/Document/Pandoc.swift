import Foundation

/// pandoc (Debian package `pandoc`), run as a subprocess for HTML sheets:
/// a fixed argument list (no shell), the sheet's bytes on standard input
/// (never a path: grading reads files itself), a time limit, and a cap on
/// the output it may write. It writes its JSON AST, which `PandocHTML`
/// walks into blocks.
enum Pandoc {
    static let timeLimit: TimeInterval = 60
    /// Largest JSON accepted from pandoc.
    static let outputLimit = 64 * 1024 * 1024

    /// The path of the `pandoc` executable on `PATH`, if any.
    static func executable() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") where !directory.isEmpty {
            let candidate = "\(directory)/pandoc"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// pandoc's output for `input` read as `from` and written as `to`;
    /// `path` names the sheet in messages.
    static func run(_ input: Data, from: String, to: String, path: String, what: String) throws -> Data {
        guard let pandoc = executable() else {
            throw SheetError.unreadable(path: path, reason: "reading \(what) needs pandoc (Debian package `pandoc`), which is not installed")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: pandoc)
        process.arguments = ["--from", from, "--to", to, "--quiet"]
        process.environment = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"]
        let output = Pipe(), errors = Pipe(), standardInput = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = standardInput
        do { try process.run() } catch {
            throw SheetError.unreadable(path: path, reason: "cannot run pandoc: \(error.localizedDescription)")
        }
        // Fed on a thread of its own, so that a full output pipe cannot
        // block the writer; a pandoc that stops reading ends the write (EPIPE).
        let writer = standardInput.fileHandleForWriting
        let fed = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            feed(input, to: writer.fileDescriptor)
            try? writer.close()
            fed.signal()
        }
        let stdout = CappedReader(output.fileHandleForReading, limit: outputLimit + 1)
        let stderr = CappedReader(errors.fileHandleForReading, limit: 4096)
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        var timedOut = false
        if finished.wait(timeout: .now() + timeLimit) == .timedOut || stdout.overflowed {
            timedOut = !stdout.overflowed
            process.terminate()
            if finished.wait(timeout: .now() + 2) == .timedOut { kill(process.processIdentifier, SIGKILL) }
        }
        let data = stdout.finish(), message = stderr.finish()
        fed.wait()
        if timedOut {
            throw SheetError.unreadable(path: path, reason: "pandoc did not finish reading it within \(Int(timeLimit)) s")
        }
        if stdout.overflowed || data.count > outputLimit {
            throw SheetError.tooLarge(path: path, bytes: data.count, limit: outputLimit)
        }
        guard process.terminationStatus == 0 else {
            let reason = String(decoding: message, as: UTF8.self).split(whereSeparator: \.isNewline).first.map(String.init) ?? "exit status \(process.terminationStatus)"
            throw SheetError.unreadable(path: path, reason: "pandoc cannot read it: \(reason)")
        }
        return data
    }
}

/// Writes `data` to the pipe `fd` from the calling thread with SIGPIPE
/// blocked there, so that a reader gone early is an error (EPIPE) for this
/// write, not the end of coursecheck; a SIGPIPE left pending is taken.
private func feed(_ data: Data, to fd: Int32) {
    var pipeSignal = sigset_t()
    sigemptyset(&pipeSignal)
    sigaddset(&pipeSignal, SIGPIPE)
    pthread_sigmask(SIG_BLOCK, &pipeSignal, nil)
    data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
        guard var p = raw.baseAddress else { return }
        var left = raw.count
        while left > 0 {
            let n = write(fd, p, left)
            if n < 0 { if errno == EINTR { continue }; break }
            p += n
            left -= n
        }
    }
    var zero = timespec(tv_sec: 0, tv_nsec: 0)
    while sigtimedwait(&pipeSignal, nil, &zero) == SIGPIPE {}
}

/// Reads a pipe on a thread of its own, keeping at most `limit` bytes and
/// draining the rest, so the writer never blocks on a full pipe.
private final class CappedReader: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    private var over = false
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle, limit: Int) {
        Thread.detachNewThread { [self] in
            while true {
                let chunk = handle.availableData
                if chunk.isEmpty { break }
                let full = lock.withLock {
                    if data.count + chunk.count > limit { over = true } else { data.append(chunk) }
                    return over
                }
                // Closing the pipe stops the writer (EPIPE) instead of
                // draining output of any size.
                if full { break }
            }
            try? handle.close()
            done.signal()
        }
    }

    var overflowed: Bool { lock.withLock { over } }

    /// Waits for the end of the stream (the process has exited or been killed).
    func finish() -> Data {
        done.wait()
        return lock.withLock { data }
    }
}
