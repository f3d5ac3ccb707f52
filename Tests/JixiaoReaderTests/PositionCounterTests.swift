import JixiaoDiagnostics
import Testing

@testable import JixiaoReader

/// Positions on long lines are the columns an editor shows, also after emoji and combining
/// marks, and for keys (found after their values) as well as values.
@Suite struct PositionCounterTests {
    /// A long line whose pieces carry Chinese, an emoji sequence and a combining accent.
    static func pieces(_ count: Int) -> [String] {
        (0..<count).map { ["甲\($0)", "e\u{301}\($0)", "👩‍👩‍👧\($0)", "k\($0)"][$0 % 4] }
    }

    static func expectedColumn(of needle: String, in line: String) -> Int {
        line[..<line.range(of: needle)!.lowerBound].count + 1
    }

    @Test(arguments: [DataFileSyntax.json, .yaml])
    func keysAndValuesOnOneLongLineHaveEditorColumns(_ syntax: DataFileSyntax) {
        let pieces = Self.pieces(400)
        let line = "{" + pieces.enumerated().map { "\"\($1)\": [\"v\($0)\"]" }.joined(separator: ", ") + "}"
        guard case .map(let map)? = root(of: "\n" + line + "\n", syntax: syntax)?.value else {
            Issue.record("not a map")
            return
        }
        var found: [TextPosition] = []
        var expected: [TextPosition] = []
        for (index, entry) in map.enumerated() {
            guard case .list(let items) = entry.value.value else { continue }
            found += [entry.keyPosition, entry.value.position, items[0].position]
            expected += ["\"\(pieces[index])\"", "[\"v\(index)\"]", "\"v\(index)\""].map { TextPosition(line: 2, column: Self.expectedColumn(of: $0, in: line)) }
        }
        #expect(map.count == 400)
        #expect(found == expected)
    }

    @Test func aFlowListOnOneLongLineHasEditorColumns() {
        let pieces = Self.pieces(400)
        let line = "项目: [" + pieces.joined(separator: ", ") + "]"
        guard case .list(let items)? = root(of: line)?.node(at: "项目")?.value else {
            Issue.record("not a list")
            return
        }
        let expected = pieces.indices.map { index in
            TextPosition(line: 1, column: Self.expectedColumn(of: (index == 0 ? "[" : " ") + pieces[index] + (index == 399 ? "]" : ","), in: line) + 1)
        }
        #expect(items.map(\.position) == expected)
    }
}
