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
        // Most files are UTF-8 without BOM or CR: one pass says so, and their bytes are kept as
        // they are, without a copy.
        if !hasBOM, isWellFormedWithoutCR(raw) { return raw }
        let bytes = SourceText.normalizingLineBreaks(hasBOM ? raw[3...] : raw[...])
        if let bad = firstInvalidUTF8Offset(in: bytes) {
            throw ReadFailure(.notUTF8(looksLikeGBK: looksLikeGBK(bytes, from: bad)), at: bad)
        }
        return bytes
    }

    /// A well-formed UTF-8 sequence that starts with `lead` (not ASCII): its length and the range
    /// its second byte must fall in (RFC 3629 §4); nil when no sequence starts so.
    @inline(__always)
    static func sequence(startingWith lead: UInt8) -> (length: Int, lowest: UInt8, highest: UInt8)? {
        switch lead {
        case 0xC2...0xDF: (2, 0x80, 0xBF)
        case 0xE0: (3, 0xA0, 0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: (3, 0x80, 0xBF)
        case 0xED: (3, 0x80, 0x9F)
        case 0xF0: (4, 0x90, 0xBF)
        case 0xF1...0xF3: (4, 0x80, 0xBF)
        case 0xF4: (4, 0x80, 0x8F)
        default: nil
        }
    }

    /// The offset of the first byte that does not belong to a well-formed UTF-8 sequence.
    static func firstInvalidUTF8Offset(in bytes: [UInt8]) -> Int? {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            guard let (length, lowest, highest) = sequence(startingWith: lead) else { return index }
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

    /// Whether `bytes` is well-formed UTF-8 holding no CR: the same walk as
    /// `firstInvalidUTF8Offset(in:)`, over a buffer (no bounds checks) and skipping ASCII eight
    /// bytes at a time.
    static func isWellFormedWithoutCR(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            let count = buffer.count
            guard let base = buffer.baseAddress else { return true }
            var index = 0
            while index < count {
                let lead = base[index]
                if lead < 0x80, index + 8 <= count {
                    let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                    // No byte with its high bit set, and none equal to 0x0D (the zero-byte test on word ^ 0x0D…).
                    let crs = word ^ 0x0D0D_0D0D_0D0D_0D0D
                    let hasCR = (crs &- 0x0101_0101_0101_0101) & ~crs & 0x8080_8080_8080_8080
                    if word & 0x8080_8080_8080_8080 == 0, hasCR == 0 {
                        index += 8
                        continue
                    }
                }
                if lead < 0x80 {
                    if lead == 0x0D { return false }
                    index += 1
                    continue
                }
                // Chinese text: E1–EC or EE–EF and two continuation bytes, the common case.
                if lead & 0xF0 == 0xE0, lead != 0xE0, lead != 0xED, index + 3 <= count,
                    (UInt16(base[index + 1]) | UInt16(base[index + 2]) << 8) & 0xC0C0 == 0x8080
                {
                    index += 3
                    continue
                }
                guard let (length, lowest, highest) = sequence(startingWith: lead) else { return false }
                guard index + length <= count else { return false }
                let second = base[index + 1]
                guard second >= lowest, second <= highest else { return false }
                if length > 2, base[index + 2] & 0xC0 != 0x80 { return false }
                if length > 3, base[index + 3] & 0xC0 != 0x80 { return false }
                index += length
            }
            return true
        }
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
