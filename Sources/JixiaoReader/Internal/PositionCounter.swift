import JixiaoDiagnostics

/// Line and column of byte offsets in one file, in time linear in the file however long its
/// lines are.
///
/// `SourceText.position(ofByteOffset:)` counts the characters from the start of the line each
/// time: a one-line JSON object of 20,000 keys made that quadratic (26 s). The counter keeps,
/// for the line last asked about, checkpoints every 64 or more bytes with the column there,
/// so each query counts only from the nearest checkpoint before it:
///
/// ```
/// {"甲": 1, "乙": 2, … "癸": 10000}
/// ^0        ^c1 (column 9)   ^c2 …     position(of: o) = column(c_k) + characters in c_k..<o
/// ```
/// A checkpoint stands only between two ASCII bytes, where a character always ends, so adding
/// the pieces' character counts gives the count of the whole prefix (also for combining marks
/// and emoji, which `SourceText.characterCount(of:)` counts as `String` does). The last answer
/// is kept the same way, also before a CJK ideograph (lead byte E4–E9, U+4000–U+9FFF) after an
/// ASCII byte: no grapheme rule joins those two, so a value after `评价单位: ` counts on from there.
struct PositionCounter {
    let source: SourceText
    private var line = 0
    /// The byte range of `line` (its start, and the start of the next line), so that the many
    /// queries on one line skip the search for it.
    private var lineStart = 0
    private var nextLineStart = -1
    private var checkpoints: [(offset: Int, column: Int)] = []
    /// How far the line has been searched for checkpoints.
    private var scanned = 0
    /// The last answer on the line that stands where a character surely ends (a checkpoint too,
    /// kept apart): the parsers ask in file order, so the next query counts only from there.
    private var lastAnswer = (offset: 0, column: 0)

    init(source: SourceText) {
        self.source = source
    }

    mutating func position(of offset: Int) -> TextPosition {
        let bytes = source.bytes
        let clamped = min(max(offset, 0), bytes.count)
        if clamped < lineStart || clamped >= nextLineStart {
            // Queries come in file order: the line is usually the next one or close after.
            var lineOfOffset = line
            var steps = 0
            if clamped >= nextLineStart, line > 0 {
                while steps < 4, lineOfOffset < source.lineCount, source.startOfLine(lineOfOffset + 1) <= clamped {
                    lineOfOffset += 1
                    steps += 1
                }
            }
            if steps == 0 || steps == 4 { lineOfOffset = source.line(ofByteOffset: clamped) }
            if lineOfOffset != line {
                line = lineOfOffset
                lineStart = source.startOfLine(line)
                nextLineStart = line < source.lineCount ? source.startOfLine(line + 1) : Int.max
                checkpoints.removeAll(keepingCapacity: true)
                checkpoints.append((lineStart, 0))
                scanned = lineStart
                lastAnswer = (lineStart, 0)
            }
        }
        if scanned < clamped, var (start, column) = checkpoints.last {
            var index = max(start + 64, scanned)
            while index < clamped {
                if bytes[index] < 0x80, bytes[index - 1] < 0x80 {
                    column += SourceText.characterCount(of: bytes[start..<index])
                    checkpoints.append((index, column))
                    start = index
                    index += 64
                } else {
                    index += 1
                }
            }
            scanned = clamped
        }
        var nearest = checkpoints.count == 1 ? checkpoints[0] : nearestCheckpoint(atOrBefore: clamped)
        if lastAnswer.offset > nearest.offset, lastAnswer.offset <= clamped { nearest = lastAnswer }
        let column = nearest.column + Self.characterCount(of: bytes, in: nearest.offset..<clamped)
        if clamped > lineStart, clamped < bytes.count, bytes[clamped - 1] < 0x80,
            bytes[clamped] < 0x80 || (0xE4...0xE9).contains(bytes[clamped])
        {
            lastAnswer = (clamped, column)
        }
        return TextPosition(line: line, column: column + 1)
    }

    /// `SourceText.characterCount(of:)`, after a shortcut for the usual piece, indentation or
    /// `- ` or `key: `, where a byte below 0x80 is one character.
    private static func characterCount(of bytes: [UInt8], in range: Range<Int>) -> Int {
        let isASCII = bytes.withUnsafeBufferPointer { buffer in
            range.allSatisfy { buffer[$0] < 0x80 }
        }
        return isASCII ? range.count : SourceText.characterCount(of: bytes[range])
    }

    private func nearestCheckpoint(atOrBefore offset: Int) -> (offset: Int, column: Int) {
        var low = 0
        var high = checkpoints.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if checkpoints[middle].offset <= offset { low = middle } else { high = middle - 1 }
        }
        return checkpoints[low]
    }
}
