import JixiaoDiagnostics
import Testing

@testable import JixiaoReader

@Suite struct YAMLReaderTests {
    @Test func numbersKeepTheDigitsAndScaleAsWritten() {
        let node = root(of: "a: 8397200.18\nb: 1007.30\nc: 123456789012345678901234.56\nd: +5\ne: .50\nf: 0x1F\n")
        #expect(node?.jsonText == """
            {
              "a": 8397200.18,
              "b": 1007.30,
              "c": 123456789012345678901234.56,
              "d": 5,
              "e": 0.50,
              "f": 31
            }

            """)
        if case .number(let amount) = node?["b"]?.value {
            #expect(amount.scale == 2)
            #expect(amount.decimal == 1007.3)
        } else {
            Issue.record("1007.30 is not a number")
        }
    }

    @Test func keysKeepFileOrder() {
        let node = root(of: "丙: 1\n甲: 2\n乙: 3\n")
        guard case .map(let map) = node?.value else { return }
        #expect(map.map(\.key) == ["丙", "甲", "乙"])
    }

    @Test func everyValueKnowsItsLineAndColumn() {
        let node = root(of: "评价单位: 某局\n指标:\n  - 名称: 执行率\n    分值: [10, 20]\n")
        #expect(node?["评价单位"]?.position == TextPosition(line: 1, column: 7))
        guard case .list(let rows) = node?["指标"]?.value, case .map(let row) = rows.first?.value else {
            Issue.record("指标 is not a list of mappings")
            return
        }
        #expect(row.entries[1].keyPosition == TextPosition(line: 4, column: 5))
        guard case .list(let scores) = row["分值"]?.value else { return }
        #expect(scores[1].position == TextPosition(line: 4, column: 14))
    }

    @Test func windowsLineEndingsAndBOMReadLikeUnixText() {
        let unix = root(of: "a: |\n  x\n  y\nb: 2\n")
        let windows = root(of: "\u{FEFF}a: |\r\n  x\r\n  y\r\nb: 2\r\n")
        #expect(windows != nil && windows == unix)
    }

    /// YAML 1.2 allows a tab as separation after `: ` (ruamel.yaml refuses it, so this case
    /// is not in the generated fixture).
    @Test func tabAfterColonSeparatesLikeASpace() {
        #expect(root(of: "a:\t1\nb: \t x\n").map(canonical) == #"{"a": #1, "b": "x"}"#)
    }

    @Test func nestingUpToTheLimitIsRead() {
        let depth = YAMLParser.nestingLimit - 1
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        #expect(root(of: text) != nil)
        let json = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        #expect(root(of: json, syntax: .json) != nil)
    }

    @Test func jsonOutputEscapesOnlyWhatJSONNeeds() {
        let node = root(of: #"a: "引号\"、反斜杠\\、换行\n、制表\t、\x01""#)
        #expect(node?.jsonText == #"{"# + "\n" + #"  "a": "引号\"、反斜杠\\、换行\n、制表\t、\u0001""# + "\n}\n")
    }

    /// `jixiao rollover` writes next year's file with `yamlText`; whatever a unit typed must
    /// read back the same, control characters and YAML-looking text included.
    @Test func yamlOutputReadsBackUnchanged() {
        let texts = ["", " 前后空格 ", "键: 值", "#注释", "- 列表", "true", "12.50", "null", "引号\"、反斜杠\\", "换行\n制表\t", "响铃\u{7}", "全角：冒号"]
        for text in texts {
            let start = TextPosition(line: 1, column: 1)
            var map = DataMap()
            map.append(.init(key: "说明", keyPosition: start, value: DataNode(.string(text), at: start)))
            let original = DataNode(.map(map), at: start)
            let reread = root(of: original.yamlText)
            #expect(reread.map(canonical) == canonical(original), "\(String(reflecting: text))")
        }
    }
}
