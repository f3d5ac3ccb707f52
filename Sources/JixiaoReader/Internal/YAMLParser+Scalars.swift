/// Values written after `key: ` or `- `: plain, quoted, block (`|`, `>`) and flow.
extension YAMLParser {
    /// The value at `index`, which stands on the line of its key (or list dash, or alone at
    /// the top). Afterwards `index` is at the start of the line after the value.
    mutating func parseInlineValue(parentIndent: Int, key: String?) throws(ReadFailure) -> DataNode {
        let start = index
        let first = bytes[start]
        try refuseUnsupportedStart(at: start)
        let startPosition = position(of: start)
        switch first {
        case UInt8(ascii: "|"), UInt8(ascii: ">"):
            return DataNode(.string(try parseBlockScalar(parentIndent: parentIndent)), at: startPosition)
        case .doubleQuote, .singleQuote:
            (quotedContinuationIndent, quotedKey) = (parentIndent, key)
            defer { (quotedContinuationIndent, quotedKey) = (-1, nil) }
            let text = try parseQuoted()
            try finishLine()
            return DataNode(.string(text), at: startPosition)
        case .openBracket, .openBrace:
            flowMinimumIndent = parentIndent + 1
            let node = try parseFlowNode()
            try finishLine()
            return node
        case .dash where isBlankOrLineEnd(start + 1):
            throw ReadFailure(.sequenceOnKeyLine, at: start)
        case .comma, .closeBracket, .closeBrace:
            throw ReadFailure(.cannotStartValue(Character(UnicodeScalar(first))), at: start)
        default:
            let text = try parsePlain(parentIndent: parentIndent, key: key)
            return DataNode(try ScalarResolver.value(ofPlain: text, at: start), at: startPosition)
        }
    }

    /// A plain scalar in block context, folded over the more-indented lines that continue it.
    private mutating func parsePlain(parentIndent: Int, key: String?) throws(ReadFailure) -> String {
        let scalarStart = index
        var (text, endedInComment) = try readPlainLine(key: key, scalarStart: scalarStart)
        var emptyLines = 0
        while !endedInComment, index < bytes.count {
            let lineBegin = index
            var cursor = index
            while cursor < bytes.count, bytes[cursor].isBlank { cursor += 1 }
            if cursor == bytes.count { break }
            if bytes[cursor] == .newline {
                emptyLines += 1
                index = cursor + 1
                continue
            }
            var indent = 0
            while bytes[lineBegin + indent] == .space { indent += 1 }
            guard indent > parentIndent, bytes[cursor] != .hash,
                !isDocumentMarker("---", at: lineBegin), !isDocumentMarker("...", at: lineBegin)
            else {
                index = lineBegin
                break
            }
            index = cursor
            if let key, implicitKeyColon(from: cursor) != nil {
                throw ReadFailure(.valueAtWrongDepth(key: key), at: cursor)
            }
            let (more, comment) = try readPlainLine(key: key, scalarStart: scalarStart)
            text += emptyLines == 0 ? " " : String(repeating: "\n", count: emptyLines)
            text += more
            emptyLines = 0
            endedInComment = comment
        }
        return text
    }

    /// One line of a plain scalar from `index`, without trailing white space or comment;
    /// moves to the next line.
    ///
    /// A `: ` inside is an error; for a value standing alone it usually means the first line
    /// was meant as a key and was mistyped (`评价年度：2024`), which is what gets reported.
    private mutating func readPlainLine(key: String?, scalarStart: Int) throws(ReadFailure) -> (String, Bool) {
        let start = index
        var end = start
        var endedInComment = false
        while true {
            end = nextLineBreakHashOrColon(from: end)
            guard end < bytes.count, bytes[end] != .newline else { break }
            let byte = bytes[end]
            if byte == .hash, end > start, bytes[end - 1].isBlank {
                endedInComment = true
                break
            }
            if byte == .colon, isBlankOrLineEnd(end + 1) {
                if key == nil {
                    let broken = brokenKeyFailure(inLineAt: scalarStart)
                    if case .missingColon = broken.kind {} else { throw broken }
                }
                throw ReadFailure(.colonInPlainValue, at: end)
            }
            end += 1
        }
        index = end
        moveToNextLine()
        while end > start, bytes[end - 1].isBlank { end -= 1 }
        return (String(decoding: bytes[start..<end], as: UTF8.self), endedInComment)
    }

    /// A `'…'` or `"…"` scalar from `index`, folded across lines as YAML folds them; `index`
    /// ends just after the closing quote.
    mutating func parseQuoted() throws(ReadFailure) -> String {
        let open = index
        let quote = bytes[open]
        let isDouble = quote == .doubleQuote
        index += 1
        // Most quoted values are one line without escapes: decode them in one piece.
        var cursor = index
        while cursor < bytes.count {
            let byte = bytes[cursor]
            if byte == .newline || (isDouble && byte == .backslash) { break }
            if byte == quote {
                if !isDouble, cursor + 1 < bytes.count, bytes[cursor + 1] == .singleQuote { break }
                let text = String(decoding: bytes[index..<cursor], as: UTF8.self)
                index = cursor + 1
                return text
            }
            cursor += 1
        }
        var output: [UInt8] = []
        while true {
            while index < bytes.count {
                let byte = bytes[index]
                if byte == quote {
                    if !isDouble, index + 1 < bytes.count, bytes[index + 1] == .singleQuote {
                        output.append(.singleQuote)
                        index += 2
                        continue
                    }
                    break
                }
                if isDouble, byte == .backslash {
                    try readEscape(into: &output)
                    continue
                }
                if byte.isBlank || byte == .newline { break }
                output.append(byte)
                index += 1
            }
            guard index < bytes.count else {
                throw ReadFailure(.unterminatedQuote(Character(UnicodeScalar(quote))), at: open)
            }
            if bytes[index] == quote {
                index += 1
                return String(decoding: output, as: UTF8.self)
            }
            let blanksStart = index
            skipBlanks()
            guard index < bytes.count else {
                throw ReadFailure(.unterminatedQuote(Character(UnicodeScalar(quote))), at: open)
            }
            if bytes[index] == .newline {
                index += 1
                let breaks = try skipQuotedLineBreaks()
                if breaks == 0 {
                    output.append(.space)
                } else {
                    output.append(contentsOf: repeatElement(.newline, count: breaks))
                }
            } else {
                output.append(contentsOf: bytes[blanksStart..<index])
            }
        }
    }

    /// After a line break inside quotes: skips leading white space and counts empty lines.
    private mutating func skipQuotedLineBreaks() throws(ReadFailure) -> Int {
        var breaks = 0
        while true {
            if isDocumentMarker("---", at: index) || isDocumentMarker("...", at: index) {
                throw ReadFailure(.documentMarkerInQuote, at: index)
            }
            let lineBegin = index
            skipBlanks()
            if index < bytes.count, bytes[index] != .newline, quotedContinuationIndent >= 0 {
                try checkQuotedContinuation(from: lineBegin)
            }
            guard index < bytes.count, bytes[index] == .newline else { return breaks }
            breaks += 1
            index += 1
        }
    }

    /// A continuation line of a quoted value under a key at column k (YAML 1.2 §7.3: the line
    /// prefix is k + 1 spaces, then any blanks): refused when it is indented less than the key,
    /// or when a tab stands where those spaces belong (`foo: "bar` / `<Tab>baz"`).
    private func checkQuotedContinuation(from lineBegin: Int) throws(ReadFailure) {
        var spaces = 0
        while lineBegin + spaces < index, bytes[lineBegin + spaces] == .space { spaces += 1 }
        if lineBegin + spaces < index, spaces <= quotedContinuationIndent {
            throw ReadFailure(.tabIndentInQuote, at: lineBegin + spaces)
        }
        if spaces < quotedContinuationIndent {
            throw ReadFailure(.quoteContinuationLessIndented(key: quotedKey), at: index)
        }
    }

    private mutating func readEscape(into output: inout [UInt8]) throws(ReadFailure) {
        let start = index
        index += 1
        guard index < bytes.count else { throw ReadFailure(.badEscape("\\"), at: start) }
        let code = bytes[index]
        index += 1
        let simple: UnicodeScalar? =
            switch code {
            case UInt8(ascii: "0"): "\u{0}"
            case UInt8(ascii: "a"): "\u{7}"
            case UInt8(ascii: "b"): "\u{8}"
            case UInt8(ascii: "t"), .tab: "\t"
            case UInt8(ascii: "n"): "\n"
            case UInt8(ascii: "v"): "\u{B}"
            case UInt8(ascii: "f"): "\u{C}"
            case UInt8(ascii: "r"): "\r"
            case UInt8(ascii: "e"): "\u{1B}"
            case .space: " "
            case .doubleQuote: "\""
            case UInt8(ascii: "/"): "/"
            case .backslash: "\\"
            case UInt8(ascii: "N"): "\u{85}"
            case UInt8(ascii: "_"): "\u{A0}"
            case UInt8(ascii: "L"): "\u{2028}"
            case UInt8(ascii: "P"): "\u{2029}"
            default: nil
            }
        if let simple {
            output.append(contentsOf: Array(String(simple).utf8))
            return
        }
        if code == .newline {
            let breaks = try skipQuotedLineBreaks()
            output.append(contentsOf: repeatElement(.newline, count: breaks))
            return
        }
        let width =
            switch code {
            case UInt8(ascii: "x"): 2
            case UInt8(ascii: "u"): 4
            case UInt8(ascii: "U"): 8
            default: 0
            }
        let escapeEnd = min(index + width, bytes.count)
        let digits = String(decoding: bytes[index..<escapeEnd], as: UTF8.self)
        guard width > 0, digits.count == width, digits.allSatisfy(\.isHexDigit),
            let value = UInt32(digits, radix: 16), let scalar = UnicodeScalar(value)
        else {
            let badEnd = width > 0 ? escapeEnd : min(start + 2, bytes.count)
            throw ReadFailure(.badEscape(String(decoding: bytes[start..<badEnd], as: UTF8.self)), at: start)
        }
        output.append(contentsOf: Array(String(scalar).utf8))
        index = escapeEnd
    }
}
