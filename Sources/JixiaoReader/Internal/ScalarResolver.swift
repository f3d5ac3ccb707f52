/// What a plain (unquoted) YAML scalar means under YAML 1.2's core schema.
///
/// `null`, `~` and empty are null; `true`/`false` (three spellings each) are booleans;
/// integers (also `0x…`, `0o…`) and decimals are numbers; `.inf` and `.nan` are refused;
/// everything else, `yes`, `on` and `2025-05-14` included, is a string.
enum ScalarResolver {
    static func value(ofPlain text: String, at offset: Int) throws(ReadFailure) -> DataNode.Value {
        if let value = try reserved(text, at: offset) { return value }
        guard let first = text.utf8.first,
            first.isDigit || first == UInt8(ascii: "-") || first == UInt8(ascii: "+")
                || first == UInt8(ascii: ".")
        else { return .string(text) }
        do {
            if let number = try DataNumber(yamlPlain: text) { return .number(number) }
        } catch .tooLong {
            throw ReadFailure(.numberTooLong, at: offset)
        } catch {
            throw ReadFailure(.numberOutOfRange, at: offset)
        }
        return .string(text)
    }
}

private extension ScalarResolver {
    /// The null and boolean spellings (nil for any other text); the refused ones throw.
    ///
    /// Every spelling is ASCII of at most 5 bytes, and no longer text equals one of them (none
    /// holds a letter another character decomposes to, as K is U+212A's): most scalars, Chinese
    /// text and figures, skip the comparisons, and so does text not starting with an ASCII character (a
    /// one-character Chinese name).
    static func reserved(_ text: String, at offset: Int) throws(ReadFailure) -> DataNode.Value? {
        guard text.utf8.count <= 5, text.utf8.first.map({ $0 < 0x80 }) ?? true else { return nil }
        switch text {
        case "", "~", "null", "Null", "NULL": return .null
        case "true", "True", "TRUE": return .bool(true)
        case "false", "False", "FALSE": return .bool(false)
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF",
            ".nan", ".NaN", ".NAN":
            throw ReadFailure(.unsupported(.infinityOrNaN), at: offset)
        default:
            return nil
        }
    }
}
