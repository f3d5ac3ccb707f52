/// The tokens of an expression: names (CJK included), string and integer literals, operators.
struct ExpressionToken: Equatable {
    enum Kind: Equatable {
        case name(String)
        case string(String)
        case integer(Int)
        case `operator`(String)
        case end
    }

    var kind: Kind
    /// Byte offset in the template.
    var offset: Int

    /// How the token reads in an error message.
    var shown: String {
        switch kind {
        case .name(let name): name
        case .string(let text): "'\(text)'"
        case .integer(let number): String(number)
        case .operator(let symbol): symbol
        case .end: "标签结尾"
        }
    }
}

/// Splits the bytes of one tag into `ExpressionToken`s.
struct ExpressionLexer {
    static let operators = ["**", "//", "==", "!=", "<=", ">=", "+", "-", "*", "/", "%", "~", "<", ">", "=",
                            "(", ")", "[", "]", "{", "}", ".", ",", ":", "|", ";"]
    /// `operators` as bytes, made once: matching must not copy a symbol at every token.
    static let operatorBytes = operators.map { Array($0.utf8) }

    let bytes: [UInt8]
    let range: Range<Int>
    let file: String

    func tokenize() throws(TemplateFailure) -> [ExpressionToken] {
        var tokens: [ExpressionToken] = []
        var index = range.lowerBound
        let end = range.upperBound
        while index < end {
            let byte = bytes[index]
            if byte == .space || (0x09...0x0D).contains(byte) {
                index += 1
                continue
            }
            let start = index
            if byte == .singleQuote || byte == .doubleQuote {
                let (text, after) = try readString(from: index, end: end)
                tokens.append(ExpressionToken(kind: .string(text), offset: start))
                index = after
            } else if byte >= 0x30, byte <= 0x39 {
                while index < end, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
                if index < end, bytes[index] == UInt8(ascii: "_") {
                    throw TemplateFailure(.unsupported("带下划线的整数", hint: "写成不带「_」的数字，例如 10000"), at: start, in: file)
                }
                if index + 1 < end, bytes[index] == UInt8(ascii: "."), bytes[index + 1] >= 0x30, bytes[index + 1] <= 0x39,
                    tokens.last?.kind != .operator(".")
                {
                    throw TemplateFailure(
                        .unsupported("模板里的小数", hint: "小数写在数据文件里；模板里的数字只能是整数，例如用「x / 100」代替 0.01 × x"),
                        at: start, in: file)
                }
                if index < end, bytes[index] | 0x20 == UInt8(ascii: "e"), tokens.last?.kind != .operator(".") {
                    throw TemplateFailure(.unsupported("模板里的科学计数法数字", hint: "写成整数"), at: start, in: file)
                }
                guard let value = Int(String(decoding: bytes[start..<index], as: UTF8.self)) else {
                    throw TemplateFailure(.integerOverflow, at: start, in: file)
                }
                tokens.append(ExpressionToken(kind: .integer(value), offset: start))
            } else if byte.isIdentifierByte {
                while index < end, bytes[index].isIdentifierByte, !isFullWidthPunctuation(at: index) {
                    index += 1
                }
                if index == start {
                    throw TemplateFailure(.expected("名称或运算符", found: character(at: start)), at: start, in: file)
                }
                let name = String(decoding: bytes[start..<index], as: UTF8.self)
                // CJK Unified Ideographs (most names) are XID_Continue: no property lookup for them.
                guard name.unicodeScalars.allSatisfy({ (0x4E00...0x9FFF).contains($0.value) || $0.properties.isXIDContinue }),
                    name.unicodeScalars.first.map({ $0.properties.isXIDStart || $0 == "_" }) == true
                else {
                    throw TemplateFailure(.expected("名称", found: name), at: start, in: file)
                }
                tokens.append(ExpressionToken(kind: .name(name), offset: start))
            } else if let found = Self.operatorBytes.firstIndex(where: { matches($0, at: index, end: end) }) {
                tokens.append(ExpressionToken(kind: .operator(Self.operators[found]), offset: start))
                index += Self.operatorBytes[found].count
            } else {
                throw TemplateFailure(.expected("名称、数字、字符串或运算符", found: character(at: start)), at: start, in: file)
            }
        }
        tokens.append(ExpressionToken(kind: .end, offset: end))
        return tokens
    }

    private func matches(_ utf8: [UInt8], at index: Int, end: Int) -> Bool {
        guard index + utf8.count <= end else { return false }
        return bytes[index..<index + utf8.count].elementsEqual(utf8)
    }

    private func character(at index: Int) -> String {
        var end = index + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        return String(decoding: bytes[index..<end], as: UTF8.self)
    }

    /// Full-width punctuation (U+3000–U+303F, U+FF00–U+FF65) ends a name: `{{ 名称，}}` is a
    /// name followed by a stray `，`, not one long name.
    private func isFullWidthPunctuation(at index: Int) -> Bool {
        let byte = bytes[index]
        guard index + 2 < bytes.count else { return false }
        if byte == 0xE3, bytes[index + 1] == 0x80 { return true }
        if byte == 0xEF, bytes[index + 1] == 0xBC || (bytes[index + 1] == 0xBD && bytes[index + 2] <= 0xA5) { return true }
        return false
    }

    /// A quoted literal with Python's escapes; unknown escapes keep their backslash.
    private func readString(from start: Int, end: Int) throws(TemplateFailure) -> (String, Int) {
        let quote = bytes[start]
        var output: [UInt8] = []
        var index = start + 1
        while index < end {
            let byte = bytes[index]
            if byte == quote { return (String(decoding: output, as: UTF8.self), index + 1) }
            if byte == .backslash, index + 1 < end {
                let code = bytes[index + 1]
                index += 2
                switch code {
                case .backslash, .singleQuote, .doubleQuote: output.append(code)
                case UInt8(ascii: "n"): output.append(.newline)
                case UInt8(ascii: "t"): output.append(0x09)
                case UInt8(ascii: "r"): output.append(0x0D)
                case UInt8(ascii: "a"): output.append(0x07)
                case UInt8(ascii: "b"): output.append(0x08)
                case UInt8(ascii: "f"): output.append(0x0C)
                case UInt8(ascii: "v"): output.append(0x0B)
                case .newline: break
                case UInt8(ascii: "u"), UInt8(ascii: "U"), UInt8(ascii: "x"):
                    let width = code == UInt8(ascii: "u") ? 4 : (code == UInt8(ascii: "U") ? 8 : 2)
                    guard index + width <= end,
                        let value = UInt32(String(decoding: bytes[index..<index + width], as: UTF8.self), radix: 16),
                        let scalar = Unicode.Scalar(value)
                    else { throw TemplateFailure(.badStringEscape, at: index - 2, in: file) }
                    output.append(contentsOf: Array(String(scalar).utf8))
                    index += width
                default:
                    output.append(.backslash)
                    output.append(code)
                }
                continue
            }
            output.append(byte)
            index += 1
        }
        throw TemplateFailure(.expected("字符串的结束引号", found: "标签结尾"), at: start, in: file)
    }
}
