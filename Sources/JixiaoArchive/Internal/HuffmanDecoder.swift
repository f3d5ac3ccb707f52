/// A canonical Huffman code (RFC 1951 section 3.2.2), decoded bit by bit.
///
/// The code is kept as the number of codes of each length and the symbols in code order, as in
/// zlib's `contrib/puff/puff.c`. Decoding walks the lengths from 1 to 15: codes of one length are
/// consecutive numbers, so after reading `n` bits the code is in this length's range or not.
/// Worked example, lengths A=2 B=1 C=3 D=3: B is `0`, A is `10`, C is `110`, D is `111`;
/// `counts` = [0, 1, 1, 2], `symbols` = [B, A, C, D]; reading `1`, `1`, `0` finds C at the third bit.
struct HuffmanDecoder {
    /// `counts[n]`: how many symbols have a code of `n` bits (`counts[0]` those with none).
    private var counts = [Int](repeating: 0, count: Self.maximumBits + 1)
    /// The symbols that have a code, shortest codes first, then by symbol.
    private var symbols: [Int] = []
    private let kind: ArchiveFailure.HuffmanCode

    static let maximumBits = 15

    /// The code with these lengths (0: the symbol has no code), trusted to be a valid code: the
    /// fixed codes of RFC 1951. Lengths read from a stream go through `checked(lengths:kind:at:)`.
    init(lengths: ArraySlice<Int>, kind: ArchiveFailure.HuffmanCode) {
        self.kind = kind
        for length in lengths { counts[length] += 1 }
        var offsets = [Int](repeating: 0, count: Self.maximumBits + 1)
        for length in 1..<Self.maximumBits { offsets[length + 1] = offsets[length] + counts[length] }
        symbols = [Int](repeating: 0, count: lengths.count - counts[0])
        for (symbol, length) in zip(0..., lengths) where length != 0 {
            symbols[offsets[length]] = symbol
            offsets[length] += 1
        }
    }

    /// The code with these lengths (each 0–15) read from a stream, refusing invalid ones.
    ///
    /// Over-subscribed lengths are refused. Incomplete ones are refused too, except where zlib
    /// accepts them: a literal/length or distance code of a single one-bit code (zlib writes one
    /// distance code that way), or no distance codes at all (a block of literals only).
    static func checked(
        lengths: ArraySlice<Int>, kind: ArchiveFailure.HuffmanCode, at reader: BitReader
    ) throws(ArchiveFailure) -> HuffmanDecoder {
        let code = HuffmanDecoder(lengths: lengths, kind: kind)
        var left = 1
        for length in 1...maximumBits {
            left = 2 * left - code.counts[length]
            guard left >= 0 else { throw reader.failure(.overSubscribed(kind)) }
        }
        let usedCodes = lengths.count - code.counts[0]
        guard left == 0 || (kind != .codeLengths && usedCodes == code.counts[1]) else {
            throw reader.failure(.incomplete(kind))
        }
        return code
    }

    /// The next symbol; bits that are no code of this tree throw `invalidSymbol`.
    func decode(from reader: inout BitReader) throws(ArchiveFailure) -> Int {
        var code = 0
        var first = 0
        var index = 0
        for length in 1...Self.maximumBits {
            code |= try reader.bits(1)
            let count = counts[length]
            if code - first < count { return symbols[index + code - first] }
            index += count
            first = (first + count) << 1
            code <<= 1
        }
        throw reader.failure(.invalidSymbol(kind))
    }
}
