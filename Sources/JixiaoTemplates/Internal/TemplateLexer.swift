/// Splits template text into text, `{{ }}` and `{% %}` tokens, applying Jinja2's whitespace
/// rules with `trim_blocks` and `lstrip_blocks` on (jinja-subset.md §2.3).
///
/// Mirrors `jinja2.lexer.Lexer.tokeniter`: a `-` strips all white space on its side; without
/// a modifier, a block or comment tag alone on its line loses its indentation (lstrip) and the
/// one newline after `%}` or `#}` (trim); `+` turns either off. `lineStarting` is Jinja's flag
/// of the same name: the previous tag's end swallowed a newline, so the text that follows
/// starts a line even though it holds no `\n`. `{% raw %}` bodies come out as text.
struct TemplateLexer {
    struct Token {
        enum Kind: Equatable {
            case text(String)
            /// `{{ … }}`: the expression's bytes.
            case variable(Range<Int>)
            /// `{% … %}`: the statement's bytes.
            case block(Range<Int>)
        }

        var kind: Kind
        /// Where the token starts (the `{` of a tag), for diagnostics.
        var offset: Int
    }

    let bytes: [UInt8]
    let file: String

    func tokenize() throws(TemplateFailure) -> [Token] {
        var tokens: [Token] = []
        var position = 0
        var lineStarting = true
        while position < bytes.count {
            guard let open = nextTagStart(from: position) else {
                tokens.append(Token(kind: .text(text(position..<bytes.count)), offset: position))
                break
            }
            let opener = bytes[open + 1]
            let sign: UInt8? = open + 2 < bytes.count && (bytes[open + 2] == .dash || bytes[open + 2] == .plus) ? bytes[open + 2] : nil
            let contentStart = open + 2 + (sign == nil ? 0 : 1)
            let rawEnd = opener == .percent ? rawBeginEnd(from: contentStart) : nil
            let isBlockLike = opener != .openBrace
            var textEnd = open
            if sign == .dash {
                textEnd = endOfTextBeforeWhitespace(from: position, to: open)
            } else if sign != .plus, isBlockLike {
                let lineBegin = lastLineStart(from: position, to: open)
                if (lineBegin > position || lineStarting), isAllWhitespace(lineBegin..<open) { textEnd = lineBegin }
            }
            if textEnd > position {
                tokens.append(Token(kind: .text(text(position..<textEnd)), offset: position))
            }
            if let rawEnd {
                let (body, after, endsLine) = try rawBody(from: rawEnd.position, lineStarting: rawEnd.endsWithNewline, open: open)
                if !body.isEmpty { tokens.append(Token(kind: .text(body), offset: rawEnd.position)) }
                position = after
                lineStarting = endsLine
                continue
            }
            switch opener {
            case .hash:
                guard let close = find([.hash, .closeBrace], from: contentStart) else {
                    throw TemplateFailure(.unclosedDelimiter("{#"), at: open, in: file)
                }
                let modifier = close > contentStart && (bytes[close - 1] == .dash || bytes[close - 1] == .plus) ? bytes[close - 1] : nil
                (position, lineStarting) = afterTagEnd(close + 2, modifier: modifier, trims: true)
            default:
                let closer: UInt8 = opener == .openBrace ? .closeBrace : .percent
                guard let close = findTagEnd(closer, from: contentStart) else {
                    throw TemplateFailure(.unclosedDelimiter(opener == .openBrace ? "{{" : "{%"), at: open, in: file)
                }
                var modifier: UInt8? = close > contentStart && bytes[close - 1] == .dash ? .dash : nil
                if opener == .percent, close > contentStart, bytes[close - 1] == .plus { modifier = .plus }
                let contentEnd = modifier == nil ? close : close - 1
                let range = contentStart..<max(contentStart, contentEnd)
                tokens.append(Token(kind: opener == .openBrace ? .variable(range) : .block(range), offset: open))
                (position, lineStarting) = afterTagEnd(close + 2, modifier: modifier, trims: opener == .percent)
            }
        }
        return tokens
    }
}

private extension TemplateLexer {
    func text(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// The next `{{`, `{%` or `{#` at or after `start`.
    func nextTagStart(from start: Int) -> Int? {
        var index = start
        while index + 1 < bytes.count {
            if bytes[index] == .openBrace {
                let next = bytes[index + 1]
                if next == .openBrace || next == .percent || next == .hash { return index }
            }
            index += 1
        }
        return nil
    }

    /// Where the text ends once the white space before a tag is removed (`{%-`).
    func endOfTextBeforeWhitespace(from start: Int, to end: Int) -> Int {
        var index = end
        while index > start {
            let width = whitespaceWidth(endingAt: index)
            if width == 0 || index - width < start { break }
            index -= width
        }
        return index
    }

    func lastLineStart(from start: Int, to end: Int) -> Int {
        var index = end
        while index > start, bytes[index - 1] != .newline { index -= 1 }
        return index
    }

    func isAllWhitespace(_ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        while index < range.upperBound {
            let width = whitespaceWidth(at: index)
            if width == 0 { return false }
            index += width
        }
        return true
    }

    /// After `%}` `}}` or `#}`: skips white space for `-`, one newline when trimming, and
    /// says whether what was consumed ends with a newline.
    func afterTagEnd(_ position: Int, modifier: UInt8?, trims: Bool) -> (Int, Bool) {
        var index = position
        if modifier == .dash {
            while index < bytes.count, whitespaceWidth(at: index) > 0 { index += whitespaceWidth(at: index) }
            return (index, index > position && bytes[index - 1] == .newline)
        }
        if modifier == nil, trims, index < bytes.count, bytes[index] == .newline { return (index + 1, true) }
        return (index, false)
    }

    func find(_ pattern: [UInt8], from start: Int) -> Int? {
        var index = start
        while index + pattern.count <= bytes.count {
            if bytes[index] == pattern[0], bytes[index + 1] == pattern[1] { return index }
            index += 1
        }
        return nil
    }

    /// The `}}` or `%}` that ends a tag, skipping string literals and bracketed parts.
    func findTagEnd(_ closer: UInt8, from start: Int) -> Int? {
        var index = start
        var depth = 0
        while index + 1 < bytes.count {
            let byte = bytes[index]
            if byte == .singleQuote || byte == .doubleQuote {
                var cursor = index + 1
                while cursor < bytes.count, bytes[cursor] != byte {
                    cursor += bytes[cursor] == .backslash ? 2 : 1
                }
                if cursor >= bytes.count { return nil }
                index = cursor + 1
                continue
            }
            if byte == .openParen || byte == .openBracket || (byte == .openBrace && closer == .percent) { depth += 1 }
            if byte == .closeParen || byte == .closeBracket || (byte == .closeBrace && depth > 0 && closer == .percent) {
                depth = max(depth - 1, 0)
            }
            if depth == 0, byte == closer, bytes[index + 1] == .closeBrace { return index }
            index += 1
        }
        return nil
    }

    /// `\s*raw\s*(-%}\s*|%})` after `{%`: where the raw body starts.
    func rawBeginEnd(from start: Int) -> (position: Int, endsWithNewline: Bool)? {
        var index = skipWhitespace(from: start)
        guard hasWord("raw", at: index) else { return nil }
        index = skipWhitespace(from: index + 3)
        if index + 2 < bytes.count, bytes[index] == .dash, bytes[index + 1] == .percent, bytes[index + 2] == .closeBrace {
            let after = skipWhitespace(from: index + 3)
            return (after, after > index + 3 && bytes[after - 1] == .newline)
        }
        if index + 1 < bytes.count, bytes[index] == .percent, bytes[index + 1] == .closeBrace {
            return (index + 2, false)
        }
        return nil
    }

    /// The body of a raw block up to `{% endraw %}`, with lstrip applied before the end tag.
    func rawBody(from start: Int, lineStarting: Bool, open: Int) throws(TemplateFailure) -> (String, Int, Bool) {
        var search = start
        while let tag = find([.openBrace, .percent], from: search) {
            let sign: UInt8? = tag + 2 < bytes.count && (bytes[tag + 2] == .dash || bytes[tag + 2] == .plus) ? bytes[tag + 2] : nil
            var index = skipWhitespace(from: tag + 2 + (sign == nil ? 0 : 1))
            guard hasWord("endraw", at: index) else {
                search = tag + 2
                continue
            }
            index = skipWhitespace(from: index + 6)
            var modifier: UInt8?
            if index < bytes.count, bytes[index] == .dash || bytes[index] == .plus {
                modifier = bytes[index]
                index += 1
            }
            guard index + 1 < bytes.count, bytes[index] == .percent, bytes[index + 1] == .closeBrace else {
                search = tag + 2
                continue
            }
            var textEnd = tag
            if sign == .dash {
                textEnd = endOfTextBeforeWhitespace(from: start, to: tag)
            } else if sign != .plus {
                let lineBegin = lastLineStart(from: start, to: tag)
                if (lineBegin > start || lineStarting), isAllWhitespace(lineBegin..<tag) { textEnd = lineBegin }
            }
            let (after, endsLine) = afterTagEnd(index + 2, modifier: modifier, trims: true)
            return (text(start..<textEnd), after, endsLine)
        }
        throw TemplateFailure(.unclosedDelimiter("{% raw %}"), at: open, in: file)
    }

    func hasWord(_ word: String, at index: Int) -> Bool {
        let utf8 = Array(word.utf8)
        guard index + utf8.count <= bytes.count, Array(bytes[index..<index + utf8.count]) == utf8 else { return false }
        let after = index + utf8.count
        return after >= bytes.count || !(bytes[after].isIdentifierByte)
    }

    func skipWhitespace(from start: Int) -> Int {
        var index = start
        while index < bytes.count, whitespaceWidth(at: index) > 0 { index += whitespaceWidth(at: index) }
        return index
    }

    /// Bytes of the white space character at `index` (Python's `\s`: ASCII white space,
    /// U+00A0, U+3000 and the other Unicode spaces), or 0.
    func whitespaceWidth(at index: Int) -> Int {
        let byte = bytes[index]
        if byte == .space || (0x09...0x0D).contains(byte) { return 1 }
        if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 || bytes[index + 1] == 0x85 { return 2 }
        if byte == 0xE3, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x80 { return 3 }
        if byte == 0xE2, index + 2 < bytes.count {
            let second = bytes[index + 1]
            let third = bytes[index + 2]
            if second == 0x80, (0x80...0x8A).contains(third) || third == 0xA8 || third == 0xA9 || third == 0xAF { return 3 }
            if second == 0x81, third == 0x9F { return 3 }
        }
        return 0
    }

    func whitespaceWidth(endingAt end: Int) -> Int {
        for width in [1, 2, 3] where end - width >= 0 && whitespaceWidth(at: end - width) == width {
            return width
        }
        return 0
    }
}

extension UInt8 {
    static let openBrace = UInt8(ascii: "{")
    static let closeBrace = UInt8(ascii: "}")
    static let percent = UInt8(ascii: "%")
    static let hash = UInt8(ascii: "#")
    static let dash = UInt8(ascii: "-")
    static let plus = UInt8(ascii: "+")
    static let newline = UInt8(ascii: "\n")
    static let space = UInt8(ascii: " ")
    static let singleQuote = UInt8(ascii: "'")
    static let doubleQuote = UInt8(ascii: "\"")
    static let backslash = UInt8(ascii: "\\")
    static let openParen = UInt8(ascii: "(")
    static let closeParen = UInt8(ascii: ")")
    static let openBracket = UInt8(ascii: "[")
    static let closeBracket = UInt8(ascii: "]")

    /// ASCII letters, digits, `_`, and every byte of a multi-byte (CJK) character.
    var isIdentifierByte: Bool {
        self >= 0x80 || self == UInt8(ascii: "_") || (self >= 0x30 && self <= 0x39)
            || (self | 0x20 >= 0x61 && self | 0x20 <= 0x7A)
    }
}
