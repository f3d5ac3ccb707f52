import Foundation

/// Turns a text export's bytes into a string, whichever encoding Word, WPS or Notepad used.
///
/// Tried in order: a BOM (UTF-8, UTF-16 LE/BE), UTF-16 without a BOM (every other byte zero
/// in the ASCII text), UTF-8, and last GB18030, which contains GBK and GB2312: a Chinese
/// Windows' "ANSI". Foundation on Linux converts GB18030 as `String.Encoding` 0x80000632
/// (`kCFStringEncodingGB_18030_2000` through `CFStringConvertEncodingToNSStringEncoding`).
enum ReportTextDecoder {
    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    static func text(from bytes: [UInt8]) throws(ImportFailure) -> String {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return try utf8(Array(bytes.dropFirst(3)))
        }
        if bytes.starts(with: [0xFF, 0xFE]) { return try utf16(bytes.dropFirst(2), .utf16LittleEndian) }
        if bytes.starts(with: [0xFE, 0xFF]) { return try utf16(bytes.dropFirst(2), .utf16BigEndian) }
        if !bytes.contains(0), let text = String(validating: bytes, as: UTF8.self) { return text }
        if let order = utf16WithoutMark(bytes), let text = String(data: Data(bytes), encoding: order) { return text }
        if let text = String(data: Data(bytes), encoding: gb18030) { return text }
        throw .undecodableText(offset: firstUndecodableOffset(bytes))
    }

    private static func utf8(_ bytes: [UInt8]) throws(ImportFailure) -> String {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw .undecodableText(offset: 3 + firstUndecodableOffset(bytes))
        }
        return text
    }

    private static func utf16(_ bytes: ArraySlice<UInt8>, _ encoding: String.Encoding) throws(ImportFailure) -> String {
        guard bytes.count % 2 == 0, let text = String(data: Data(bytes), encoding: encoding) else {
            throw .undecodableText(offset: bytes.startIndex)
        }
        return text
    }

    /// Windows writes "Unicode" text with a BOM; a copy that lost it still has zero bytes
    /// (no UTF-8 or GB18030 text has any): the high bytes of ASCII characters (digits, line
    /// breaks), on the odd side for little-endian.
    private static func utf16WithoutMark(_ bytes: [UInt8]) -> String.Encoding? {
        guard bytes.count % 2 == 0, bytes.contains(0) else { return nil }
        var evenZeros = 0
        var oddZeros = 0
        for (index, byte) in bytes.enumerated() where byte == 0 {
            if index % 2 == 0 { evenZeros += 1 } else { oddZeros += 1 }
        }
        return oddZeros > evenZeros ? .utf16LittleEndian : .utf16BigEndian
    }

    /// Where GB18030 first fails: the longest prefix that decodes, found by halving.
    private static func firstUndecodableOffset(_ bytes: [UInt8]) -> Int {
        var good = 0
        var bad = bytes.count
        while bad - good > 1 {
            let middle = good + (bad - good) / 2
            if String(data: Data(bytes[..<middle]), encoding: gb18030) != nil { good = middle } else { bad = middle }
        }
        return good
    }
}
