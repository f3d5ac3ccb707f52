import JixiaoDiagnostics

/// Turns a file's bytes into the text the parsers read: UTF-8, no BOM, `\n` line breaks.
///
/// Files arrive from Windows editors: a UTF-8 BOM is dropped, CRLF and lone CR become LF.
/// A file that is not UTF-8 (often GBK) is refused with the place of the first bad byte,
/// rather than read as mojibake.
enum InputDecoder {
    static func normalizedText(from raw: [UInt8]) throws(ReadFailure) -> [UInt8] {
        if raw.starts(with: [0xFF, 0xFE]) || raw.starts(with: [0xFE, 0xFF]) {
            throw ReadFailure(.utf16, at: 0)
        }
        let hasBOM = raw.starts(with: [0xEF, 0xBB, 0xBF])
        // Most files need neither change: keep their bytes as they are, without a copy.
        let bytes = !hasBOM && !raw.contains(0x0D) ? raw : SourceText.normalizingLineBreaks(hasBOM ? raw[3...] : raw[...])
        if let bad = firstInvalidUTF8Offset(in: bytes) {
            throw ReadFailure(.notUTF8(looksLikeGBK: looksLikeGBK(bytes, from: bad)), at: bad)
        }
        return bytes
    }

    /// The offset of the first byte that does not belong to a well-formed UTF-8 sequence.
    static func firstInvalidUTF8Offset(in bytes: [UInt8]) -> Int? {
        // The standard library's validator is the fast path; the walk below only finds the offset.
        if String(validating: bytes, as: UTF8.self) != nil { return nil }
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            var lowest: UInt8 = 0x80
            var highest: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lowest = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; highest = 0x9F
            case 0xF0: length = 4; lowest = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; highest = 0x8F
            default: return index
            }
            guard index + length <= count else { return index }
            let second = bytes[index + 1]
            guard second >= lowest, second <= highest else { return index }
            for offset in 2..<max(length, 2) where bytes[index + offset] & 0xC0 != 0x80 {
                return index
            }
            index += length
        }
        return nil
    }

    /// GBK/GB18030 text is pairs of a lead byte 0x81–0xFE and a trail byte 0x40–0xFE.
    private static func looksLikeGBK(_ bytes: [UInt8], from start: Int) -> Bool {
        var index = start
        var pairs = 0
        while index + 1 < bytes.count, pairs < 8 {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let trail = bytes[index + 1]
            guard (0x81...0xFE).contains(lead), (0x40...0xFE).contains(trail), trail != 0x7F else {
                return false
            }
            pairs += 1
            index += 2
        }
        return pairs > 0
    }
}
