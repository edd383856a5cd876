import Foundation

/// Word and HTML sheets are converted to Markdown with TeX maths by pandoc
/// (Debian package `pandoc`), run as a subprocess: a fixed argument list (no
/// shell), a time limit and a cap on the output it may write.
///
/// - Word: the equation editor's maths comes through as TeX (`aligned` may
///   come back as `matrix`), tables as pipe tables.
/// - HTML: MathJax/KaTeX delimiters left in the text (`\( \)`, `\[ \]`, `$$`)
///   and MathML are both read as maths; KaTeX's rendered copy of each
///   formula (hidden from screen readers, `aria-hidden`) is dropped, its TeX
///   annotation kept.
enum Pandoc {
    /// The formats pandoc reads for coursecheck, by file extension.
    enum Input: String, CaseIterable {
        case docx
        case html

        init?(path: String) {
            switch (path as NSString).pathExtension.lowercased() {
            case "docx": self = .docx
            case "html", "htm", "xhtml": self = .html
            default: return nil
            }
        }

        var readerArgument: String {
            switch self {
            case .docx: "docx"
            case .html: "html+tex_math_dollars+tex_math_single_backslash"
            }
        }
    }

    static let timeLimit: TimeInterval = 60
    /// Largest Markdown accepted from pandoc: the limit on a sheet.
    static let outputLimit = SheetText.maximumBytes

    /// Markdown with pipe tables (no HTML, spans or attributes) and maths in
    /// `$ $` and `$$ $$`; lines are not wrapped.
    static let writer = "markdown-simple_tables-multiline_tables-grid_tables-raw_html-raw_attribute"
        + "-native_divs-native_spans-bracketed_spans-fenced_divs-header_attributes-link_attributes-smart"

    /// Keeps maths whatever way the HTML carries it; drops KaTeX's visual copy.
    static let filter = """
        local function hidden(el)
          return el.attributes["aria-hidden"] == "true" or el.classes:includes("katex-html")
        end
        function Span(el)
          if hidden(el) then return {} end
          if el.classes:includes("math") then
            local tex = pandoc.utils.stringify(el)
            if el.classes:includes("display") then return pandoc.Math("DisplayMath", tex) end
            return pandoc.Math("InlineMath", tex)
          end
        end
        function Div(el)
          if hidden(el) then return {} end
        end
        """

    /// The path of the `pandoc` executable on `PATH`, if any.
    static func executable() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") where !directory.isEmpty {
            let candidate = "\(directory)/pandoc"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Converts a sheet's bytes, already read, to Markdown: pandoc reads them
    /// on its standard input and never opens a path of its own. `name`
    /// names the sheet in messages.
    static func convert(data: Data, name path: String, from input: Input) throws -> String {
        guard let pandoc = executable() else {
            throw SheetError.unreadable(path: path, reason: "reading .\(input.rawValue) needs pandoc (Debian package `pandoc`), which is not installed")
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("coursecheck-pandoc-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: false)
        defer { try? FileManager.default.removeItem(at: directory) }
        let filterURL = directory.appendingPathComponent("math.lua")
        try Data(filter.utf8).write(to: filterURL)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: pandoc)
        process.arguments = ["--from", input.readerArgument, "--to", writer, "--wrap=none",
                             "--lua-filter", filterURL.path, "--quiet"]
        process.environment = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"]
        let output = Pipe(), errors = Pipe(), standardInput = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = standardInput
        do { try process.run() } catch {
            throw SheetError.unreadable(path: path, reason: "cannot run pandoc: \(error.localizedDescription)")
        }
        // The bytes go in on a thread of their own, so that a pandoc that
        // writes before it has read everything never blocks on either pipe.
        let feeder = standardInput.fileHandleForWriting
        Thread.detachNewThread { Pandoc.feed(data, to: feeder) }
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
        if timedOut {
            throw SheetError.unreadable(path: path, reason: "pandoc did not finish converting it within \(Int(timeLimit)) s")
        }
        if stdout.overflowed || data.count > outputLimit {
            throw SheetError.tooLarge(path: path, bytes: data.count, limit: outputLimit)
        }
        guard process.terminationStatus == 0 else {
            let reason = String(decoding: message, as: UTF8.self).split(whereSeparator: \.isNewline).first.map(String.init) ?? "exit status \(process.terminationStatus)"
            throw SheetError.unreadable(path: path, reason: "pandoc cannot convert it: \(reason)")
        }
        return String(decoding: data, as: UTF8.self)
    }
}

extension Pandoc {
    /// Writes `data` to a pipe and closes it. A pandoc that exits before it
    /// has read everything (an unreadable file) must not end coursecheck by
    /// SIGPIPE: the signal is blocked on this thread, so the write fails with
    /// EPIPE instead, and the signal left pending is taken before the thread
    /// ends.
    static func feed(_ data: Data, to handle: FileHandle) {
        var pipeSignal = sigset_t()
        sigemptyset(&pipeSignal)
        sigaddset(&pipeSignal, SIGPIPE)
        pthread_sigmask(SIG_BLOCK, &pipeSignal, nil)
        let fd = handle.fileDescriptor
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count, let base = buffer.baseAddress {
                let written = write(fd, base + offset, buffer.count - offset)
                if written > 0 { offset += written } else if written < 0 && errno == EINTR { continue } else { break }
            }
        }
        try? handle.close()
        var zero = timespec(tv_sec: 0, tv_nsec: 0)
        while sigtimedwait(&pipeSignal, nil, &zero) == SIGPIPE {}
    }
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
