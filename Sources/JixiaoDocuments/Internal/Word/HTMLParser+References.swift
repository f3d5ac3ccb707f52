extension HTMLParser {
    /// `text` with its character references decoded: `&amp;`, `&#39;`, `&#x2014;` and the
    /// named ones a Chinese report uses. An unknown name or a malformed reference stays as
    /// written (so no text is lost); a number that is no character gives U+FFFD, as browsers do.
    static func decodingReferences(in text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
        var result = ""
        var rest = Substring(text)
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            let after = rest[rest.index(after: ampersand)...]
            if let semicolon = after.prefix(12).firstIndex(of: ";"), let decoded = character(for: after[..<semicolon]) {
                result.unicodeScalars.append(decoded)
                rest = after[after.index(after: semicolon)...]
            } else {
                result += "&"
                rest = after
            }
        }
        return result + rest
    }

    private static func character(for reference: Substring) -> Unicode.Scalar? {
        guard reference.first == "#" else { return namedReferences[String(reference)] }
        var digits = reference.dropFirst()
        var radix = 10
        if digits.first == "x" || digits.first == "X" {
            radix = 16
            digits = digits.dropFirst()
        }
        guard !digits.isEmpty, digits.count <= 8, let value = UInt32(digits, radix: radix) else { return nil }
        guard value != 0, let scalar = Unicode.Scalar(value) else { return Unicode.Scalar(0xFFFD) }
        return scalar
    }

    private static let namedReferences: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "ensp": "\u{2002}",
        "emsp": "\u{2003}", "thinsp": "\u{2009}", "mdash": "\u{2014}", "ndash": "\u{2013}", "hellip": "\u{2026}",
        "middot": "\u{B7}", "times": "\u{D7}", "divide": "\u{F7}", "plusmn": "\u{B1}", "deg": "\u{B0}",
        "permil": "\u{2030}", "yen": "\u{A5}", "copy": "\u{A9}", "reg": "\u{AE}", "laquo": "\u{AB}",
        "raquo": "\u{BB}", "ldquo": "\u{201C}", "rdquo": "\u{201D}", "lsquo": "\u{2018}", "rsquo": "\u{2019}",
        "le": "\u{2264}", "ge": "\u{2265}", "ne": "\u{2260}", "minus": "\u{2212}", "sup2": "\u{B2}", "sup3": "\u{B3}",
    ]
}
