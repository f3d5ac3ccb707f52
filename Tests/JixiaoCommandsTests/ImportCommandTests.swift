import Foundation
import JixiaoArchive
import JixiaoReader
import JixiaoTestSupport
import Testing

/// `jixiao import` as a finance officer runs it: last year's report in, a draft out that
/// `check` reads, the report untouched, an existing file kept, and bad input refused in words.
@Suite struct ImportCommandTests {
    static let seeds = packageRoot.appendingPathComponent("Tests/JixiaoImportTests/Fixtures")

    /// A fresh folder holding `name` with `bytes`.
    func reportFile(named name: String, bytes: [UInt8]) -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent(name).path
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return path
    }

    @Test func importWritesADraftBesideTheReportThatCheckReadsAndLeavesTheReportAsItWas() throws {
        let seed = try [UInt8](Data(contentsOf: Self.seeds.appendingPathComponent("003_5362be1ed3bbe174.txt")))
        let report = reportFile(named: "去年的报告.txt", bytes: seed)
        let run = execute("import", report)
        let draft = ((report as NSString).deletingLastPathComponent as NSString)
            .appendingPathComponent("2024年度湛江市人民政府驻广州办事处.yaml")
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output == "\(draft)\n")
        #expect(run.error.contains("jixiao check \(draft)"))
        #expect(try [UInt8](Data(contentsOf: URL(fileURLWithPath: report))) == seed)
        let check = execute("check", draft)
        #expect(check.error.contains("个错误"), "check read the draft to the end: \(check.error)")
        #expect(!check.error.contains("YAML"), "no reader error: \(check.error)")

        let again = execute("import", report)
        #expect(again.status == 1)
        #expect(again.error.contains("文件已经存在，jixiao 不会覆盖它"))
        #expect(execute("import", report, "--force").status == 0)
    }

    @Test func aMissingReportOrAFolderIsNamed() {
        let missing = execute("import", "/没有这个文件夹/报告.docx")
        #expect(missing.status == 1)
        #expect(missing.error.hasPrefix("/没有这个文件夹/报告.docx: 错误：找不到这个文件"))
        let folder = FileManager.default.temporaryDirectory.path
        let run = execute("import", folder)
        #expect(run.status == 1)
        #expect(run.error.contains("无法读取这个文件（它是文件夹，或没有读取权限）"))
    }

    @Test func theDraftCannotBeWrittenOverTheReport() {
        let report = reportFile(named: "报告.yaml", bytes: Array("评价年度：2024年度\n一、单位基本情况\n".utf8))
        let run = execute("import", report, "-o", report, "--force")
        #expect(run.status == 1)
        #expect(run.error.contains("数据文件不能写到报告本身上"))
    }

    @Test func anUnknownFormatIsAUsageError() {
        let report = reportFile(named: "报告.txt", bytes: Array("评价年度：2024年度\n".utf8))
        let run = execute("import", report, "--format", "广西", "--templates", templatesFolder)
        #expect(run.status == 64)
        #expect(run.error.contains("选项 --format 的值「广西」不可用"))
    }

    static let badInputs: [(name: String, bytes: [UInt8], message: String)] = [
        ("空.txt", [], "文件是空的，里面没有报告的文字"),
        ("空白.txt", Array(" \r\n\n\t".utf8), "文件是空的"),
        ("随笔.txt", Array("今天天气很好。\n我们去公园散步。\n".utf8), "看起来不是部门整体支出绩效自评报告"),
        ("旧版.doc", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 504), "旧版 Word 的 .doc 文件"),
        ("改了名的.docx", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 504), "另存为"),
        ("坏的.docx", Array("PK\u{3}\u{4}这不是真正的压缩文件".utf8), "不是 ZIP 文件"),
        ("加密.docx", encryptedDocx(), "加密"),
        ("无正文.docx", docx(entries: [("word/styles.xml", "<w:styles/>")]), "文件里没有「word/document.xml」"),
        ("坏正文.docx", docx(entries: [("word/document.xml", "<w:document><w:p><w:t>评价</w:x></w:document>")]), "不是完整的 XML"),
        ("乱码.txt", [0xFF, 0xFF, 0xFF, 0x30, 0x81], "无法识别文字的编码"),
        ("报告.pdf", Array("%PDF-1.7\n".utf8), "不能导入「.pdf」文件"),
    ]

    @Test(arguments: badInputs.indices)
    func badInputIsRefusedWithAMessageAndExitOne(_ index: Int) {
        let input = Self.badInputs[index]
        let report = reportFile(named: input.name, bytes: input.bytes)
        let run = execute("import", report)
        #expect(run.status == 1, "\(input.name)")
        #expect(run.error.hasPrefix("\(report): 错误："), "\(input.name): \(run.error)")
        #expect(run.error.contains(input.message), "\(input.name): \(run.error)")
        #expect(run.error.contains("提示："), "\(input.name): \(run.error)")
        let folder = (report as NSString).deletingLastPathComponent
        #expect((try? FileManager.default.contentsOfDirectory(atPath: folder)) == [input.name], "nothing written")
    }

    /// A .docx holding these entries, as a minimal Word writer makes it.
    static func docx(entries: [(String, String)]) -> [UInt8] {
        var writer = ZipWriter()
        writer.add("[Content_Types].xml", bytes: Array("<Types/>".utf8))
        for (path, text) in entries { writer.add(path, bytes: Array(text.utf8)) }
        return writer.archive()
    }

    /// A .docx whose entries say they are encrypted (general purpose bit 0), as Word's
    /// "encrypt with password" does not but old ZIP tools do.
    static func encryptedDocx() -> [UInt8] {
        var bytes = docx(entries: [("word/document.xml", "<w:document/>")])
        for index in 0..<(bytes.count - 4) where bytes[index] == 0x50 && bytes[index + 1] == 0x4B {
            if bytes[index + 2] == 3, bytes[index + 3] == 4 { bytes[index + 6] |= 1 }
            if bytes[index + 2] == 1, bytes[index + 3] == 2 { bytes[index + 8] |= 1 }
        }
        return bytes
    }
}

extension ImportCommandTests {
    @Test func anAttachmentThatCannotBeReadIsNamedInTheMessage() throws {
        let seed = try [UInt8](Data(contentsOf: Self.seeds.appendingPathComponent("003_5362be1ed3bbe174.txt")))
        let report = reportFile(named: "报告.txt", bytes: seed)
        let missing = ((report as NSString).deletingLastPathComponent as NSString).appendingPathComponent("评分表.docx")
        let run = execute("import", report, missing, "-o", report + ".yaml")
        #expect(run.status == 1)
        #expect(run.error.hasPrefix("\(missing): 错误：找不到这个文件"), "\(run.error)")
        #expect(!FileManager.default.fileExists(atPath: report + ".yaml"))
    }
}

/// The round trip: a report jixiao rendered, saved as a .docx, imports back to a data file
/// whose documents render with the same figures, and the same report word for word.
@Suite struct ImportRoundTripTests {
    /// A .docx of a Markdown document as Word shows it: one paragraph a line, headings without
    /// `#`, table rows as one paragraph a cell (Word's text export puts cells one per line).
    static func docx(fromMarkdown markdown: String) -> [UInt8] {
        var body = ""
        for line in markdown.split(separator: "\n") where !line.hasPrefix("<!--") {
            var text = String(line)
            while text.hasPrefix("#") { text.removeFirst() }
            let cells = text.hasPrefix("|")
                ? text.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.allSatisfy { $0 == "-" } }
                : [text.trimmingCharacters(in: .whitespaces)]
            for cell in cells {
                let escaped = cell.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                body += "<w:p><w:r><w:t xml:space=\"preserve\">\(escaped)</w:t></w:r></w:p>"
            }
        }
        var writer = ZipWriter()
        writer.add("[Content_Types].xml", bytes: Array("<Types/>".utf8))
        writer.add("word/document.xml", bytes: Array(
            "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>\(body)</w:body></w:document>".utf8))
        return writer.archive()
    }

    @Test func aRenderedReportImportsBackToTheSameFiguresAndTheSameReport() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString).path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let original = "\(folder)/原件.yaml"
        try FileManager.default.copyItem(
            atPath: packageRoot.appendingPathComponent("Inputs/2024年度遂溪县人民政府办公室本级.yaml").path, toPath: original)
        let render = execute("render", original, "--format", "md", "-o", "\(folder)/原件", "--templates", templatesFolder)
        #expect(render.status == 0, "\(render.error)")
        let name = "2024年度遂溪县人民政府办公室本级-自评报告.md"
        let report = try String(contentsOfFile: "\(folder)/原件/\(name)", encoding: .utf8)
        FileManager.default.createFile(atPath: "\(folder)/报告.docx", contents: Data(Self.docx(fromMarkdown: report)))

        let imported = execute("import", "\(folder)/报告.docx", "-o", "\(folder)/草稿.yaml")
        #expect(imported.status == 0, "\(imported.error)")
        let check = execute("check", "\(folder)/草稿.yaml", "--templates", templatesFolder)
        #expect(check.status == 0, "the draft of jixiao's own report has nothing wrong: \(check.error)")
        #expect(execute("render", "\(folder)/草稿.yaml", "--format", "md", "-o", "\(folder)/草稿", "--templates", templatesFolder).status == 0)
        // Every sentence and row stating a figure comes back. (Where a paragraph is placed may
        // differ: the importer puts the 三公 paragraph under 三公经费.说明, which the report and the
        // 数据表 then also print.)
        for document in ["自评报告", "数据表"] {
            let file = "2024年度遂溪县人民政府办公室本级-\(document).md"
            let before = try String(contentsOfFile: "\(folder)/原件/\(file)", encoding: .utf8).split(separator: "\n").dropFirst()
            let after = try String(contentsOfFile: "\(folder)/草稿/\(file)", encoding: .utf8).split(separator: "\n").dropFirst().joined(separator: "\n")
            let figures = before.filter { $0.contains(where: \.isNumber) && ($0.contains("元") || $0.contains("%") || $0.contains("分") || $0.contains("|")) }
            #expect(!figures.isEmpty)
            let missing = figures.map { String($0.drop { "（）()0123456789.、".contains($0) }) }.filter { !after.contains($0) }
            #expect(missing.isEmpty, "\(document): figures lost: \(missing.prefix(3))")
        }
        // Each indicator's score is in its own paragraph of the report: the 评分表 comes back row for row
        // (but for 扣分原因, which the paragraph words its own way and only the 评分表 itself gives).
        let sheet = try ImportIndicatorRoundTripTests.indicatorSheetRows(in: "\(folder)/原件", dropping: ["扣分原因"])
        #expect(sheet.contains { $0.contains("合计") || $0.contains("总分") })
        #expect(try ImportIndicatorRoundTripTests.indicatorSheetRows(in: "\(folder)/草稿", dropping: ["扣分原因"]) == sheet,
                "the same 评分表 and total")
    }

    /// jixiao's own Word output, as a unit would hand it in, imports back to a draft that checks
    /// clean and renders the report with the same figures.
    @Test func jixiaosOwnWordFileImportsBackToTheSameReport() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString).path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let original = "\(folder)/原件.yaml"
        try FileManager.default.copyItem(
            atPath: packageRoot.appendingPathComponent("Inputs/2024年度遂溪县人民政府办公室本级.yaml").path, toPath: original)
        #expect(execute("render", original, "-o", "\(folder)/原件", "--templates", templatesFolder).status == 0)
        let stem = "2024年度遂溪县人民政府办公室本级-自评报告"
        let imported = execute("import", "\(folder)/原件/\(stem).docx", "-o", "\(folder)/草稿.yaml")
        #expect(imported.status == 0, "\(imported.error)")
        let check = execute("check", "\(folder)/草稿.yaml", "--templates", templatesFolder)
        #expect(!check.error.contains("错误："), "\(check.error)")
        #expect(execute("render", "\(folder)/草稿.yaml", "--format", "md", "-o", "\(folder)/草稿", "--templates", templatesFolder).status == 0)
        let before = try String(contentsOfFile: "\(folder)/原件/\(stem).md", encoding: .utf8).split(separator: "\n").dropFirst()
        let after = try String(contentsOfFile: "\(folder)/草稿/\(stem).md", encoding: .utf8).split(separator: "\n").dropFirst()
        // Every sentence that states a figure comes back (the narrative's nesting may differ: the
        // importer numbers indicator paragraphs its own way).
        let figures = before.filter { $0.contains(where: \.isNumber) && ($0.contains("元") || $0.contains("%") || $0.contains("分")) }
        let afterText = after.joined(separator: "\n")
        let missing = figures.map { line in String(line.drop { "（）()0123456789.、".contains($0) }) }.filter { !afterText.contains($0) }
        #expect(!figures.isEmpty)
        #expect(missing.isEmpty, "sentences with figures the Word round trip lost: \(missing.prefix(5))")
    }
}

/// The round trip with the indicator scores: the .docx files jixiao wrote (the report, and the
/// 自评表 or 评分表 beside it) import back to a draft that checks without errors and renders the
/// same indicator table, every indicator's score and the sheet's total, for a 广东 and a 湖南 unit.
@Suite struct ImportIndicatorRoundTripTests {
    static let units = ["2024年度遂溪县人民政府办公室本级", "2023年度邵阳市北塔区人民政府办公室"]

    /// 自评表.指标 of a data file as `一级/二级/三级 得分`, a row each.
    static func scores(inDataFile path: String) throws -> [String] {
        let root = try DataFileReader.read(contentsOf: path).root
        guard case .map(let top) = root.value, case .map(let sheet)? = top.first(where: { $0.key == "自评表" })?.value.value,
              case .list(let items)? = sheet.first(where: { $0.key == "指标" })?.value.value else { return [] }
        return items.map { item in
            guard case .map(let fields) = item.value else { return "" }
            func text(_ key: String) -> String? {
                switch fields.first(where: { $0.key == key })?.value.value {
                case .string(let text)?: text
                case .number(let number)?: number.text
                default: nil
                }
            }
            return ["一级指标", "二级指标", "三级指标"].compactMap(text).joined(separator: "/") + " " + (text("得分") ?? "")
        }
    }

    /// The rows of the rendered sheet that holds the indicators (found by its header words), less
    /// the columns whose header contains one of `dropped`.
    static func indicatorSheetRows(in folder: String, dropping dropped: [String] = []) throws -> [String] {
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".md") }.sorted()
        for file in files {
            let lines = try String(contentsOfFile: "\(folder)/\(file)", encoding: .utf8).split(separator: "\n")
            guard lines.contains(where: { $0.hasPrefix("|") && $0.contains("一级指标") }) else { continue }
            let rows = lines.drop { !($0.hasPrefix("|") && $0.contains("一级指标")) }.prefix { $0.hasPrefix("|") }
                .map { $0.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) } }
            let kept = rows.first.map { header in header.indices.filter { index in !dropped.contains { header[index].contains($0) } } } ?? []
            return rows.map { row in kept.filter { $0 < row.count }.map { row[$0] }.joined(separator: "|") }
        }
        return []
    }

    @Test(arguments: units)
    func jixiaosWordFilesImportBackToEveryIndicatorScoreAndTheTotal(_ unit: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString).path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let original = "\(folder)/原件.yaml"
        try FileManager.default.copyItem(atPath: packageRoot.appendingPathComponent("Inputs/\(unit).yaml").path, toPath: original)
        #expect(execute("render", original, "-o", "\(folder)/原件", "--templates", templatesFolder).status == 0)
        let documents = try FileManager.default.contentsOfDirectory(atPath: "\(folder)/原件").filter { $0.hasSuffix(".docx") }.sorted()
        let report = try #require(documents.first { $0.contains("自评报告") })
        let attachments = documents.filter { $0 != report }.map { "\(folder)/原件/\($0)" }
        let imported = execute(["import", "\(folder)/原件/\(report)"] + attachments
            + ["-o", "\(folder)/草稿.yaml", "--templates", templatesFolder])
        #expect(imported.status == 0, "\(imported.error)")
        let check = execute("check", "\(folder)/草稿.yaml", "--templates", templatesFolder)
        #expect(!check.error.contains("错误："), "\(check.error)")
        let expected = try Self.scores(inDataFile: original)
        #expect(expected.count >= 10)
        #expect(try Self.scores(inDataFile: "\(folder)/草稿.yaml") == expected, "every indicator's score comes back")
        #expect(execute("render", "\(folder)/草稿.yaml", "--format", "md", "-o", "\(folder)/草稿", "--templates", templatesFolder).status == 0)
        let before = try Self.indicatorSheetRows(in: "\(folder)/原件")
        #expect(before.contains { $0.contains("合计") || $0.contains("总分") })
        #expect(try Self.indicatorSheetRows(in: "\(folder)/草稿") == before, "the same indicator table and total")
    }
}
