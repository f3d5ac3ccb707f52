/// CRC-32 (IEEE 802.3, polynomial 0xEDB88320 reflected), the checksum ZIP stores for every entry.
///
/// The same value as zlib's `crc32()` and Python's `zlib.crc32()`: `CRC32.checksum(of: Array("123456789".utf8))`
/// is `0xCBF43926`. Table-driven, one table lookup per byte.
struct CRC32: Sendable {
    /// The checksum of everything passed to `update(with:)` so far.
    private(set) var value: UInt32 = 0

    /// Adds bytes to the checksum, so that a long entry can be checked as it is produced.
    mutating func update(with bytes: ArraySlice<UInt8>) {
        var crc = ~value
        bytes.withUnsafeBufferPointer { buffer in
            for byte in buffer {
                crc = Self.table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8)
            }
        }
        value = ~crc
    }

    /// The checksum of `bytes`, as ZIP's headers and zlib's `crc32(0, bytes, count)` give it.
    static func checksum(of bytes: ArraySlice<UInt8>) -> UInt32 {
        var crc = CRC32()
        crc.update(with: bytes)
        return crc.value
    }

    static func checksum(of bytes: [UInt8]) -> UInt32 {
        checksum(of: bytes[...])
    }

    /// `table[n]` is the CRC of the single byte `n`: eight shifts, xor-ing the polynomial on a carry.
    private static let table: [UInt32] = (0..<256).map { index in
        var entry = UInt32(index)
        for _ in 0..<8 {
            entry = entry & 1 == 1 ? 0xEDB8_8320 ^ (entry >> 1) : entry >> 1
        }
        return entry
    }
}
