import Foundation
import JixiaoArchive
import JixiaoImport
import JixiaoReader
import JixiaoTestSupport
import Testing

/// The indicator table of a 自评表 or 评分表, found by its header words: a .docx's `w:tbl` with
/// merged cells and columns jixiao does not read, a text export whose rows an empty paragraph
/// cut or a merged cell shortened, and a table it cannot understand, which stays verbatim.
struct IndicatorTableReaderTests {
    static func paragraph(_ text: String) -> String {
        "<w:p><w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p>"
    }

    /// A `w:tc`: `span` grid columns, `merge` "restart" or "continue" for a vertical merge.
    static func cell(_ text: String, span: Int = 1, merge: String? = nil) -> String {
        let properties = (span > 1 ? "<w:gridSpan w:val=\"\(span)\"/>" : "")
            + (merge.map { $0 == "restart" ? "<w:vMerge w:val=\"restart\"/>" : "<w:vMerge/>" } ?? "")
        return "<w:tc><w:tcPr>\(properties)</w:tcPr>\(text.isEmpty ? "<w:p/>" : paragraph(text))</w:tc>"
    }

    static func docx(_ body: String) throws -> [UInt8] {
        let xml = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>\(body)</w:body></w:document>"
        var writer = ZipWriter()
        writer.add("[Content_Types].xml", bytes: Array("<Types/>".utf8))
        writer.add("word/document.xml", bytes: Array(xml.utf8))
        return try writer.checkedArchive()
    }

    func root(_ draft: ImportDraft) throws -> DataNode {
        try DataFileReader.read(text: draft.yamlText, file: "草稿.yaml", syntax: .yaml).root
    }

    @Test func aWordTableWithMergedCellsAndAnExtraColumnGivesOneRowPerIndicatorAndTheTotal() throws {
        let row = { (cells: [String]) in "<w:tr>" + cells.joined() + "</w:tr>" }
        let body = ["评价年度：2024年度", "评价单位：某某县人民政府办公室", "三、绩效自评情况", "（二）部门整体支出绩效指标分析", "1.履职效能",
                    "（3）部门预算资金支出率：支出完成率为99.72%，自评得分9分。"].map(Self.paragraph).joined()
            + "<w:tbl>"
            + row(["序号", "一级指标", "二级指标", "三级指标", "指标解释", "指标分值", "自评得分", "扣分原因"].map { Self.cell($0) })
            + row([Self.cell("1.1"), Self.cell("履职效能", merge: "restart"), Self.cell("预算编制与目标设置"), Self.cell(""),
                   Self.cell("编制合理"), Self.cell("20"), Self.cell("20"), Self.cell("")])
            + row([Self.cell("1.3"), Self.cell("", merge: "continue"), Self.cell("部门预算资金支出率"), Self.cell("支出完成率"),
                   Self.cell("支出率"), Self.cell("10"), Self.cell("10"), Self.cell("")])
            + row([Self.cell("2.1"), Self.cell("管理效率"), Self.cell("“信息公开”"), Self.cell(""), Self.cell(""),
                   Self.cell("3"), Self.cell("2分"), Self.cell("未及时公开（扣1分）")])
            + row([Self.cell("合计", span: 5), Self.cell("33"), Self.cell("32"), Self.cell("")])
            + "</w:tbl>"
        let draft = try ReportImporter.draft(bytes: try Self.docx(body), fileName: "评分表.docx", format: nil,
                                             frameworks: ReportImporterTests.frameworks)
        let root = try root(draft)
        #expect(ReportImporterTests.indicatorRows(root) == [
            "履职效能/预算编制与目标设置 20/20", "履职效能/部门预算资金支出率/支出完成率 10/10", "管理效率/信息公开 3/2",
        ], "the paragraph, naming no 三级指标, scores the one row under its 一级 and 二级")
        let values = ReportImporterTests.leaves(root)
        #expect(values["自评结果.总分"] == "32")
        #expect(draft.yamlText.contains("偏差原因: \"未及时公开（扣1分）\""))
        #expect(draft.yamlText.contains("# 来自第23段：1.3 | 部门预算资金支出率 | 支出完成率 | 支出率 | 10 | 10"))
        #expect(draft.yamlText.contains("# 注意：「部门预算资金支出率」的得分，表格（第23段）写作 10 分，正文（第6段）写作 9 分；这里用表格的值"))
        #expect(!draft.yamlText.contains("# 第23段："), "a row read is not repeated in the unplaced block")
    }

    @Test func aTextExportsRowCutByAnEmptyParagraphIsJoinedAndAShortRowTakesTheMergedCellAbove() throws {
        let text = """
            评价单位：某某区人民政府办公室
            附件1-2
            整体支出绩效自评表
            \t一级指标
            \t二级指标
            \t三级指标
            \t分值
            \t得分

            \t产出指标

            \t数量指标
            \t宣传活动
            \t5
            \t5

            \t质量
            指标
            \t办理质量
            \t15
            \t14

            \t总分
            \t20
            \t19

            填表人：张三
            """
        let draft = try ReportImporter.draft(bytes: Array(text.utf8), fileName: "自评表.txt", format: "湖南",
                                             frameworks: ReportImporterTests.frameworks)
        let root = try root(draft)
        #expect(ReportImporterTests.indicatorRows(root) == ["产出指标/数量指标/宣传活动 5/5", "产出指标/质量指标/办理质量 15/14"])
        #expect(ReportImporterTests.leaves(root)["自评结果.总分"] == "19")
        #expect(draft.yamlText.contains("# 来自第17行：质量指标 | 办理质量 | 15 | 14"), "a cell's lines are one cell")
    }

    /// LibreOffice's "Text" export of jixiao's own 自评表 and 评分表: one cell a line, no tabs, no row ends.
    @Test(arguments: [("hunan-sheet-libreoffice.txt", "2023年度邵阳市北塔区人民政府办公室"),
                      ("guangdong-sheet-libreoffice.txt", "2024年度遂溪县人民政府办公室本级")])
    func aSheetExportedOneCellALineGivesTheDataFilesIndicators(_ sheet: String, _ unit: String) throws {
        let original = try DataFileReader.read(contentsOf: packageRoot.appendingPathComponent("Inputs/\(unit).yaml").path).root
        let report = try ReportFile(bytes: Array("评价单位：\(unit.drop { $0 != "度" }.dropFirst())\n履职效能\n".utf8), fileName: "报告.txt")
        let attachment = try ReportFile(contentsOf: DocxImportTests.fixtures.appendingPathComponent(sheet).path)
        let draft = try ReportImporter.draft(report: report, attachments: [attachment], format: nil,
                                             frameworks: ReportImporterTests.frameworks)
        let root = try root(draft)
        #expect(ReportImporterTests.indicatorRows(root) == ReportImporterTests.indicatorRows(original))
        #expect(ReportImporterTests.leaves(root)["自评结果.总分"] == ReportImporterTests.leaves(original)["自评结果.总分"])
        #expect(draft.yamlText.contains("# 来自「\(sheet)」第"), "an attachment's lines are cited with its name")
    }

    /// One cell a line, no tabs, and a merged 一级 written once: the rows come from their scores.
    @Test func cellsOneALineWithAMergedCellWrittenOnceAreRowsEndingWithTheirScores() throws {
        let text = ["评价单位：某某区人民政府办公室", "附件1-2", "一级指标", "二级指标", "三级指标", "分值", "得分",
                    "产出指标", "数量指标", "宣传活动", "5", "5", "质量指标", "办理质量", "15", "14", "总分", "20", "19", "填表人：张三"]
            .joined(separator: "\n")
        let draft = try ReportImporter.draft(bytes: Array(text.utf8), fileName: "自评表.txt", format: "湖南",
                                             frameworks: ReportImporterTests.frameworks)
        let root = try root(draft)
        #expect(ReportImporterTests.indicatorRows(root) == ["产出指标/数量指标/宣传活动 5/5", "产出指标/质量指标/办理质量 15/14"])
        #expect(ReportImporterTests.leaves(root)["自评结果.总分"] == "19")
        #expect(draft.yamlText.contains("# 第20行：填表人：张三"), "the line after the table is not read into it")
    }

    /// Tables that are all numbers, or whose cells claim the widest span, are read to the end.
    @Test func pathologicalTablesEndWithoutACrash() throws {
        let numbers = (["评价单位：某某区人民政府办公室", "一级指标", "得分"] + Array(repeating: "5", count: 3_000)).joined(separator: "\n")
        _ = try ReportImporter.draft(bytes: Array(numbers.utf8), fileName: "表.txt", format: "湖南")
        let tabbed = (["评价单位：某某区人民政府办公室", "\t一级指标", "\t得分", ""] + Array(repeating: "\t\n", count: 3_000)).joined(separator: "\n")
        _ = try ReportImporter.draft(bytes: Array(tabbed.utf8), fileName: "表.txt", format: "湖南")
        let wide = "<w:tbl>" + String(repeating: "<w:tr>" + String(repeating: Self.cell("得分", span: 99), count: 50) + "</w:tr>", count: 20)
            + "<w:tr>" + Self.cell("一级指标") + Self.cell("得分") + "</w:tr><w:tr>" + Self.cell("合计", span: 64) + "</w:tr></w:tbl>"
        _ = try ReportImporter.draft(bytes: try Self.docx(Self.paragraph("评价单位：某某区人民政府办公室") + wide), fileName: "表.docx", format: "湖南")
    }

    @Test func aTableWithoutScoresStaysVerbatimInTheUnplacedBlock() throws {
        let text = """
            评价单位：某某区人民政府办公室
            附件1-2
            \t一级指标
            \t说明

            \t产出指标
            \t按年度计划完成

            """
        let draft = try ReportImporter.draft(bytes: Array(text.utf8), fileName: "自评表.txt", format: "湖南",
                                             frameworks: ReportImporterTests.frameworks)
        #expect(ReportImporterTests.indicatorRows(try root(draft)) == [])
        for line in ["# 第3行：一级指标", "# 第4行：说明", "# 第6行：产出指标", "# 第7行：按年度计划完成"] {
            #expect(draft.yamlText.contains(line))
        }
    }
}
