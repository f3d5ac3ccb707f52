import Foundation

/// A report, or an attachment of it, read and taken apart into its lines (or paragraphs) and
/// tables, ready for `ReportImporter`.
///
/// A .docx is read from its container (`word/document.xml`); anything else as text in UTF-8,
/// UTF-16 or GB18030/GBK. The file is never written to.
public struct ReportFile: Sendable {
    /// The name the draft cites an attachment by (the last path component).
    public let name: String
    var texts: [String]
    var tables: [ReportTable]
    var unit: LineUnit

    /// Reads the file at `path`.
    public init(contentsOf path: String) throws(ImportFailure) {
        guard FileManager.default.fileExists(atPath: path) else { throw .missingFile }
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable }
        try self.init(bytes: [UInt8](data), fileName: path)
    }

    /// The same from bytes already read; `fileName` decides nothing but the extension's meaning.
    public init(bytes: [UInt8], fileName: String) throws(ImportFailure) {
        name = (fileName as NSString).lastPathComponent
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { throw .emptyFile }
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) { throw .binaryWord }
        if bytes.starts(with: [0x50, 0x4B]) || fileName.lowercased().hasSuffix(".docx") {
            let document = try DocxParagraphs(docx: bytes)
            texts = document.paragraphs
            // A .docx saved from a text export keeps its tables as paragraphs (outside any w:tbl).
            tables = Self.adding(Self.exportedTables(document.paragraphs), to: document.tables)
            unit = .paragraph
            return
        }
        let ext = (fileName as NSString).pathExtension.lowercased()
        if bytes.starts(with: Array("%PDF".utf8)) || ["pdf", "xls", "xlsx", "wps", "rtf", "odt"].contains(ext) {
            throw .unsupportedExtension(ext.isEmpty ? "pdf" : ext)
        }
        if ext == "doc" { throw .binaryWord }
        let text = try ReportTextDecoder.text(from: bytes)
        texts = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        tables = Self.exportedTables(texts)
        unit = .line
    }

    /// A text export's tables: tab-led cells, or else one cell a line.
    private static func exportedTables(_ texts: [String]) -> [ReportTable] {
        adding(ReportTable.tables(inCellLines: texts), to: ReportTable.tables(inTextExport: texts))
    }

    /// `tables` and those of `more` that share no line with them.
    private static func adding(_ more: [ReportTable], to tables: [ReportTable]) -> [ReportTable] {
        let taken = Set(tables.flatMap(\.lineNumbers))
        return tables + more.filter { $0.lineNumbers.isDisjoint(with: taken) }
    }
}
