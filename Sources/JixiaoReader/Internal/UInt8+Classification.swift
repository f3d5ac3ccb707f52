/// Byte names for the parsers, which work on UTF-8 bytes.
extension UInt8 {
    static let space = UInt8(ascii: " ")
    static let tab = UInt8(ascii: "\t")
    static let newline = UInt8(ascii: "\n")
    static let colon = UInt8(ascii: ":")
    static let hash = UInt8(ascii: "#")
    static let dash = UInt8(ascii: "-")
    static let comma = UInt8(ascii: ",")
    static let doubleQuote = UInt8(ascii: "\"")
    static let singleQuote = UInt8(ascii: "'")
    static let backslash = UInt8(ascii: "\\")
    static let openBracket = UInt8(ascii: "[")
    static let closeBracket = UInt8(ascii: "]")
    static let openBrace = UInt8(ascii: "{")
    static let closeBrace = UInt8(ascii: "}")

    /// A space or a tab: YAML's white space.
    var isBlank: Bool { self == .space || self == .tab }

    /// One of `, [ ] { }`, which end a plain scalar inside brackets.
    var isFlowIndicator: Bool {
        self == .comma || self == .openBracket || self == .closeBracket || self == .openBrace
            || self == .closeBrace
    }
}

/// The UTF-8 bytes of the characters that Chinese input methods type in place of ASCII ones.
enum FullWidth {
    /// `：` U+FF1A
    static let colon: [UInt8] = [0xEF, 0xBC, 0x9A]
    /// `　` U+3000
    static let space: [UInt8] = [0xE3, 0x80, 0x80]
}
