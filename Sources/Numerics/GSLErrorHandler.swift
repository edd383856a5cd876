@preconcurrency internal import CGSL
import Foundation

/// The process-wide GSL error handler and its per-thread record.
///
/// `gsl_set_error_handler` takes a C function pointer without a context
/// argument, so the error travels through a `pthread` key: the handler runs on
/// the thread of the failing call, which is the thread that reads it back.
enum GSLErrorHandler {
    private final class Record {
        let error: GSLError
        init(_ error: GSLError) { self.error = error }
    }

    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        let status = pthread_key_create(&key) { pointer in
            if let pointer { Unmanaged<AnyObject>.fromOpaque(pointer).release() }
        }
        precondition(status == 0, "pthread_key_create failed with status \(status)")
        return key
    }()

    private static let installation: Void = {
        _ = key
        gsl_set_error_handler { reason, file, line, status in
            let error = GSLError(
                status: status,
                reason: reason.map { String(cString: $0) } ?? "",
                file: file.map { URL(fileURLWithPath: String(cString: $0)).lastPathComponent } ?? "",
                line: Int(line)
            )
            GSLErrorHandler.store(error)
        }
    }()

    /// Replaces GSL's aborting handler; later calls do nothing.
    static func installOnce() { _ = installation }

    private static func store(_ error: GSLError) {
        // Keep the first error of a call: later ones are usually consequences.
        guard pthread_getspecific(key) == nil else { return }
        let record = Unmanaged.passRetained(Record(error) as AnyObject)
        pthread_setspecific(key, record.toOpaque())
    }

    /// Forgets any error recorded on this thread.
    static func clear() {
        guard let pointer = pthread_getspecific(key) else { return }
        pthread_setspecific(key, nil)
        Unmanaged<AnyObject>.fromOpaque(pointer).release()
    }

    /// The error recorded on this thread since the last `clear`, if any.
    static func take() -> GSLError? {
        guard let pointer = pthread_getspecific(key) else { return nil }
        let error = (Unmanaged<AnyObject>.fromOpaque(pointer).takeUnretainedValue() as? Record)?.error
        clear()
        return error
    }
}
