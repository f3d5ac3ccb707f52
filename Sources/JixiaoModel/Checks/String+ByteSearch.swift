import Foundation

/// Substring search on UTF-8 bytes. Foundation's `range(of:)` and `contains` go through
/// NSString on Linux and were most of `jixiao check`'s time; the checks look for exact words
/// typed by the same input method, so byte equality is the right comparison.
extension String {
    /// The first occurrence of `needle`, found by `memchr` on its last byte (a lead byte such as
    /// that of 决 starts a third of a Chinese text; the last byte of 算 ends few places) and
    /// confirmed by `memcmp`.
    func byteRange(of needle: String) -> Range<String.Index>? {
        let pattern = Array(needle.utf8)
        guard let last = pattern.last else { return nil }
        var text = self
        let offset: Int? = text.withUTF8 { haystack in
            guard haystack.count >= pattern.count, let base = haystack.baseAddress else { return nil }
            var end = pattern.count - 1
            while end < haystack.count {
                guard let found = memchr(base + end, Int32(last), haystack.count - end) else { return nil }
                end = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
                let start = end - pattern.count
                if start >= 0, memcmp(base + start, pattern, pattern.count) == 0 { return start }
            }
            return nil
        }
        guard let offset else { return nil }
        let start = utf8.index(utf8.startIndex, offsetBy: offset)
        return start..<utf8.index(start, offsetBy: pattern.count)
    }

    func containsBytes(_ needle: String) -> Bool { byteRange(of: needle) != nil }
}
