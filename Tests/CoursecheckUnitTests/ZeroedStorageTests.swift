@_spi(Testing) import CoursecheckNumerics
import Foundation
import Testing

@Suite("Zeroed storage of matrices and vectors")
struct ZeroedStorageTests {
    @Test("Large blocks are 2 MiB-aligned mappings, small ones calloc's; both start zeroed",
          arguments: [8, ZeroedStorageProbe.hugeThreshold - 8, ZeroedStorageProbe.hugeThreshold, 5 << 20 + 24])
    func zeroedAndAligned(bytes: Int) throws {
        guard let storage = ZeroedStorageProbe(bytes: bytes) else {
            Issue.record("no memory for \(bytes) bytes")
            return
        }
        #expect(storage.isZeroed)
        if bytes >= ZeroedStorageProbe.hugeThreshold {
            #expect(storage.offset(modulo: 2 << 20) == 0)
        }
        // Writable to the last byte.
        storage.write(0xFF, at: bytes - 1)
    }

    @Test("A matrix far beyond memory is a thrown GSL ENOMEM error, not a crash")
    func tooLarge() {
        #expect(throws: GSLError.self) { try Matrix(rows: 1 << 40, columns: 1 << 20) }
        #expect(throws: GSLError.self) { try Matrix(rows: Int.max / 2, columns: 4) }
        #expect(throws: GSLError.self) { try Vector(count: Int.max / 4) }
    }

    @Test("Matrices made, filled and dropped in a loop give their memory back")
    func released() throws {
        let before = try residentBytes()
        for _ in 0..<50 {
            let m = try Matrix(rows: 1600, columns: 800)  // 10 MB, every page touched
            m.assign([Double](repeating: 1, count: m.count))
            #expect(m[1599, 799] == 1)
        }
        // 500 MB would stay resident if the mappings leaked; other tests
        // running meanwhile allocate far less than the 250 MB allowed.
        #expect(try residentBytes() - before < 250 << 20)
    }

    /// The process's resident set, from the second field of /proc/self/statm.
    private func residentBytes() throws -> Int {
        let fields = try String(contentsOfFile: "/proc/self/statm", encoding: .utf8).split(separator: " ")
        return try #require(Int(fields[1])) * Int(sysconf(Int32(_SC_PAGESIZE)))
    }
}
