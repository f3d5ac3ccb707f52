import Foundation
import JixiaoArchive
import JixiaoImport
import JixiaoReader
import Testing

/// A .docx imports as well as the text it holds: one saved by LibreOffice from a seed text
/// (deflated entries, styles, runs split mid-word), and one written here with a table.
struct DocxImportTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    func values(_ draft: ImportDraft) throws -> [String: String] {
        ReportImporterTests.leaves(try DataFileReader.read(text: draft.yamlText, file: "草稿.yaml", syntax: .yaml).root)
    }

    @Test func aDocxSavedByLibreOfficeFromASeedImportsTheSameValuesAsTheText() throws {
        let text = try [UInt8](Data(contentsOf: Self.fixtures.appendingPathComponent("003_5362be1ed3bbe174.txt")))
        let docx = try [UInt8](Data(contentsOf: Self.fixtures.appendingPathComponent("003-libreoffice.docx")))
        let fromText = try ReportImporter.draft(bytes: text, fileName: "003.txt", format: nil)
        let fromDocx = try ReportImporter.draft(bytes: docx, fileName: "003.docx", format: nil)
        #expect(try values(fromDocx) == values(fromText))
        #expect(fromDocx.yamlText.contains("# 来自第77段：2024年预算数收入1557.15万元"), "paragraphs, not lines, are cited")
    }

    /// LibreOffice keeps a text export's tab-led table cells as paragraphs opening with `w:tab`.
    @Test func aDocxSavedByLibreOfficeFromTheHunanSeedGivesTheSameIndicatorsAsTheText() throws {
        let text = try [UInt8](Data(contentsOf: Self.fixtures.appendingPathComponent("002_976dabedd3137b7f.txt")))
        let docx = try [UInt8](Data(contentsOf: Self.fixtures.appendingPathComponent("002-libreoffice.docx")))
        let frameworks = ReportImporterTests.frameworks
        let fromText = try ReportImporter.draft(bytes: text, fileName: "002.txt", format: nil, frameworks: frameworks)
        let fromDocx = try ReportImporter.draft(bytes: docx, fileName: "002.docx", format: nil, frameworks: frameworks)
        let rows = ReportImporterTests.indicatorRows(try DataFileReader.read(text: fromDocx.yamlText, file: "草稿.yaml", syntax: .yaml).root)
        #expect(rows.count == 10)
        #expect(try values(fromDocx) == values(fromText))
        #expect(rows == ReportImporterTests.indicatorRows(try DataFileReader.read(text: fromText.yamlText, file: "草稿.yaml", syntax: .yaml).root))
    }

    @Test func tableCellsAreParagraphsInReadingOrderAndRunsJoin() throws {
        func paragraph(_ runs: String...) -> String {
            "<w:p>" + runs.map { "<w:r><w:t xml:space=\"preserve\">\($0)</w:t></w:r>" }.joined() + "</w:p>"
        }
        let body = paragraph("附件6") + paragraph("评价年度：", "2024年度") + paragraph("评价单位（公章）：某某", "县人民政府办公室")
            + paragraph("一、单位基本情况") + paragraph("（四）部门整体支出情况")
            + paragraph("2024年支出决算数", "800.25万元，其中：基本支出700.25万元，项目支出100万元。")
            + "<w:tbl><w:tr><w:tc>\(paragraph("组长："))</w:tc><w:tc>\(paragraph("张三"))</w:tc></w:tr></w:tbl>"
            + paragraph("二、自评工作开展情况") + paragraph("（一）评价小组情况") + paragraph("组  长：张三")
            + "<w:p><w:del><w:r><w:delText>删掉的字</w:delText></w:r></w:del><w:r><w:t>成员：李四、王五</w:t></w:r></w:p>"
        let xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>\(body)</w:body></w:document>"
        var writer = ZipWriter()
        writer.add("[Content_Types].xml", bytes: Array("<Types/>".utf8))
        writer.add("word/document.xml", bytes: Array(xml.utf8))
        let draft = try ReportImporter.draft(bytes: try writer.checkedArchive(), fileName: "报告.docx", format: nil)
        let values = try values(draft)
        #expect(values["评价单位"] == "某某县人民政府办公室")
        #expect(values["收支情况.支出.决算数"] == "800.25")
        #expect(values["收支情况.支出.决算构成.项目支出"] == "100")
        #expect(values["自评工作.评价小组.组长"] == "张三")
        #expect(values["自评工作.评价小组.成员"] == "李四|王五")
        #expect(draft.yamlText.contains("# 第7段：组长："), "the table's cells, one a paragraph, kept at the end")
        #expect(!draft.yamlText.contains("删掉的字"))
    }
}
