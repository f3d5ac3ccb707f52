import Foundation
import JixiaoModel

/// `jixiao import`: last year's report (.docx, or a .txt export in UTF-8, UTF-16 or
/// GB18030/GBK) becomes a data-file draft.
///
/// The report is read as lines (`LineCleaner`), cut into the standard sections by their
/// heading words (`Outline`), and each section is placed where the data file keeps it
/// (`SectionPlacer`); figures come from the standard sentences (`FigureReader`,
/// `FormulaReader`, `StaffReader`, `ScoreReader`) and the tables (`TableReader`,
/// `IndicatorReader`). Attachments saved as files of their own (the 自评表 or 评分表) are read
/// after the report for their tables and figures. The result is text for the user to finish
/// with `jixiao check`; no file is ever written to.
public enum ReportImporter {
    /// Reads a report from bytes already read; `format` names the report format (nil: guessed from
    /// the outline); `fileName` decides nothing but is named in the draft.
    public static func draft(bytes: [UInt8], fileName: String, format: String?, frameworks: FrameworkLibrary? = nil)
        throws(ImportFailure) -> ImportDraft {
        try draft(report: ReportFile(bytes: bytes, fileName: fileName), format: format, frameworks: frameworks)
    }

    /// The draft of `report` and its `attachments`. `frameworks` (the templates folder's
    /// `指标体系/`) lets indicator paragraphs be matched to the framework's indicators by name;
    /// without it only the tables and jixiao's own score sentence give indicator scores.
    public static func draft(report: ReportFile, attachments: [ReportFile] = [], format: String?,
                             frameworks: FrameworkLibrary? = nil) throws(ImportFailure) -> ImportDraft {
        var parts: [ReportPart] = []
        var offset = 0
        for (index, file) in ([report] + attachments).enumerated() {
            parts.append(ReportPart(file: index == 0 ? nil : file.name, texts: file.texts, tables: file.tables.map {
                $0.numbered(from: offset)
            }, unit: file.unit, offset: offset))
            offset += file.texts.count
        }
        let reportLines = LineCleaner.lines(from: report.texts)
        guard !reportLines.isEmpty else { throw .emptyFile }
        var outline = Outline(lines: reportLines)
        var lines = reportLines
        for part in parts.dropFirst() {
            let attached = LineCleaner.lines(from: part.texts).map { ReportLine(number: $0.number + part.offset, text: $0.text) }
            outline.attach(attached)
            lines += attached
        }
        let chosen = format ?? guessedFormat(outline)
        var draft = Draft(parts: parts)
        SectionPlacer(outline: outline, lines: lines, tables: parts.flatMap(\.tables), format: chosen, frameworks: frameworks)
            .place(into: &draft)
        guard draft.has("评价年度") || draft.has("评价单位") || outline.sections.count >= 3 else { throw .notAReport }
        let year = draft.entries.first { $0.path == ["评价年度"] }?.content.summary
        let unitName = draft.entries.first { $0.path == ["评价单位"] }?.content.summary
        return ImportDraft(
            yamlText: DraftWriter.yaml(draft, report: report.name, format: chosen),
            // A unit name never makes a path: 「/」 would name a folder.
            suggestedFileName: year.flatMap { year in
                unitName.map { "\(year)年度\($0.replacingOccurrences(of: "/", with: "／")).yaml" }
            },
            format: chosen,
            valueCount: draft.entries.count,
            unplacedCount: draft.remainingUnplaced.count)
    }

    /// 湖南's outline (部门整体支出管理及使用情况, 存在的问题及原因分析) or else 广东's.
    private static func guessedFormat(_ outline: Outline) -> String {
        let hunan = ["支出管理及使用情况", "存在的问题及原因分析", "下一步改进措施", "其他需要说明的情况"]
        let count = outline.sections.filter { section in hunan.contains { section.title.contains($0) } }.count
        return count >= 2 ? "湖南" : "广东"
    }
}
