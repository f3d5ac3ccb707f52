/// Decompresses a raw Deflate stream (RFC 1951), the compression ZIP method 8 and `.docx` files use.
///
/// Reads stored, fixed-Huffman and dynamic-Huffman blocks up to the block marked final; bytes after
/// it are ignored. Every malformed stream throws `ArchiveFailure.damagedStream` with the problem and
/// its byte offset, never crashing; output stops at `limit` bytes (`.outputLimitReached`), so a few
/// kilobytes that would unpack to gigabytes (a "zip bomb") cost nothing. Time is linear in the
/// input and output: every step reads at least one bit or writes at least one byte.
///
///     let xml = try Inflater(limit: 64 << 20).inflate(deflated)
///
/// The stream is raw Deflate, as in a ZIP entry or zlib's `wbits=-15`, without a zlib or gzip
/// header. `ZipReader` uses it for deflated entries.
public struct Inflater: Sendable {
    /// The largest output accepted, in bytes.
    public var limit: Int

    public init(limit: Int) {
        self.limit = limit
    }

    /// The bytes `deflated` unpacks to.
    public func inflate(_ deflated: [UInt8]) throws(ArchiveFailure) -> [UInt8] {
        try inflate(deflated, entry: nil)
    }

    /// The bytes `deflated` unpacks to; with a `path`, failures name that ZIP entry and passing the
    /// limit is `.entryTooLarge(path:limit:)`.
    func inflate(_ deflated: [UInt8], entry path: String?) throws(ArchiveFailure) -> [UInt8] {
        var reader = BitReader(deflated, path: path)
        var output: [UInt8] = []
        var isFinal = false
        while !isFinal {
            isFinal = try reader.bits(1) == 1
            switch try reader.bits(2) {
            case 0: try copyStoredBlock(from: &reader, to: &output)
            case 1: try decodeBlock(from: &reader, to: &output, using: Self.fixedCodes)
            case 2: try decodeBlock(from: &reader, to: &output, using: readDynamicCodes(from: &reader))
            default: throw reader.failure(.reservedBlockType)
            }
        }
        return output
    }
}

private extension Inflater {
    /// The literal/length and distance codes of one block.
    typealias Codes = (literals: HuffmanDecoder, distances: HuffmanDecoder)

    /// A stored block: align to a byte, LEN and its complement NLEN (16 bits each), LEN bytes.
    func copyStoredBlock(from reader: inout BitReader, to output: inout [UInt8]) throws(ArchiveFailure) {
        reader.alignToByte()
        let length = try reader.bits(16)
        guard try reader.bits(16) == length ^ 0xFFFF else { throw reader.failure(.storedLengthMismatch) }
        try reserve(length, in: output, for: reader)
        output.append(contentsOf: try reader.bytes(length))
    }

    /// Literals and (length, distance) matches up to the end-of-block symbol 256.
    func decodeBlock(from reader: inout BitReader, to output: inout [UInt8], using codes: Codes) throws(ArchiveFailure)
    {
        while true {
            let symbol = try codes.literals.decode(from: &reader)
            if symbol < 256 {
                try reserve(1, in: output, for: reader)
                output.append(UInt8(symbol))
                continue
            }
            if symbol == 256 { return }
            let lengthIndex = symbol - 257
            guard lengthIndex < Self.lengthBases.count else {
                throw reader.failure(.invalidSymbol(.literalsAndLengths))
            }
            let length = Self.lengthBases[lengthIndex] + (try reader.bits(Self.lengthExtraBits[lengthIndex]))
            let distanceIndex = try codes.distances.decode(from: &reader)
            guard distanceIndex < Self.distanceBases.count else { throw reader.failure(.invalidSymbol(.distances)) }
            let distance = Self.distanceBases[distanceIndex] + (try reader.bits(Self.distanceExtraBits[distanceIndex]))
            guard distance <= output.count else {
                throw reader.failure(.distanceTooFar(distance: distance, available: output.count))
            }
            try reserve(length, in: output, for: reader)
            var from = output.count - distance
            for _ in 0..<length {  // one byte at a time: a match may overlap the bytes it writes
                output.append(output[from])
                from += 1
            }
        }
    }

    /// A dynamic block's header: the code-length code, then the literal/length and distance code lengths.
    func readDynamicCodes(from reader: inout BitReader) throws(ArchiveFailure) -> Codes {
        let literalCount = try reader.bits(5) + 257
        let distanceCount = try reader.bits(5) + 1
        let codeLengthCount = try reader.bits(4) + 4
        guard literalCount <= 286, distanceCount <= 30 else {
            throw reader.failure(.tooManyCodes(literals: literalCount, distances: distanceCount))
        }
        var codeLengthLengths = [Int](repeating: 0, count: 19)
        for index in Self.codeLengthOrder.prefix(codeLengthCount) {
            codeLengthLengths[index] = try reader.bits(3)
        }
        let codeLengthCode = try HuffmanDecoder.checked(lengths: codeLengthLengths[...], kind: .codeLengths, at: reader)
        let total = literalCount + distanceCount
        var lengths: [Int] = []
        lengths.reserveCapacity(total)
        while lengths.count < total {
            let symbol = try codeLengthCode.decode(from: &reader)
            let (value, repeats): (Int, Int)
            switch symbol {
            case 16:
                guard let previous = lengths.last else { throw reader.failure(.repeatWithoutPrevious) }
                (value, repeats) = (previous, 3 + (try reader.bits(2)))
            case 17: (value, repeats) = (0, 3 + (try reader.bits(3)))
            case 18: (value, repeats) = (0, 11 + (try reader.bits(7)))
            default: (value, repeats) = (symbol, 1)
            }
            guard repeats <= total - lengths.count else { throw reader.failure(.tooManyLengths) }
            lengths.append(contentsOf: repeatElement(value, count: repeats))
        }
        guard lengths[256] != 0 else { throw reader.failure(.missingEndOfBlock) }
        return (
            try HuffmanDecoder.checked(lengths: lengths[..<literalCount], kind: .literalsAndLengths, at: reader),
            try HuffmanDecoder.checked(lengths: lengths[literalCount...], kind: .distances, at: reader)
        )
    }

    /// Throws `outputLimitReached` (`entryTooLarge` in a ZIP entry) unless `count` more bytes fit.
    func reserve(_ count: Int, in output: [UInt8], for reader: BitReader) throws(ArchiveFailure) {
        guard count <= limit - output.count else {
            throw reader.path.map { .entryTooLarge(path: $0, limit: limit) } ?? .outputLimitReached(limit: limit)
        }
    }

    /// The fixed codes of block type 1 (RFC 1951 section 3.2.6): literal/length codes of 8, 9, 7
    /// and 8 bits for symbols 0–143, 144–255, 256–279, 280–287, and 30 distance codes of 5 bits
    /// (incomplete by design: the codes of 30 and 31 are no symbol).
    static let fixedCodes: Codes = {
        let literalLengths =
            Array(repeating: 8, count: 144) + Array(repeating: 9, count: 112)
            + Array(repeating: 7, count: 24) + Array(repeating: 8, count: 8)
        let literals = HuffmanDecoder(lengths: literalLengths[...], kind: .literalsAndLengths)
        let distances = HuffmanDecoder(lengths: Array(repeating: 5, count: 30)[...], kind: .distances)
        return (literals, distances)
    }()

    /// Lengths 3–258 for symbols 257–285 (RFC 1951 section 3.2.5): the base, plus that many extra bits.
    static let lengthBases = [
        3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227,
        258,
    ]
    static let lengthExtraBits = [
        0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
    ]

    /// Distances 1–32768 for distance symbols 0–29.
    static let distanceBases = [
        1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097,
        6145, 8193, 12289, 16385, 24577,
    ]
    static let distanceExtraBits = [
        0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
    ]

    /// The order the code-length code's lengths are written in.
    static let codeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]
}
