import Foundation

/// A number exactly as a data file wrote it: `8397200.18` stays `8397200.18`, `1007.30`
/// keeps its two decimals.
///
/// `text` is the number in JSON's syntax with the written digits and scale (YAML forms such
/// as `+5`, `007`, `.5` or `0x1F` are spelled `5`, `7`, `0.5`, `31`); `decimal` is its exact
/// value. At most 38 significant digits are kept, which covers any amount in 元 with cents.
public struct DataNumber: Sendable, Hashable, CustomStringConvertible {
    /// The number in JSON syntax, digits and scale as written.
    public let text: String

    /// The exact value (Foundation's `Decimal`, never a binary float).
    public var decimal: Decimal { Decimal(string: text) ?? 0 }

    /// How many digits were written after the decimal point (`1007.30` → 2, `5` → 0).
    public var scale: Int {
        guard let point = text.firstIndex(of: ".") else { return 0 }
        let fraction = text[text.index(after: point)...]
        return fraction.prefix(while: \.isNumber).count
    }

    /// Whether the number was written without a fraction or an exponent.
    public var isInteger: Bool { !text.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }) }

    public var description: String { text }

    /// A whole number (a year, a count).
    public init(integer: Int) {
        text = String(integer)
    }

    /// Reads a number written in JSON syntax (the JSON reader has checked the grammar).
    init(jsonLiteral: String) throws(NumberProblem) {
        try Self.checkDigits(of: jsonLiteral)
        text = jsonLiteral
    }

    /// Reads a plain YAML scalar if YAML 1.2's core schema says it is an integer or a
    /// decimal; returns nil for any other text.
    init?(yamlPlain text: String) throws(NumberProblem) {
        guard let canonical = try Self.canonicalYAMLNumber(text) else { return nil }
        try Self.checkDigits(of: canonical)
        self.text = canonical
    }

    enum NumberProblem: Error {
        case tooLong, outOfRange
    }
}

private extension DataNumber {
    static let significantDigitLimit = 38
    static let exponentLimit = 99

    /// Counts over the UTF-8 bytes (a literal is ASCII): at most 38 significant digits, an
    /// exponent of at most 99.
    static func checkDigits(of literal: String) throws(NumberProblem) {
        let utf8 = literal.utf8
        var significant = 0
        var seenNonZero = false
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            if byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") { break }
            if byte.isDigit {
                if byte != UInt8(ascii: "0") { seenNonZero = true }
                if seenNonZero { significant += 1 }
            }
            index = utf8.index(after: index)
        }
        if index != utf8.endIndex {
            try checkExponent(utf8[utf8.index(after: index)...])
        }
        if significant > significantDigitLimit { throw .tooLong }
    }

    /// The digits after `e`: leading zeros aside, at most two, at most 99.
    static func checkExponent(_ utf8: Substring.UTF8View) throws(NumberProblem) {
        var index = utf8.startIndex
        var exponent = 0
        var exponentDigits = 0
        while index != utf8.endIndex {
            let byte = utf8[index]
            if byte.isDigit, exponent > 0 || byte != UInt8(ascii: "0") {
                exponentDigits += 1
                if exponentDigits > 2 { throw .outOfRange }
                exponent = exponent * 10 + Int(byte - UInt8(ascii: "0"))
            }
            index = utf8.index(after: index)
        }
        if exponent > exponentLimit { throw .outOfRange }
    }

    /// The JSON spelling of a YAML 1.2 core-schema int or float, or nil if `text` is neither.
    static func canonicalYAMLNumber(_ text: String) throws(NumberProblem) -> String? {
        if isJSONSpelledDecimal(text.utf8) { return text }
        let utf8 = Array(text.utf8)
        guard let first = utf8.first else { return nil }
        if utf8.count > 2, first == UInt8(ascii: "0") {
            let marker = utf8[1]
            if marker == UInt8(ascii: "x") || marker == UInt8(ascii: "o") {
                let radix = marker == UInt8(ascii: "x") ? 16 : 8
                let digits = String(decoding: utf8[2...], as: UTF8.self)
                guard digits.allSatisfy({ $0.isHexDigit && Int(String($0), radix: radix) != nil }) else {
                    return nil
                }
                guard let value = UInt64(digits, radix: radix) else { throw .tooLong }
                return String(value)
            }
        }
        var index = 0
        var sign = ""
        if first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            sign = first == UInt8(ascii: "-") ? "-" : ""
            index = 1
        }
        let integerStart = index
        while index < utf8.count, utf8[index].isDigit { index += 1 }
        var integer = String(decoding: utf8[integerStart..<index], as: UTF8.self)
        var fraction: String?
        if index < utf8.count, utf8[index] == UInt8(ascii: ".") {
            index += 1
            let fractionStart = index
            while index < utf8.count, utf8[index].isDigit { index += 1 }
            fraction = String(decoding: utf8[fractionStart..<index], as: UTF8.self)
        }
        guard !integer.isEmpty || !(fraction ?? "").isEmpty else { return nil }
        var exponent = ""
        if index < utf8.count, utf8[index] == UInt8(ascii: "e") || utf8[index] == UInt8(ascii: "E") {
            let exponentStart = index
            index += 1
            if index < utf8.count, utf8[index] == UInt8(ascii: "-") || utf8[index] == UInt8(ascii: "+") {
                index += 1
            }
            let digitsStart = index
            while index < utf8.count, utf8[index].isDigit { index += 1 }
            guard index > digitsStart else { return nil }
            exponent = String(decoding: utf8[exponentStart..<index], as: UTF8.self)
        }
        guard index == utf8.count else { return nil }
        integer = String(integer.drop(while: { $0 == "0" }))
        if integer.isEmpty { integer = "0" }
        if let fraction, !fraction.isEmpty { integer += "." + fraction }
        return sign + integer + exponent
    }
}

private extension DataNumber {
    /// Whether a YAML number is already spelled as JSON spells it (`8397200.18`, `0.5`, `2024`):
    /// digits, no leading zero, at most one `.` between digits. Most figures are, and are kept
    /// as written without being taken apart.
    static func isJSONSpelledDecimal(_ utf8: String.UTF8View) -> Bool {
        var digitsBefore = 0
        var digitsAfter = 0
        var seenPoint = false
        var first: UInt8 = 0
        for byte in utf8 {
            if byte.isDigit {
                if !seenPoint {
                    if digitsBefore == 0 { first = byte }
                    digitsBefore += 1
                } else {
                    digitsAfter += 1
                }
            } else if byte == UInt8(ascii: "."), !seenPoint {
                seenPoint = true
            } else {
                return false
            }
        }
        guard digitsBefore > 0, !seenPoint || digitsAfter > 0 else { return false }
        return first != UInt8(ascii: "0") || digitsBefore == 1
    }
}

extension UInt8 {
    var isDigit: Bool { self >= UInt8(ascii: "0") && self <= UInt8(ascii: "9") }
}
