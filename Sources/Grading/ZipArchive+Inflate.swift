internal import CCoursecheckZlib
import Foundation

extension ZipArchive {
    /// At most `limit` bytes of an entry, inflated, and its size (the
    /// header's word, or what was inflated when more). The local header is
    /// checked (a damaged one is this entry's problem, no other's); the
    /// CRC-32 is checked when the whole entry was read.
    public func read(_ entry: TreeEntry, limit: Int) throws -> (data: Data, size: Int) {
        guard case .file(let ref, _) = entry.kind else { throw TreeReadError(name: entry.name, reason: "not a file") }
        let record = records[ref]
        let header = [UInt8](bytes(at: record.localOffset, count: 30))
        guard header.count == 30, header.u32(0) == 0x0403_4b50 else {
            throw TreeReadError(name: entry.name, reason: "damaged zip entry (no local header where the central directory says)")
        }
        // No sum may overflow: the offset and sizes come from the archive.
        let (start, past) = record.localOffset.addingReportingOverflow(30 + Int64(header.u16(26)) + Int64(header.u16(28)))
        let (end, beyond) = start.addingReportingOverflow(record.compressedSize)
        guard !past, !beyond, record.compressedSize >= 0, end <= fileSize else {
            throw TreeReadError(name: entry.name, reason: "damaged zip entry (its data runs past the end of the file)")
        }
        var output = Data()
        var complete = false
        switch record.method {
        case 0:
            let wanted = Int(min(record.compressedSize, Int64(limit)))
            output = bytes(at: start, count: wanted)
            complete = Int64(output.count) == record.compressedSize
        case 8:
            complete = try inflate(from: start, compressed: record.compressedSize, limit: limit, into: &output, name: entry.name)
        default:
            throw TreeReadError(name: entry.name, reason: "compression method \(record.method) is not supported")
        }
        try charge(Int64(output.count), name: entry.name)
        if complete {
            let crc = output.withUnsafeBytes { UInt32(crc32(0, $0.bindMemory(to: Bytef.self).baseAddress, uInt($0.count))) }
            guard crc == record.crc else { throw TreeReadError(name: entry.name, reason: "damaged zip entry (CRC-32 does not match)") }
        }
        return (output, max(Int(clamping: record.size), output.count + (complete ? 0 : 1)))
    }

    /// Counts inflated bytes against the archive's limit.
    private func charge(_ count: Int64, name: String) throws {
        let over: Bool = budget.lock.withLock {
            budget.used += count
            if budget.used > maximumBytes, !budget.exhausted {
                budget.exhausted = true
                return true
            }
            return budget.used > maximumBytes
        }
        if over {
            throw TreeReadError(name: name, reason: "not read: the zip's limit of \(maximumBytes) bytes inflated in all is reached (a zip bomb?)")
        }
    }

    /// Raw deflate from `start`, until the stream ends or `limit` bytes are
    /// out; true when the stream ended.
    private func inflate(from start: Int64, compressed: Int64, limit: Int, into output: inout Data, name: String) throws -> Bool {
        var stream = z_stream()
        guard coursecheck_inflate_init_raw(&stream) == Z_OK else { throw TreeReadError(name: name, reason: "cannot start zlib") }
        defer { inflateEnd(&stream) }
        let chunk = 64 * 1024
        var consumed: Int64 = 0
        var buffer = [UInt8](repeating: 0, count: chunk)
        while true {
            let input = [UInt8](bytes(at: start + consumed, count: Int(min(Int64(chunk), compressed - consumed))))
            consumed += Int64(input.count)
            var status = Z_OK
            var ended = false
            try input.withUnsafeBufferPointer { source in
                stream.next_in = UnsafeMutablePointer(mutating: source.baseAddress)
                stream.avail_in = uInt(source.count)
                repeat {
                    let room = min(chunk, limit - output.count)
                    guard room > 0 else { return }
                    let produced: Int = buffer.withUnsafeMutableBufferPointer { target in
                        stream.next_out = target.baseAddress
                        stream.avail_out = uInt(room)
                        status = CCoursecheckZlib.inflate(&stream, Z_NO_FLUSH)
                        return room - Int(stream.avail_out)
                    }
                    output.append(contentsOf: buffer[0..<produced])
                    if status == Z_STREAM_END { ended = true; return }
                    guard status == Z_OK || status == Z_BUF_ERROR else {
                        throw TreeReadError(name: name, reason: "damaged zip entry (its deflate data cannot be inflated)")
                    }
                    if status == Z_BUF_ERROR { return }
                } while stream.avail_in > 0 || stream.avail_out == 0
            }
            if ended { return true }
            if output.count >= limit { return false }
            if input.isEmpty || consumed >= compressed {
                throw TreeReadError(name: name, reason: "damaged zip entry (its deflate data ends too soon)")
            }
        }
    }
}
