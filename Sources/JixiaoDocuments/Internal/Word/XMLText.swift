/// Text made safe for an XML part: markup characters escaped, and the control characters that
/// XML 1.0 cannot hold at all left out (they print as nothing in HTML either).
enum XMLText {
    static func escaped(_ text: String) -> String {
        // Most text of a report needs nothing: then it is the text itself, not a copy.
        guard needsEscaping(text) else { return text }
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF: continue
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Whether `escaped` would change `text`: a markup character, a control character other
    /// than tab and line breaks, or U+FFFE / U+FFFF (`EF BF BE`, `EF BF BF` in UTF-8).
    private static func needsEscaping(_ text: String) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""): return true
            case 0x09, 0x0A, 0x0D: break
            case 0xBE...0xBF where previous == (0xEF, 0xBF): return true
            default: if byte < 0x20 { return true }
            }
            previous = (previous.1, byte)
        }
        return false
    }

    /// The text of an escaped attribute or element (the five entities `escaped` writes).
    static func unescaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
    }

    /// The declaration every part starts with.
    static let declaration = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
    static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
}
