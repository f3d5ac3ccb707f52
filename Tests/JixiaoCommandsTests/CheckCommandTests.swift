import Foundation
import JixiaoTestSupport
import Testing

@Suite struct CheckCommandTests {
    /// A complete small file: every required section filled, so it checks clean.
    let base = baseFile + requiredSections
    /// The line a key appended to `base` stands on.
    var nextLine: Int { base.split(separator: "\n", omittingEmptySubsequences: false).count }

    @Test func cleanFileSaysSoAndSucceeds() {
        let run = execute("check", temporaryFile(named: "单位.yaml", text: base))
        #expect(run.status == 0)
        #expect(run.error == "没有发现问题。\n")
    }

    @Test func errorsPrintLikeACompilerAndFail() {
        let path = temporaryFile(named: "单位.yaml", text: base + "填写日期: 2025-05-14\n")
        let run = execute("check", path)
        #expect(run.status == 1)
        #expect(run.output == "")
        #expect(run.error == """
            \(path):\(nextLine):1: 错误：不认识的键「填写日期」
                填写日期: 2025-05-14
                ^
            提示：是否想写「填报日期」？
            共 1 个错误，0 个警告。

            """)
    }

    @Test func warningsAloneSucceedUnlessStrict() {
        let path = temporaryFile(named: "单位.yaml", text: baseFile + "绩效指标分析: 我局工作顺利。\n")
        #expect(execute("check", path).status == 0)
        #expect(execute("check", path).error.contains("警告：「我局」与评价单位「某某县人民政府办公室」不符"))
        #expect(execute("check", "--strict", path).status == 1)
    }

    @Test func severalFilesAreCheckedTogether() {
        let good = temporaryFile(named: "甲.yaml", text: base)
        let bad = temporaryFile(named: "乙.yaml", text: base.replacingOccurrences(of: "评价年度: 2024", with: "评价年度: 二〇二四"))
        let missing = "/no/such/丙.yaml"
        let run = execute("check", good, bad, missing)
        #expect(run.status == 1)
        #expect(run.error.contains("\(bad):1:7: 错误：「评价年度」应当是年份，这里是文本「二〇二四」"))
        #expect(run.error.contains("\(missing): 错误：找不到这个文件"))
        #expect(run.error.hasSuffix("共 2 个错误，0 个警告。\n共 3 个单位：1 个通过（其中 0 个有警告），2 个有错误。\n"))
    }

    @Test func jsonIsForOtherPrograms() throws {
        let path = temporaryFile(named: "单位.yaml", text: base + "填写日期: 1\n")
        let run = execute("check", "--format", "json", path)
        #expect(run.status == 1)
        let findings = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [[String: Any]])
        #expect(findings.count == 1)
        #expect(findings[0]["line"] as? Int == nextLine)
        #expect(findings[0]["column"] as? Int == 1)
        #expect(findings[0]["severity"] as? String == "error")
        #expect(findings[0]["message"] as? String == "不认识的键「填写日期」")
        #expect(findings[0]["file"] as? String == path)
    }

    @Test func theShippedExampleIsClean() {
        let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Inputs/2024年度遂溪县人民政府办公室本级.yaml").path
        let run = execute("check", example)
        #expect(run.status == 0, "\(run.error)")
    }
}
