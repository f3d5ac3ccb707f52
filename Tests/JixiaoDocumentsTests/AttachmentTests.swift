import Foundation
import JixiaoDiagnostics
import JixiaoDocuments
import JixiaoModel
import JixiaoReader
import JixiaoTestSupport
import Testing

/// The two attachments are named and laid out as the unit's region has them: 广东 hands in a
/// 数据表 and a 评分表, whose 指标解释 and 评分标准 come from the framework file; Hunan a 基础数据表
/// and a 自评表.
@Suite struct AttachmentTests {
    /// A copy of the shipped templates with `edit` applied to one of its files.
    func templates(editing file: String, _ edit: (String) -> String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jixiao-attachments-\(UUID().uuidString)")
        try FileManager.default.copyItem(atPath: templatesFolder, toPath: folder.path)
        let path = folder.appendingPathComponent(file).path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try Data(edit(text).utf8).write(to: URL(fileURLWithPath: path))
        return folder.path
    }

    func render(_ data: String, templates: String = templatesFolder, formats: [DocumentFormat] = DocumentFormat.allCases) throws -> DocumentSet {
        let document = try DataFileReader.read(text: data, file: "单位.yaml", syntax: .yaml)
        let unit = UnitReport.check(document, library: ReportLibrary(templatesFolder: templates))
        #expect(unit.errors.isEmpty, "\(DiagnosticFormatter.format(unit.errors))")
        return try DocumentSet.render(unit, templates: templates, formats: formats)
    }

    static let scored = """
        指标体系: 广东（新）
        自评表:
          指标:
            - {一级指标: 履职效能, 二级指标: 预算编制与目标设置, 得分: 19, 偏差原因: 目标不够细}
            - {一级指标: 管理效率, 二级指标: 信息公开, 得分: 3}

        """

    @Test(arguments: [("广东", "数据表", "评分表"), ("湖南", "基础数据表", "自评表")])
    func eachRegionNamesItsAttachmentsItsOwnWay(region: String, baseData: String, sheet: String) throws {
        let set = try render(baseFile.replacingOccurrences(of: "报告格式: 广东", with: "报告格式: \(region)"))
        let names = Set(set.documents.map(\.fileName))
        for format in DocumentFormat.allCases {
            for name in ["自评报告", baseData, sheet] {
                #expect(names.contains("2024年度某某县人民政府办公室-\(name).\(format.fileExtension)"), "\(names.sorted())")
            }
        }
        #expect(set.documents.count == 3 * DocumentFormat.allCases.count + 1)
        let index = try #require(set.documents.first { $0.fileName == "index.html" }?.text)
        #expect(index.contains("href=\"2024年度某某县人民政府办公室-\(sheet).html\""), "the index links the files by their names")
    }

    @Test func theScoringSheetPrintsTheFrameworksExplanationAndStandardWhereItHasThem() throws {
        let folder = try templates(editing: "指标体系/广东（新）.yaml") {
            $0.replacingOccurrences(of: "{名称: 预算编制与目标设置}",
                                    with: "{名称: 预算编制与目标设置, 指标解释: 预算编制是否科学, 评分标准: 每发现一处问题扣1分}")
        }
        let set = try render(baseFile + Self.scored, templates: folder, formats: [.markdown, .html])
        let markdown = try #require(set.documents.first { $0.fileName.hasSuffix("评分表.md") }?.text)
        #expect(markdown.contains("| 序号 | 一级指标 | 二级指标 | 指标解释 | 评分标准 | 自评得分 | 扣分原因 |"))
        #expect(markdown.contains("| 预算编制与目标设置 | 预算编制是否科学 | 每发现一处问题扣1分 | 19 | 目标不够细 |"))
        let html = try #require(set.documents.first { $0.fileName.hasSuffix("评分表.html") }?.text)
        #expect(html.contains("<th>指标解释</th><th>评分标准</th><th>自评得分</th>"))
        #expect(html.contains("<td rowspan=\"1\">预算编制是否科学</td><td rowspan=\"1\">每发现一处问题扣1分</td>"))
    }

    @Test func aGuangdongSheetWithNoScoresSaysItIsUnfilled() throws {
        let file = baseFile + requiredSections + "指标体系: 广东（新）\n"
        let document = try DataFileReader.read(text: file, file: "单位.yaml", syntax: .yaml)
        let unit = UnitReport.check(document, library: ReportLibrary(templatesFolder: templatesFolder))
        #expect(unit.warnings.map(\.message) == ["报告的「自评表.指标」还没有填写"], "a total alone leaves the 评分表 empty")
        let set = try render(file, formats: [.markdown, .html])
        for document in set.documents where document.fileName.contains("评分表") {
            #expect(try #require(document.text).contains("【待填写：自评表.指标】"), "\(document.fileName)")
        }
    }

    @Test func aSheetWhoseFrameworkWordsNothingHasNoSuchColumns() throws {
        let set = try render(baseFile + Self.scored, formats: [.markdown, .html])
        for document in set.documents where document.fileName.contains("评分表") {
            let text = try #require(document.text)
            #expect(!text.contains("指标解释") && !text.contains("评分标准"), "\(document.fileName)")
        }
    }

    @Test func attachmentNamesThatWouldOverwriteEachOtherAreRefusedWhereTheFormatSaysThem() throws {
        let folder = try templates(editing: "广东/格式.yaml") { $0.replacingOccurrences(of: "自评表: 评分表", with: "自评表: 数据表") }
        let library = ReportLibrary(templatesFolder: folder)
        #expect(throws: FrameworkError.self) { try library.formats.format(named: "广东") }
        do {
            _ = try library.formats.format(named: "广东")
        } catch {
            let text = DiagnosticFormatter.format(error.diagnostics)
            #expect(text.contains("格式.yaml:"), "the message names the format's file and line: \(text)")
            #expect(text.contains("附件名称"))
        }
    }
}
