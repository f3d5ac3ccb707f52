import Foundation
import JixiaoDiagnostics
import JixiaoModel
import JixiaoTemplates

/// The documents a unit hands in, rendered from one checked data file: the 自评报告, the
/// 基础数据表 and the 自评表 (as the region names them: 广东 数据表 and 评分表), each as Markdown, HTML or Word, plus an `index.html` linking the
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

        /// What the report's region calls this document, for its file name (广东: 数据表, 评分表);
        /// the raw value names its template.
        public func name(in format: ReportFormat?) -> String {
            let names = format?.attachmentNames ?? ReportFormat.AttachmentNames()
            return switch self {
            case .report: rawValue
            case .baseData: names.baseData
            case .scoringSheet: names.scoringSheet
            }
        }
    }

    /// One rendered file.
    public struct Document: Sendable, Equatable {
        /// The file name: `2024年度遂溪县人民政府办公室本级-自评报告.html`.
        public let fileName: String
        /// Which document this is; nil for `index.html`.
        public let kind: Kind?
        public let contents: Contents

        /// Text for Markdown and HTML, bytes for Word.
        public enum Contents: Sendable, Equatable {
            case text(String)
            case bytes([UInt8])

            /// The file's bytes.
            public var bytes: [UInt8] {
                switch self {
                case .text(let text): Array(text.utf8)
                case .bytes(let bytes): bytes
                }
            }
        }

        /// The text of a Markdown or HTML document; `nil` for a Word file.
        public var text: String? {
            if case .text(let text) = contents { text } else { nil }
        }

        init(fileName: String, kind: Kind?, contents: Contents) {
            self.fileName = fileName
            self.kind = kind
            self.contents = contents
        }

        /// The file's bytes.
        public var bytes: [UInt8] { contents.bytes }
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
        for kind in Kind.allCases { fileNames[kind.rawValue] = "\(stem)-\(safe(kind.name(in: report.format)))" }
        let names = DocumentData.names(for: report, documentNames: fileNames)
        // Each template is rendered once (HTML and Word are made from the same page), then
        // each file is made from its page; both steps on every core, the files kept in order.
        var files: [(fileName: String, kind: Kind?, format: DocumentFormat, page: Int)] = []
        var pages: [(name: String, format: DocumentFormat)] = []
        for format in formats {
            for kind in Kind.allCases.map(Optional.some) + (format == .html ? [nil] : []) {
                let name = kind?.rawValue ?? "index"
                guard templates.library(name, format: format) != nil else { continue }
                let page = pages.firstIndex { $0.name == name && $0.format.templateExtension == format.templateExtension } ?? pages.count
                if page == pages.count { pages.append((name, format)) }
                let fileName = kind.map { "\(fileNames[$0.rawValue] ?? stem).\(format.fileExtension)" } ?? "index.html"
                files.append((fileName, kind, format, page))
            }
        }
        let rendered: [Result<String, Diagnostic>] = Parallel.map(pages) { name, format in
            Result { () throws(Diagnostic) in try templates.library(name, format: format)!.render(names, format: format.escaping) }
        }
        var texts: [String] = []
        for page in rendered { texts.append(try page.get()) }
        let pageTexts = texts
        let documents = Parallel.map(files) { fileName, kind, format, page in
            Document(fileName: fileName, kind: kind, contents: format.contents(of: pageTexts[page], stamp: stamp))
        }
        return DocumentSet(documents: documents)
    }

    /// `2024年度遂溪县人民政府办公室本级`
    public static func fileStem(for report: UnitReport) -> String {
        let year = report.year.map(String.init) ?? ""
        return "\(year)年度\(safe(report.unitName ?? "未命名单位"))"
    }

    /// A name with the characters no file name may hold replaced by `_`.
    private static func safe(_ name: String) -> String {
        String(name.map { "/\\:*?\"<>|".contains($0) || $0.isNewline ? "_" : $0 })
    }
}
