import Foundation
import JixiaoDiagnostics
import JixiaoModel
import JixiaoTemplates

/// The documents a unit hands in, rendered from one checked data file: the 自评报告, the
/// 基础数据表 and the 自评表, each as Markdown, HTML or Word, plus an `index.html` linking the
/// HTML files. Word files are converted from the rendered HTML (`WordFile`).
///
/// Templates are looked up in `<templates>/<报告格式>/` and then `<templates>/共用/`, so a
/// region overrides only what differs. Every document is rendered from the same computed
/// figures (`DocumentData`), so they cannot disagree.
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
        public let contents: Contents

        /// Text for Markdown and HTML, bytes for Word.
        public enum Contents: Sendable, Equatable {
            case text(String)
            case bytes([UInt8])
        }

        /// The text of a Markdown or HTML document; `nil` for a Word file.
        public var text: String? {
            if case .text(let text) = contents { text } else { nil }
        }

        init(fileName: String, text: String) {
            self.fileName = fileName
            contents = .text(text)
        }

        init(fileName: String, bytes: [UInt8]) {
            self.fileName = fileName
            contents = .bytes(bytes)
        }
    }

    public let documents: [Document]

    /// Renders every document of `report` in `formats` with the templates in `templates`.
    public static func render(_ report: UnitReport, templates: String, formats: [DocumentFormat]) throws(Diagnostic) -> DocumentSet {
        let root = report.document.root
        let region = root.node(at: "报告格式").flatMap { node -> String? in if case .string(let text) = node.value { text } else { nil } } ?? "广东"
        let stem = fileStem(for: report)
        var fileNames: [String: String] = [:]
        for kind in Kind.allCases { fileNames[kind.rawValue] = "\(stem)-\(kind.rawValue)" }
        let names = DocumentData.names(for: report, documentNames: fileNames)
        var documents: [Document] = []
        for format in formats {
            let suffix = format.templateExtension
            for kind in Kind.allCases {
                let library = try TemplateLibrary(contentsOf: try templatePath(kind.rawValue, suffix: suffix, region: region, in: templates))
                let text = try library.render(names, format: format.escaping)
                let fileName = "\(stem)-\(kind.rawValue).\(format.fileExtension)"
                documents.append(format == .docx ? Document(fileName: fileName, bytes: WordFile.docx(fromHTML: text))
                                                 : Document(fileName: fileName, text: text))
            }
            if format == .html {
                let library = try TemplateLibrary(contentsOf: try templatePath("index", suffix: "html", region: region, in: templates))
                documents.append(Document(fileName: "index.html", text: try library.render(names, format: .html)))
            }
        }
        return DocumentSet(documents: documents)
    }

    /// `2024年度遂溪县人民政府办公室本级`
    public static func fileStem(for report: UnitReport) -> String {
        let root = report.document.root
        let year: String = if case .number(let number) = root["评价年度"]?.value { number.text } else { "" }
        let unit: String = if case .string(let text) = root["评价单位"]?.value { text } else { "未命名单位" }
        let safeUnit = String(unit.map { "/\\:*?\"<>|".contains($0) ? "_" : $0 })
        return "\(year)年度\(safeUnit)"
    }

    /// `<templates>/<region>/<name>.<suffix>`, else `<templates>/共用/<name>.<suffix>`.
    static func templatePath(_ name: String, suffix: String, region: String, in templates: String) throws(Diagnostic) -> String {
        let candidates = [region, "共用"].map { (templates as NSString).appendingPathComponent("\($0)/\(name).\(suffix)") }
        if let found = candidates.first(where: { FileManager.default.fileExists(atPath: $0) }) { return found }
        throw Diagnostic(at: Location(file: candidates[0], line: 0, column: 0), message: "找不到模板文件",
                         hint: "模板文件夹「\(templates)」里应当有「\(region)/\(name).\(suffix)」或「共用/\(name).\(suffix)」；用 --templates 指定模板文件夹")
    }
}
