import Foundation
import JixiaoDiagnostics
import JixiaoModel
import JixiaoTemplates

/// The documents a unit hands in, rendered from one checked data file: the 自评报告, the
/// 基础数据表 and the 自评表, each as Markdown, HTML or Word, plus an `index.html` linking the
/// HTML files. Word files are converted from the rendered HTML (`WordFile`).
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

        init(fileName: String, contents: Contents) {
            self.fileName = fileName
            self.contents = contents
        }

        /// The file's bytes.
        public var bytes: [UInt8] {
            switch contents {
            case .text(let text): Array(text.utf8)
            case .bytes(let bytes): bytes
            }
        }
    }

    public let documents: [Document]

    /// Renders every document of `report` in `formats` with the templates in `templates`.
    /// `stamp` is the sentence each file carries to say jixiao made it and from which data file
    /// (nil: none, as the golden files and `diff` have it).
    public static func render(_ report: UnitReport, templates: String, formats: [DocumentFormat], stamp: String? = nil) throws(Diagnostic) -> DocumentSet {
        let compiled = try DocumentTemplates(folder: templates, region: report.format?.name ?? "", formats: formats)
        return try render(report, templates: compiled, formats: formats, stamp: stamp)
    }

    /// Renders with templates compiled beforehand (`templates.region` must be the report's format).
    public static func render(_ report: UnitReport, templates: DocumentTemplates, formats: [DocumentFormat],
                              stamp: String? = nil) throws(Diagnostic) -> DocumentSet {
        let stem = fileStem(for: report)
        var fileNames: [String: String] = [:]
        for kind in Kind.allCases { fileNames[kind.rawValue] = "\(stem)-\(kind.rawValue)" }
        let names = DocumentData.names(for: report, documentNames: fileNames)
        // Each template is rendered once (HTML and Word are made from the same page), then
        // each file is made from its page; both steps on every core, the files kept in order.
        var files: [(fileName: String, format: DocumentFormat, page: Int)] = []
        var pages: [(name: String, format: DocumentFormat)] = []
        for format in formats {
            for name in Kind.allCases.map(\.rawValue) + (format == .html ? ["index"] : []) {
                guard templates.library(name, format: format) != nil else { continue }
                let page = pages.firstIndex { $0.name == name && $0.format.templateExtension == format.templateExtension } ?? pages.count
                if page == pages.count { pages.append((name, format)) }
                files.append((name == "index" ? "index.html" : "\(stem)-\(name).\(format.fileExtension)", format, page))
            }
        }
        let rendered: [Result<String, Diagnostic>] = Parallel.map(pages) { name, format in
            Result { () throws(Diagnostic) in try templates.library(name, format: format)!.render(names, format: format.escaping) }
        }
        var texts: [String] = []
        for page in rendered { texts.append(try page.get()) }
        let pageTexts = texts
        let documents = Parallel.map(files) { fileName, format, page in
            Document(fileName: fileName, contents: format.contents(of: pageTexts[page], stamp: stamp))
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
