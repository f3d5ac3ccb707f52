import Testing

@testable import JixiaoModel

@Suite struct StringByteSearchTests {
    /// Where the first occurrence starts, in characters, or nil.
    @Test(arguments: [
        ("2023年决算支出", "决算", 5), ("决算", "决算", 0), ("支出决算", "决算", 2), ("预算执行", "决算", nil),
        ("aaab", "aab", 1), ("ab", "abc", nil), ("abc", "", nil), ("算决算", "决算", 1), ("区人大区人大财政", "区人大财政", 3),
    ] as [(String, String, Int?)])
    func findsTheFirstOccurrenceOfTheBytes(_ example: (text: String, needle: String, start: Int?)) {
        let range = example.text.byteRange(of: example.needle)
        #expect(range.map { example.text.distance(from: example.text.startIndex, to: $0.lowerBound) } == example.start)
        if let range { #expect(String(example.text[range]) == example.needle) }
    }
}
