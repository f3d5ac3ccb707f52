/// Writes a Deflate stream bit by bit, for hand-made malformed streams.
///
/// Header fields and extra bits go least significant bit first (`bits`); Huffman codes go most
/// significant bit first (`code("110")`), as RFC 1951 section 3.1.1 packs them.
struct DeflateBits {
    private(set) var bytes: [UInt8] = []
    private var used = 8

    /// `value` in `count` bits, lowest bit first.
    mutating func bits(_ value: Int, _ count: Int) {
        for index in 0..<count { bit((value >> index) & 1) }
    }

    /// A Huffman code written as its bits, first bit first.
    mutating func code(_ pattern: String) {
        for character in pattern { bit(character == "1" ? 1 : 0) }
    }

    /// The header of a dynamic block (final) and its code-length code, given as symbol → length.
    mutating func dynamicHeader(literals: Int, distances: Int, codeLengths: [Int: Int]) {
        let order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]
        let count = max(4, (order.lastIndex { codeLengths[$0] != nil } ?? 0) + 1)
        bits(1, 1)
        bits(2, 2)
        bits(literals - 257, 5)
        bits(distances - 1, 5)
        bits(count - 4, 4)
        for symbol in order.prefix(count) { bits(codeLengths[symbol] ?? 0, 3) }
    }

    private mutating func bit(_ value: Int) {
        if used == 8 {
            bytes.append(0)
            used = 0
        }
        bytes[bytes.count - 1] |= UInt8(value) << UInt8(used)
        used += 1
    }
}
