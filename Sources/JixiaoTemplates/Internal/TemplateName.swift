/// A name as a `NameTable` key, hashed once when the template is parsed.
///
/// Swift's `String` hashing normalises Unicode on every lookup, which dominated rendering of
/// Chinese names (`单位`, `行.得分`). Names compare by their UTF-8 bytes: a data file and a
/// template typed with the same input method spell a name with the same bytes.
struct TemplateName: Equatable, Sendable, CustomStringConvertible {
    let text: String
    private let bytes: [UInt8]
    /// Python method names (`items`, `upper` …) are ASCII; Chinese names skip that check.
    let isASCII: Bool
    /// FNV-1a of the UTF-8 bytes, computed once.
    let hash: Int

    init(_ text: String) {
        self.text = text
        self.bytes = Array(text.utf8)
        self.isASCII = text.utf8.allSatisfy { $0 < 0x80 }
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        // FNV's low bits see only the bytes' low bits; fold the high half in for table slots.
        self.hash = Int(truncatingIfNeeded: value ^ (value >> 32))
    }

    static func == (lhs: TemplateName, rhs: TemplateName) -> Bool {
        lhs.hash == rhs.hash && lhs.bytes == rhs.bytes
    }

    var description: String { text }

    static let loop = TemplateName("loop")
    static let range = TemplateName("range")
    static let `super` = TemplateName("super")
}
