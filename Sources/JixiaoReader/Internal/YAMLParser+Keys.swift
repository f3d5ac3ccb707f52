/// Keys of block mappings (`评价单位: …`), and the mistakes people make typing them.
extension YAMLParser {
    /// The offset of the `:` that makes the line at `start` a `key: value` line, or nil.
    ///
    /// `评价单位: X` and `"a b": 1` are keys; `评价单位：X` (full-width colon), `a:b` and
    /// `a # b: c` (the colon is in a comment) are not.
    func implicitKeyColon(from start: Int) -> Int? {
        guard start < bytes.count else { return nil }
        let first = bytes[start]
        if first == .doubleQuote || first == .singleQuote {
            guard let close = closingQuote(from: start) else { return nil }
            var cursor = close + 1
            while cursor < bytes.count, bytes[cursor].isBlank { cursor += 1 }
            guard cursor < bytes.count, bytes[cursor] == .colon, isBlankOrLineEnd(cursor + 1) else { return nil }
            return cursor
        }
        if first == .openBracket || first == .openBrace || first == .hash { return nil }
        var cursor = start
        while true {
            cursor = nextLineBreakHashOrColon(from: cursor)
            guard cursor < bytes.count, bytes[cursor] != .newline else { break }
            let byte = bytes[cursor]
            if byte == .colon, isBlankOrLineEnd(cursor + 1) { return cursor }
            if byte == .hash, cursor > start, bytes[cursor - 1].isBlank { return nil }
            cursor += 1
        }
        return nil
    }

    /// `implicitKeyColon(from:)`, remembered for the last line asked about.
    mutating func keyColon(from start: Int) -> Int? {
        if lastKeyColon.start != start { lastKeyColon = (start, implicitKeyColon(from: start)) }
        return lastKeyColon.colon
    }

    /// Reads the key at `index` up to and past its `:`; names the typing mistake if there is none.
    mutating func parseKey() throws(ReadFailure) -> String {
        let start = index
        guard let colon = keyColon(from: start) else {
            throw brokenKeyFailure(inLineAt: start)
        }
        let first = bytes[start]
        try refuseUnsupportedStart(at: start)
        switch first {
        case .comma, .closeBracket, .closeBrace, UInt8(ascii: "|"), UInt8(ascii: ">"):
            throw ReadFailure(.cannotStartValue(Character(UnicodeScalar(first))), at: start)
        default: break
        }
        let key: String
        if first == .doubleQuote || first == .singleQuote {
            let line = lineStart(of: start)
            key = try parseQuoted()
            if lineStart(of: index) != line { throw ReadFailure(.multiLineKey, at: start) }
        } else {
            var end = colon
            while end > start, bytes[end - 1].isBlank { end -= 1 }
            key = String(decoding: bytes[start..<end], as: UTF8.self)
            if key.isEmpty { throw ReadFailure(.emptyKey, at: start) }
        }
        index = colon + 1
        return key
    }

    /// Why the line at `start` is not `key: value`: a full-width colon or space, a colon
    /// with no space after it, or no colon at all.
    func brokenKeyFailure(inLineAt start: Int) -> ReadFailure {
        let end = lineEnd(from: start)
        var cursor = start
        while cursor < end {
            if hasPrefix(FullWidth.colon, at: cursor) {
                return ReadFailure(.fullWidthColon, at: cursor)
            }
            if bytes[cursor] == .colon {
                if hasPrefix(FullWidth.space, at: cursor + 1) {
                    return ReadFailure(.fullWidthSpaceAfterColon, at: cursor + 1)
                }
                if cursor + 1 < end, !bytes[cursor + 1].isBlank, !isURLColon(at: cursor) {
                    return ReadFailure(.missingSpaceAfterColon, at: cursor)
                }
            }
            if bytes[cursor] == .hash, cursor > start, bytes[cursor - 1].isBlank { break }
            cursor += 1
        }
        return ReadFailure(.missingColon, at: start)
    }

    /// The offset of the quote that closes the quoted scalar opening at `start`, on its line.
    private func closingQuote(from start: Int) -> Int? {
        let quote = bytes[start]
        var cursor = start + 1
        while cursor < bytes.count, bytes[cursor] != .newline {
            let byte = bytes[cursor]
            if quote == .doubleQuote, byte == .backslash {
                cursor += 2
                continue
            }
            if byte == quote {
                if quote == .singleQuote, cursor + 1 < bytes.count, bytes[cursor + 1] == .singleQuote {
                    cursor += 2
                    continue
                }
                return cursor
            }
            cursor += 1
        }
        return nil
    }

    /// `http://` and `https://`: a colon that is part of the text, not a forgotten space.
    private func isURLColon(at colon: Int) -> Bool {
        hasPrefix(Array("//".utf8), at: colon + 1)
    }
}
