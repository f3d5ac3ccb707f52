import Foundation
import Testing

@Suite struct RenderCommandTests {
    let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    var templates: String { example.appendingPathComponent("Templates").path }
    var data: String { example.appendingPathComponent("Inputs/2024年度遂溪县人民政府办公室本级.yaml").path }

    func temporaryFolder() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString).path
    }

    @Test func writesTheNineDocumentsAndAnIndex() throws {
        let folder = temporaryFolder()
        let run = execute("render", data, "-o", folder, "--templates", templates)
        #expect(run.status == 0, "\(run.error)")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(files == [
            "2024年度遂溪县人民政府办公室本级-数据表.docx", "2024年度遂溪县人民政府办公室本级-数据表.html",
            "2024年度遂溪县人民政府办公室本级-数据表.md", "2024年度遂溪县人民政府办公室本级-自评报告.docx",
            "2024年度遂溪县人民政府办公室本级-自评报告.html", "2024年度遂溪县人民政府办公室本级-自评报告.md",
            "2024年度遂溪县人民政府办公室本级-评分表.docx", "2024年度遂溪县人民政府办公室本级-评分表.html",
            "2024年度遂溪县人民政府办公室本级-评分表.md", "index.html",
        ])
        #expect(run.output.split(separator: "\n").count == 10)
        let html = try String(contentsOfFile: folder + "/2024年度遂溪县人民政府办公室本级-自评报告.html", encoding: .utf8)
        let firstLine = html.prefix { $0 != "\n" }
        #expect(firstLine.hasPrefix("<!-- 由 jixiao 生成，修改请改数据文件后重新生成；数据文件：../"))
        #expect(firstLine.hasSuffix("/Inputs/2024年度遂溪县人民政府办公室本级.yaml -->"))
        #expect(html.dropFirst(firstLine.count + 1).hasPrefix("<!DOCTYPE html>"))
    }

    @Test func rerenderingReplacesOnlyItsOwnFiles() throws {
        let folder = temporaryFolder()
        #expect(execute("render", data, "-o", folder, "--templates", templates, "--format", "md").status == 0)
        try "单位自己的笔记".write(toFile: folder + "/笔记.txt", atomically: true, encoding: .utf8)
        #expect(execute("render", data, "-o", folder, "--templates", templates, "--format", "md").status == 0)
        #expect(try String(contentsOfFile: folder + "/笔记.txt", encoding: .utf8) == "单位自己的笔记")
        let report = folder + "/2024年度遂溪县人民政府办公室本级-自评报告.md"
        try "单位手改的报告".write(toFile: report, atomically: true, encoding: .utf8)
        let refused = execute("render", data, "-o", folder, "--templates", templates, "--format", "md")
        #expect(refused.status == 1)
        #expect(refused.error.contains("\(report): 错误：这个文件不是 jixiao 生成的，jixiao 不会替换它"))
        #expect(try String(contentsOfFile: report, encoding: .utf8) == "单位手改的报告")
    }

    /// A Word file carries jixiao's stamp in its document properties: the stamped one is replaced,
    /// one from Word or WPS (no stamp) is not, nor is one that is no ZIP at all.
    @Test func wordFilesAreReplacedOnlyWhenJixiaoWroteThem() throws {
        let folder = temporaryFolder()
        let run = execute("render", data, "-o", folder, "--templates", templates, "--format", "docx")
        #expect(run.status == 0, "\(run.error)")
        let report = folder + "/2024年度遂溪县人民政府办公室本级-自评报告.docx"
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == [
            "2024年度遂溪县人民政府办公室本级-数据表.docx", "2024年度遂溪县人民政府办公室本级-自评报告.docx",
            "2024年度遂溪县人民政府办公室本级-评分表.docx",
        ])
        let written = try Data(contentsOf: URL(fileURLWithPath: report))
        #expect(written.prefix(2) == Data("PK".utf8))
        #expect(execute("render", data, "-o", folder, "--templates", templates, "--format", "docx").status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: report)) == written)
        for foreign in [Data("PK\u{3}\u{4} 单位在 Word 里另存的文件".utf8), Data("单位自己的报告".utf8)] {
            try foreign.write(to: URL(fileURLWithPath: report))
            let refused = execute("render", data, "-o", folder, "--templates", templates, "--format", "docx")
            #expect(refused.status == 1)
            #expect(refused.error.contains("\(report): 错误：这个文件不是 jixiao 生成的，jixiao 不会替换它"))
            #expect(try Data(contentsOf: URL(fileURLWithPath: report)) == foreign)
        }
    }

    /// The documents must agree: when one of them cannot be written, the others from the last
    /// run stay as they were instead of a new report standing beside an old sheet.
    @Test func aDocumentThatCannotBeWrittenLeavesTheLastSetWhole() throws {
        let folder = temporaryFolder()
        #expect(execute("render", data, "-o", folder, "--templates", templates, "--format", "md").status == 0)
        let report = folder + "/2024年度遂溪县人民政府办公室本级-自评报告.md"
        let before = try String(contentsOfFile: report, encoding: .utf8)
        let sheet = folder + "/2024年度遂溪县人民政府办公室本级-评分表.md"
        try FileManager.default.removeItem(atPath: sheet)
        try FileManager.default.createDirectory(atPath: sheet, withIntermediateDirectories: false)
        let changed = temporaryFile(named: "单位.yaml", text: try String(contentsOfFile: data, encoding: .utf8)
            .replacingOccurrences(of: "填报日期: 2025-07-28", with: "填报日期: 2025-07-29"))
        let run = execute("render", changed, "-o", folder, "--templates", templates, "--format", "md", "--force")
        #expect(run.status == 1)
        #expect(run.error.contains("评分表.md: 错误：无法写入这个文件：同名的文件夹已经存在"))
        #expect(try String(contentsOfFile: report, encoding: .utf8) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".tmp") } == [])
    }

    @Test func errorsInTheDataRenderNothing() throws {
        let folder = temporaryFolder()
        let bad = temporaryFile(named: "单位.yaml", text: try String(contentsOfFile: data, encoding: .utf8)
            .replacingOccurrences(of: "填报日期: 2025-07-28", with: "填报日期: 2024-07-28"))
        let run = execute("render", bad, "-o", folder, "--templates", templates)
        #expect(run.status == 1)
        #expect(run.error.contains("错误：填报日期 2024-07-28 不在评价年度 2024 的下一年"))
        #expect(run.error.hasSuffix("共 1 个错误，0 个警告；没有生成文件。\n"))
        #expect(!FileManager.default.fileExists(atPath: folder))
    }

    @Test func warningsArePrintedAndRenderingGoesOn() throws {
        let folder = temporaryFolder()
        let hunan = example.appendingPathComponent("Inputs/2023年度邵阳市北塔区人民政府办公室.yaml").path
        let run = execute("render", hunan, "-o", folder, "--templates", templates, "--format", "html")
        #expect(run.status == 0)
        #expect(run.error.contains("警告：人员控制率为 156.52%"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).count == 4)
    }

    /// render does every check of `check`, the text its format never prints included (read off
    /// the templates it compiles for the documents), even when it writes one format only.
    @Test func textTheFormatNeverPrintsIsWarnedAboutAsCheckDoes() throws {
        let folder = temporaryFolder()
        let unit = temporaryFile(named: "单位.yaml", text: try String(contentsOfFile: data, encoding: .utf8) + "自定义: {预算编码: \"101001\"}\n")
        let checked = execute("check", unit, "--templates", templates)
        let warning = "警告：「自定义.预算编码」填了内容，但报告格式「广东」的模板不用它：它不会出现在任何文件里"
        #expect(checked.error.contains(warning), "\(checked.error)")
        let run = execute("render", unit, "-o", folder, "--templates", templates, "--format", "md")
        #expect(run.status == 0, "\(run.error)")
        #expect(run.error.components(separatedBy: "\n").filter { $0.contains(warning) }
                == checked.error.components(separatedBy: "\n").filter { $0.contains(warning) }, "\(run.error)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).count == 3)
    }

    @Test func theDefaultFolderIsBesideTheDataFile() throws {
        let copy = temporaryFile(named: "单位.yaml", text: try String(contentsOfFile: data, encoding: .utf8))
        let run = execute("render", copy, "--templates", templates, "--format", "md")
        #expect(run.status == 0)
        let expected = URL(fileURLWithPath: copy).deletingLastPathComponent().appendingPathComponent("单位").path
        #expect(FileManager.default.fileExists(atPath: expected + "/2024年度遂溪县人民政府办公室本级-自评报告.md"))
    }
}
