import Foundation
import JixiaoModel
import Testing

@Suite struct DataFileReferenceTests {
    static let begin = "<!-- 数据文件的键：由 DataFileSchema 生成，运行 JIXIAO_RECORD=1 swift test 更新 -->\n"
    static let end = "<!-- 生成结束 -->"

    /// The README's key reference is the schema's; `JIXIAO_RECORD=1` rewrites it (and fails).
    @Test func readmeListsEveryKeyTheDecoderKnows() throws {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        let start = try #require(text.range(of: Self.begin), "README has no generated key reference")
        let stop = try #require(text.range(of: Self.end, range: start.upperBound..<text.endIndex))
        let current = String(text[start.upperBound..<stop.lowerBound])
        if ProcessInfo.processInfo.environment["JIXIAO_RECORD"] == "1" {
            try text.replacingCharacters(in: start.upperBound..<stop.lowerBound, with: DataFileReference.markdown).write(to: readme, atomically: true, encoding: .utf8)
            Issue.record("README key reference recorded; run the tests again without JIXIAO_RECORD")
            return
        }
        #expect(current == DataFileReference.markdown, "README's key reference is out of date: run JIXIAO_RECORD=1 swift test")
    }

    @Test func referenceNamesNestedKeysByPath() {
        #expect(DataFileReference.markdown.contains("| `收支情况.支出.决算数` | 金额 |  | 支出决算数（自评表的“全年执行数”） |"))
        #expect(DataFileReference.markdown.contains("| `自评表.指标[].得分` | 分数 | 必填 |"))
    }
}
