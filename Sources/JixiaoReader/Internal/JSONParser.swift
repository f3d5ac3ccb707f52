import JixiaoDiagnostics

/// Reads RFC 8259 JSON into a `DataNode` tree, strictly: what is not JSON is an error, a
/// duplicate key is an error (some readers keep the last value and lose data), and numbers
/// keep the digits as written.
struct JSONParser {
    let bytes: [UInt8]
    let source: SourceText
    var positions: PositionCounter
    var index = 0
    var depth = 0

    init(source: SourceText) {
        self.source = source
        self.bytes = source.bytes
        self.positions = PositionCounter(source: source)
    }

    mutating func parseDocument() throws(ReadFailure) -> DataNode {
        skipWhitespace()
        guard index < bytes.count else { throw ReadFailure(.json(.emptyFile), at: 0) }
        let root = try parseValue()
        skipWhitespace()
        if index < bytes.count {
            throw ReadFailure(.json(.unexpected(expected: "文件结尾（值后面多了内容）")), at: index)
        }
        return root
    }

    private mutating func parseValue() throws(ReadFailure) -> DataNode {
        guard index < bytes.count else { throw ReadFailure(.json(.unexpectedEnd(expected: "一个值")), at: index) }
        let start = index
        let position = positions.position(of: start)
        switch bytes[start] {
        case .openBrace: return DataNode(.map(try parseObject()), at: position)
        case .openBracket: return DataNode(.list(try parseArray()), at: position)
        case .doubleQuote: return DataNode(.string(try parseString()), at: position)
        case UInt8(ascii: "t"): try expectWord("true"); return DataNode(.bool(true), at: position)
        case UInt8(ascii: "f"): try expectWord("false"); return DataNode(.bool(false), at: position)
        case UInt8(ascii: "n"): try expectWord("null"); return DataNode(.null, at: position)
        case .dash, UInt8(ascii: "0")...UInt8(ascii: "9"): return DataNode(.number(try parseNumber()), at: position)
        default: throw ReadFailure(.json(.unexpected(expected: "一个值（对象、数组、字符串、数字、true、false 或 null）")), at: start)
        }
    }

    private mutating func parseObject() throws(ReadFailure) -> DataMap {
        try enterNesting()
        defer { depth -= 1 }
        index += 1
        var map = DataMap()
        skipWhitespace()
        if index < bytes.count, bytes[index] == .closeBrace {
            index += 1
            return map
        }
        while true {
            skipWhitespace()
            guard index < bytes.count else { throw ReadFailure(.json(.unexpectedEnd(expected: "「}」")), at: index) }
            let keyStart = index
            guard bytes[index] == .doubleQuote else {
                let problem: ReadFailure.JSONProblem =
                    bytes[index] == .closeBrace ? .trailingComma : .unexpected(expected: "用双引号括起的键名")
                throw ReadFailure(.json(problem), at: index)
            }
            let keyPosition = positions.position(of: keyStart)
            let key = try parseString()
            if let first = map.entry(forKey: key) {
                throw ReadFailure(.duplicateKey(key, firstLine: first.keyPosition.line), at: keyStart)
            }
            skipWhitespace()
            try expect(.colon, "冒号「:」")
            skipWhitespace()
            let value = try parseValue()
            map.append(.init(key: key, keyPosition: keyPosition, value: value))
            skipWhitespace()
            guard index < bytes.count else { throw ReadFailure(.json(.unexpectedEnd(expected: "「}」")), at: index) }
            if bytes[index] == .comma {
                index += 1
                continue
            }
            try expect(.closeBrace, "逗号「,」或「}」")
            return map
        }
    }

    private mutating func parseArray() throws(ReadFailure) -> [DataNode] {
        try enterNesting()
        defer { depth -= 1 }
        index += 1
        var items: [DataNode] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == .closeBracket {
            index += 1
            return items
        }
        while true {
            skipWhitespace()
            if index < bytes.count, bytes[index] == .closeBracket {
                throw ReadFailure(.json(.trailingComma), at: index)
            }
            items.append(try parseValue())
            skipWhitespace()
            guard index < bytes.count else { throw ReadFailure(.json(.unexpectedEnd(expected: "「]」")), at: index) }
            if bytes[index] == .comma {
                index += 1
                continue
            }
            try expect(.closeBracket, "逗号「,」或「]」")
            return items
        }
    }

    private mutating func parseString() throws(ReadFailure) -> String {
        let open = index
        index += 1
        // Most strings hold no escape: decode the bytes between the quotes in one piece.
        let contentStart = index
        while index < bytes.count {
            let byte = bytes[index]
            if byte == .doubleQuote {
                index += 1
                return String(decoding: bytes[contentStart..<index - 1], as: UTF8.self)
            }
            if byte == .backslash { break }
            if byte < 0x20 { throw ReadFailure(.json(.controlCharacterInString), at: index) }
            index += 1
        }
        var output = Array(bytes[contentStart..<index])
        while index < bytes.count {
            let byte = bytes[index]
            if byte == .doubleQuote {
                index += 1
                return String(decoding: output, as: UTF8.self)
            }
            if byte < 0x20 { throw ReadFailure(.json(.controlCharacterInString), at: index) }
            if byte == .backslash {
                try readEscape(into: &output)
                continue
            }
            output.append(byte)
            index += 1
        }
        throw ReadFailure(.unterminatedQuote("\""), at: open)
    }

    private mutating func readEscape(into output: inout [UInt8]) throws(ReadFailure) {
        let start = index
        guard index + 1 < bytes.count else { throw ReadFailure(.badEscape("\\"), at: start) }
        let code = bytes[index + 1]
        index += 2
        let simple: UInt8? =
            switch code {
            case .doubleQuote: .doubleQuote
            case .backslash: .backslash
            case UInt8(ascii: "/"): UInt8(ascii: "/")
            case UInt8(ascii: "b"): 0x08
            case UInt8(ascii: "f"): 0x0C
            case UInt8(ascii: "n"): .newline
            case UInt8(ascii: "r"): 0x0D
            case UInt8(ascii: "t"): .tab
            default: nil
            }
        if let simple {
            output.append(simple)
            return
        }
        guard code == UInt8(ascii: "u"), let unit = readHex4() else {
            let end = min(start + (code == UInt8(ascii: "u") ? 6 : 2), bytes.count)
            throw ReadFailure(.badEscape(String(decoding: bytes[start..<end], as: UTF8.self)), at: start)
        }
        var scalarValue = UInt32(unit)
        if (0xD800...0xDBFF).contains(unit) {
            guard index + 1 < bytes.count, bytes[index] == .backslash, bytes[index + 1] == UInt8(ascii: "u")
            else { throw ReadFailure(.json(.unpairedSurrogate), at: start) }
            index += 2
            guard let low = readHex4(), (0xDC00...0xDFFF).contains(low) else {
                throw ReadFailure(.json(.unpairedSurrogate), at: start)
            }
            scalarValue = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
        }
        guard let scalar = UnicodeScalar(scalarValue) else { throw ReadFailure(.json(.unpairedSurrogate), at: start) }
        output.append(contentsOf: Array(String(scalar).utf8))
    }

    private mutating func readHex4() -> UInt16? {
        guard index + 4 <= bytes.count else { return nil }
        let digits = String(decoding: bytes[index..<index + 4], as: UTF8.self)
        guard digits.allSatisfy(\.isHexDigit), let value = UInt16(digits, radix: 16) else { return nil }
        index += 4
        return value
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?`
    private mutating func parseNumber() throws(ReadFailure) -> DataNumber {
        let start = index
        if bytes[index] == .dash { index += 1 }
        guard index < bytes.count, bytes[index].isDigit else { throw ReadFailure(.json(.invalidNumber), at: start) }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
            if index < bytes.count, bytes[index].isDigit { throw ReadFailure(.json(.invalidNumber), at: start) }
        } else {
            skipDigits()
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard index < bytes.count, bytes[index].isDigit else { throw ReadFailure(.json(.invalidNumber), at: start) }
            skipDigits()
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == .dash || bytes[index] == UInt8(ascii: "+") { index += 1 }
            guard index < bytes.count, bytes[index].isDigit else { throw ReadFailure(.json(.invalidNumber), at: start) }
            skipDigits()
        }
        do {
            return try DataNumber(jsonLiteral: String(decoding: bytes[start..<index], as: UTF8.self))
        } catch .tooLong {
            throw ReadFailure(.numberTooLong, at: start)
        } catch {
            throw ReadFailure(.numberOutOfRange, at: start)
        }
    }

    private mutating func skipDigits() {
        while index < bytes.count, bytes[index].isDigit { index += 1 }
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case .space, .tab, .newline: index += 1
            default: return
            }
        }
    }

    private mutating func expectWord(_ word: StaticString) throws(ReadFailure) {
        let count = word.utf8CodeUnitCount
        let expected = UnsafeBufferPointer(start: word.utf8Start, count: count)
        guard index + count <= bytes.count, bytes[index..<index + count].elementsEqual(expected) else {
            throw ReadFailure(.json(.unexpected(expected: "一个值；文字要用双引号括起来")), at: index)
        }
        index += count
    }

    private mutating func expect(_ byte: UInt8, _ description: String) throws(ReadFailure) {
        guard index < bytes.count else { throw ReadFailure(.json(.unexpectedEnd(expected: description)), at: index) }
        guard bytes[index] == byte else { throw ReadFailure(.json(.unexpected(expected: description)), at: index) }
        index += 1
    }

    private mutating func enterNesting() throws(ReadFailure) {
        depth += 1
        if depth > YAMLParser.nestingLimit { throw ReadFailure(.tooDeep(limit: YAMLParser.nestingLimit), at: index) }
    }
}
