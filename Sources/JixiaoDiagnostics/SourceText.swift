/// The text of a file, kept so that a diagnostic can quote the line it points at.
///
/// Parsers work on UTF-8 byte offsets; `location(ofByteOffset:)` turns an offset into a
/// `Location` once, when a diagnostic is made, so the hot path never counts lines.
public struct SourceText: Sendable {
    /// The file name shown in diagnostics.
    public let file: String
    /// The text as UTF-8 bytes, line breaks already normalised to `\n`.
    public let bytes: [UInt8]
    private let lineStarts: [Int]

    public init(file: String, bytes: [UInt8]) {
        self.file = file
        self.bytes = bytes
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            starts.append(offset + 1)
        }
        self.lineStarts = starts
    }

    public init(file: String, text: String) {
        self.init(file: file, bytes: Array(text.utf8))
    }

    /// Text with CRLF and lone CR turned into LF, as files from Windows editors need before
    /// anything counts lines (a data string's own characters are never touched after reading).
    public static func normalizingLineBreaks(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        guard bytes.contains(0x0D) else { return Array(bytes) }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var previousWasCR = false
        for byte in bytes {
            if byte == 0x0D {
                output.append(0x0A)
                previousWasCR = true
                continue
            }
            if !(byte == 0x0A && previousWasCR) { output.append(byte) }
            previousWasCR = false
        }
        return output
    }

    /// How many lines the text has.
    public var lineCount: Int { lineStarts.count }

    /// The 1-based line holding `offset` (an offset at the very end belongs to the last line).
    public func line(ofByteOffset offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low + 1
    }

    /// The byte offset where a 1-based line starts.
    public func startOfLine(_ line: Int) -> Int {
        lineStarts[min(max(line, 1), lineStarts.count) - 1]
    }

    /// The location of a byte offset, with the column counted in Characters.
    public func location(ofByteOffset offset: Int) -> Location {
        let clamped = min(max(offset, 0), bytes.count)
        let line = line(ofByteOffset: clamped)
        let start = lineStarts[line - 1]
        return Location(file: file, line: line, column: Self.characterCount(of: bytes[start..<clamped]) + 1)
    }

    /// Characters in a line prefix (or in a piece of a line that starts where one character
    /// ends and another begins). Counting scalars (UTF-8 lead bytes) gives the same answer
    /// for Chinese and ASCII; text that may combine scalars into one Character (combining
    /// marks, joiners, variation selectors, emoji) is counted by `String`.
    public static func characterCount(of prefix: ArraySlice<UInt8>) -> Int {
        var scalars = 0
        var previous: UInt8 = 0
        for byte in prefix {
            if byte & 0xC0 != 0x80 { scalars += 1 }
            let mayCombine =
                byte == 0xCC || byte == 0xCD || byte >= 0xF0
                || (previous == 0xE2 && (byte == 0x80 || byte == 0x83))
                || (previous == 0xEF && byte == 0xB8) || (previous == 0xE1 && (0x84...0x87).contains(byte))
            if mayCombine { return String(decoding: prefix, as: UTF8.self).count }
            previous = byte
        }
        return scalars
    }

    /// The text of a 1-based line, without its line break; empty past the end.
    public func text(ofLine line: Int) -> String {
        guard line >= 1, line <= lineStarts.count else { return "" }
        let start = lineStarts[line - 1]
        let end = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
        return String(decoding: bytes[start..<max(start, end)], as: UTF8.self)
    }
}
