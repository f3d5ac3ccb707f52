/// Reads a Deflate stream's bits, least significant bit of each byte first (RFC 1951 section 3.1.1).
///
/// Bytes are loaded one at a time and only when needed, so fewer than 8 bits are ever held back:
/// after `alignToByte()` nothing is buffered and `byteOffset` is where a stored block's bytes start.
/// Running out of bytes throws `ArchiveFailure.damagedStream(…, problem: .truncated, …)`.
struct BitReader {
    private let bytes: [UInt8]
    /// The ZIP entry the stream belongs to, named in failures; nil for a bare stream.
    let path: String?
    /// The next byte to load.
    private(set) var byteOffset = 0
    private var buffer: UInt32 = 0
    private var bufferedBits = 0

    init(_ bytes: [UInt8], path: String?) {
        self.bytes = bytes
        self.path = path
    }

    /// The byte holding the last bit read (0 before any), where a problem is reported.
    var position: Int { max(byteOffset - 1, 0) }

    /// The next `count` bits (0 to 16) as a number, the first bit read the lowest.
    mutating func bits(_ count: Int) throws(ArchiveFailure) -> Int {
        while bufferedBits < count {
            guard byteOffset < bytes.count else { throw truncated() }
            buffer |= UInt32(bytes[byteOffset]) << UInt32(bufferedBits)
            byteOffset += 1
            bufferedBits += 8
        }
        let value = buffer & (1 << UInt32(count) - 1)
        buffer >>= UInt32(count)
        bufferedBits -= count
        return Int(value)
    }

    /// Drops the rest of the current byte, as a stored block's header asks.
    mutating func alignToByte() {
        buffer = 0
        bufferedBits = 0
    }

    /// The next `count` whole bytes; call `alignToByte()` first.
    mutating func bytes(_ count: Int) throws(ArchiveFailure) -> ArraySlice<UInt8> {
        guard count <= bytes.count - byteOffset else {
            throw truncated()
        }
        defer { byteOffset += count }
        return bytes[byteOffset..<byteOffset + count]
    }

    /// The failure for `problem`, located at the current position.
    func failure(_ problem: ArchiveFailure.StreamProblem) -> ArchiveFailure {
        .damagedStream(path: path, problem: problem, offset: position)
    }

    /// Running out of bytes, located at the end of the stream.
    private func truncated() -> ArchiveFailure {
        .damagedStream(path: path, problem: .truncated, offset: bytes.count)
    }
}
