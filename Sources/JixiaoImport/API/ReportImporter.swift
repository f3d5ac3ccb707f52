import Foundation
import JixiaoArchive

/// `jixiao import`: last year's report (.docx, or a .txt export in UTF-8, UTF-16 or
/// GB18030/GBK) becomes a data-file draft.
///
/// The report is read as lines (`LineCleaner`), cut into the standard sections by their
/// heading words (`Outline`), and each section is placed where the data file keeps it
/// (`SectionPlacer`); figures come from the standard sentences (`FigureReader`,
/// `FormulaReader`, `StaffReader`, `ScoreReader`). The result is text for the user to finish
/// with `jixiao check`; the report file is never written to.
public enum ReportImporter {
    /// Reads the report at `path`; `format` names the report format (nil: guessed from the outline).
    public static func draft(fromFileAt path: String, format: String?) throws(ImportFailure) -> ImportDraft {
        guard FileManager.default.fileExists(atPath: path) else { throw .missingFile }
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable }
        return try draft(bytes: [UInt8](data), fileName: path, format: format)
    }

    /// The same from bytes already read; `fileName` decides nothing but is named in the draft.
    public static func draft(bytes: [UInt8], fileName: String, format: String?) throws(ImportFailure) -> ImportDraft {
        let (texts, unit) = try paragraphs(of: bytes, fileName: fileName)
        let lines = LineCleaner.lines(from: texts)
        guard !lines.isEmpty else { throw .emptyFile }
        let outline = Outline(lines: lines)
        let chosen = format ?? guessedFormat(outline)
        var draft = Draft(unit: unit)
        SectionPlacer(outline: outline, lines: lines, format: chosen).place(into: &draft)
        guard draft.has("评价年度") || draft.has("评价单位") || outline.sections.count >= 3 else { throw .notAReport }
        let year = draft.entries.first { $0.path == ["评价年度"] }?.content.summary
        let unitName = draft.entries.first { $0.path == ["评价单位"] }?.content.summary
        let name = (fileName as NSString).lastPathComponent
        return ImportDraft(
            yamlText: DraftWriter.yaml(draft, report: name, format: chosen),
            // A unit name never makes a path: 「/」 would name a folder.
            suggestedFileName: year.flatMap { year in
                unitName.map { "\(year)年度\($0.replacingOccurrences(of: "/", with: "／")).yaml" }
            },
            format: chosen,
            valueCount: draft.entries.count,
            unplacedCount: draft.remainingUnplaced.count)
    }

    private static func paragraphs(of bytes: [UInt8], fileName: String) throws(ImportFailure) -> ([String], LineUnit) {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { throw .emptyFile }
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) { throw .binaryWord }
        if bytes.starts(with: [0x50, 0x4B]) || fileName.lowercased().hasSuffix(".docx") {
            return (try DocxParagraphs.paragraphs(fromDocx: bytes), .paragraph)
        }
        let ext = (fileName as NSString).pathExtension.lowercased()
        if bytes.starts(with: Array("%PDF".utf8)) || ["pdf", "xls", "xlsx", "wps", "rtf", "odt"].contains(ext) {
            throw .unsupportedExtension(ext.isEmpty ? "pdf" : ext)
        }
        if ext == "doc" { throw .binaryWord }
        let text = try ReportTextDecoder.text(from: bytes)
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        return (lines, .line)
    }

    /// 湖南's outline (部门整体支出管理及使用情况, 存在的问题及原因分析) or else 广东's.
    private static func guessedFormat(_ outline: Outline) -> String {
        let hunan = ["支出管理及使用情况", "存在的问题及原因分析", "下一步改进措施", "其他需要说明的情况"]
        let count = outline.sections.filter { section in hunan.contains { section.title.contains($0) } }.count
        return count >= 2 ? "湖南" : "广东"
    }
}
