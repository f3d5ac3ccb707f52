/// A cursor over the UTF-8 bytes of an HTML page: an index and a small vocabulary, so the
/// grammar in `HTMLParser` reads as a list of constructs.
struct HTMLReader {
    private let bytes: [UInt8]
    private(set) var index = 0

    init(_ text: String) {
        bytes = Array(text.utf8)
    }

    var didReachEnd: Bool { index >= bytes.count }
    var current: UInt8? { didReachEnd ? nil : bytes[index] }

    /// The byte `offset` places ahead, if there is one.
    func peek(_ offset: Int) -> UInt8? {
        let (position, overflow) = index.addingReportingOverflow(offset)
        return !overflow && position < bytes.count ? bytes[position] : nil
    }

    mutating func advance() {
        if !didReachEnd { index += 1 }
    }

    /// Reads `literal` (ASCII, compared without case) if the page continues with it.
    mutating func read(_ literal: String) -> Bool {
        // Compared in place: `read(until:)` tries the literal at every byte, so no copy of it is made.
        var position = index
        for byte in literal.utf8 {
            guard position < bytes.count, lowercased(bytes[position]) == lowercased(byte) else { return false }
            position += 1
        }
        index = position
        return true
    }

    /// The text up to (not including) the first `terminator`, or to the end of the page; the
    /// terminator is then read too.
    mutating func read(until terminator: String) -> String {
        let start = index
        while !didReachEnd {
            let before = index
            if read(terminator) { return text(from: start, to: before) }
            index += 1
        }
        return text(from: start, to: index)
    }

    /// The bytes while `predicate` holds, as text.
    mutating func read(while predicate: (UInt8) -> Bool) -> String {
        let start = index
        while let byte = current, predicate(byte) { index += 1 }
        return text(from: start, to: index)
    }

    mutating func discardWhitespaces() {
        while let byte = current, byte.isHTMLWhitespace { index += 1 }
    }

    func text(from start: Int, to end: Int) -> String {
        String(decoding: bytes[start..<end], as: UTF8.self)
    }
}

extension UInt8 {
    /// Space, tab, line feed, form feed or carriage return: what HTML collapses and skips.
    var isHTMLWhitespace: Bool { self == 0x20 || self == 0x09 || self == 0x0A || self == 0x0C || self == 0x0D }
    var isASCIILetter: Bool { (0x41...0x5A).contains(self) || (0x61...0x7A).contains(self) }
}

private func lowercased(_ byte: UInt8) -> UInt8 {
    (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
}
