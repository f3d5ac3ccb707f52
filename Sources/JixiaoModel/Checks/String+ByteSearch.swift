/// Substring search on UTF-8 bytes. Foundation's `range(of:)` and `contains` go through
/// NSString on Linux and were most of `jixiao check`'s time; the checks look for exact words
/// typed by the same input method, so byte equality is the right comparison.
extension String {
    func byteRange(of needle: String) -> Range<String.Index>? {
        let pattern = Array(needle.utf8)
        guard let first = pattern.first else { return nil }
        return utf8.withContiguousStorageIfAvailable { haystack -> Range<String.Index>? in
            guard haystack.count >= pattern.count else { return nil }
            var offset = 0
            while offset <= haystack.count - pattern.count {
                if haystack[offset] == first, pattern.indices.allSatisfy({ haystack[offset + $0] == pattern[$0] }) {
                    let start = utf8.index(utf8.startIndex, offsetBy: offset)
                    return start..<utf8.index(start, offsetBy: pattern.count)
                }
                offset += 1
            }
            return nil
        } ?? nil
    }

    func containsBytes(_ needle: String) -> Bool { byteRange(of: needle) != nil }
}
