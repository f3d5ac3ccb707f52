import Foundation
import JixiaoDiagnostics
import JixiaoModel
import JixiaoTemplates

/// The documents a unit hands in, rendered from one checked data file: the 自评报告, the
/// 基础数据表 and the 自评表, each as Markdown and HTML, plus an `index.html` linking them.
///
/// Every document is rendered from the same report model (`UnitReport`) through one mapping
/// (`DocumentData`), so they cannot disagree.
public struct DocumentSet: Sendable {
    /// The three documents, in the order they are handed in.
    public enum Kind: String, CaseIterable, Sendable {
        case report = "自评报告"
        case baseData = "基础数据表"
        case scoringSheet = "自评表"
    }

    /// One rendered file.
    public struct Document: Sendable, Equatable {
        /// The file name: `2024年度遂溪县人民政府办公室本级-自评报告.html`.
        public let fileName: String
        public let text: String
    }

    public let documents: [Document]

    /// Renders every document of `report` in `formats` with the templates in `templates`.
    public static func render(_ report: UnitReport, templates: String, formats: [OutputFormat]) throws(Diagnostic) -> DocumentSet {
        let compiled = try DocumentTemplates(folder: templates, region: report.format?.name ?? "", formats: formats)
        return try render(report, templates: compiled, formats: formats)
    }

    /// Renders with templates compiled beforehand (`templates.region` must be the report's format).
    public static func render(_ report: UnitReport, templates: DocumentTemplates, formats: [OutputFormat]) throws(Diagnostic) -> DocumentSet {
        let stem = fileStem(for: report)
        var fileNames: [String: String] = [:]
        for kind in Kind.allCases { fileNames[kind.rawValue] = "\(stem)-\(kind.rawValue)" }
        let names = DocumentData.names(for: report, documentNames: fileNames)
        var documents: [Document] = []
        for format in formats {
            let suffix = DocumentTemplates.suffix(format)
            for name in Kind.allCases.map(\.rawValue) + (format == .html ? ["index"] : []) {
                guard let library = templates.library(name, format: format) else { continue }
                let fileName = name == "index" ? "index.html" : "\(stem)-\(name).\(suffix)"
                documents.append(Document(fileName: fileName, text: try library.render(names, format: format)))
            }
        }
        return DocumentSet(documents: documents)
    }

    /// `2024年度遂溪县人民政府办公室本级`
    public static func fileStem(for report: UnitReport) -> String {
        let year = report.year.map(String.init) ?? ""
        let unit = report.unitName ?? "未命名单位"
        let safeUnit = String(unit.map { "/\\:*?\"<>|".contains($0) || $0.isNewline ? "_" : $0 })
        return "\(year)年度\(safeUnit)"
    }
}
