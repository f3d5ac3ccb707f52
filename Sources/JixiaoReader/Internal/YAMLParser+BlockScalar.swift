/// Literal (`|`) and folded (`>`) block scalars with chomping (`-`, `+`) and indentation
/// indicators, read line by line the way YAML 1.2 (and PyYAML's scanner) reads them.
extension YAMLParser {
    /// A `|` (literal) or `>` (folded) block scalar, with its chomping (`-`, `+`) and
    /// optional indentation digit, read the way YAML 1.2 (and PyYAML) reads it.
    mutating func parseBlockScalar(parentIndent: Int) throws(ReadFailure) -> String {
        let isFolded = bytes[index] == UInt8(ascii: ">")
        index += 1
        var chomping: UInt8?
        var increment: Int?
        for _ in 0..<2 where index < bytes.count {
            let byte = bytes[index]
            if chomping == nil, byte == .dash || byte == UInt8(ascii: "+") {
                chomping = byte
            } else if increment == nil, byte >= UInt8(ascii: "1"), byte <= UInt8(ascii: "9") {
                increment = Int(byte - UInt8(ascii: "0"))
            } else {
                break
            }
            index += 1
        }
        skipBlanks()
        guard atLineEndOrComment() else { throw ReadFailure(.badBlockScalarHeader, at: index) }
        moveToNextLine()

        var lineBegin = index
        var output: [UInt8] = []
        var breaks = 0
        let minimumIndent = max(parentIndent + 1, 1)
        let indent: Int
        if let increment {
            indent = max(parentIndent, 0) + increment
            skipBlockBreaks(indent: indent, lineBegin: &lineBegin, breaks: &breaks)
        } else {
            var widest = 0
            var widestEmpty: (spaces: Int, at: Int)?
            while index < bytes.count, bytes[index] == .space || bytes[index] == .newline {
                if bytes[index] == .newline {
                    if index > lineBegin, index - lineBegin > widestEmpty?.spaces ?? 0 { widestEmpty = (index - lineBegin, index - 1) }
                    breaks += 1
                    index += 1
                    lineBegin = index
                } else {
                    index += 1
                    widest = max(widest, index - lineBegin)
                }
            }
            // YAML 1.2 §8.1.1.1: a leading empty line may not have more spaces than the first
            // content line, which sets the indentation.
            let contentIndent = index - lineBegin
            if index < bytes.count, contentIndent >= minimumIndent, let empty = widestEmpty, empty.spaces > contentIndent {
                throw ReadFailure(.blockScalarLeadingLineTooDeep(contentIndent: contentIndent), at: empty.at)
            }
            indent = max(minimumIndent, widest)
        }
        var endedWithBreak = false
        while index - lineBegin == indent, index < bytes.count {
            output.append(contentsOf: repeatElement(.newline, count: breaks))
            breaks = 0
            let leadingNonBlank = !bytes[index].isBlank
            let end = lineEnd(from: index)
            output.append(contentsOf: bytes[index..<end])
            index = end
            endedWithBreak = index < bytes.count
            if endedWithBreak { index += 1 }
            lineBegin = index
            skipBlockBreaks(indent: indent, lineBegin: &lineBegin, breaks: &breaks)
            guard index - lineBegin == indent, index < bytes.count else { break }
            if isFolded, leadingNonBlank, !bytes[index].isBlank {
                if breaks == 0 { output.append(.space) }
            } else {
                output.append(.newline)
            }
        }
        if chomping != .dash, endedWithBreak { output.append(.newline) }
        if chomping == UInt8(ascii: "+") { output.append(contentsOf: repeatElement(.newline, count: breaks)) }
        index = lineBegin
        return String(decoding: output, as: UTF8.self)
    }

    /// Skips the indentation of the line at `index` and any empty lines after it, counting them.
    private mutating func skipBlockBreaks(indent: Int, lineBegin: inout Int, breaks: inout Int) {
        while index - lineBegin < indent, index < bytes.count, bytes[index] == .space { index += 1 }
        while index < bytes.count, bytes[index] == .newline {
            breaks += 1
            index += 1
            lineBegin = index
            while index - lineBegin < indent, index < bytes.count, bytes[index] == .space { index += 1 }
        }
    }
}
