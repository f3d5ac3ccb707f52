import Foundation
import JixiaoDiagnostics
import JixiaoReader

/// A 报告格式: a folder under `Templates/` holding a region's report templates and its settings
/// file `格式.yaml`. Adding a folder adds a format; nothing is listed in code.
public struct ReportFormat: Sendable {
    /// The folder's name, which a data file writes as 报告格式 (广东, 湖南 …).
    public let name: String
    /// The framework `jixiao init` pre-fills, if the format names one.
    public let defaultFramework: String?
    /// Whether the report opens by citing the finance bureau's notice (so `init` writes 通知).
    public let citesNotice: Bool
    /// Grade bands, highest first, for a file that names no framework.
    public let grades: [(minimum: Decimal, grade: String)]
    /// Data-file keys whose section the report must fill (存在问题, 改进措施 …).
    public let requiredSections: [String]

    /// The name of the settings file inside a format's folder.
    public static let settingsFileName = "格式.yaml"

    /// Reads a format's settings file, refusing it with located diagnostics when it is not one.
    static func read(_ document: DataDocument, folderName: String) throws(FrameworkError) -> ReportFormat {
        var decoder = SchemaDecoder(source: document.source)
        decoder.check(root: document.root, fields: FormatSchema.root)
        guard decoder.diagnostics.isEmpty else { throw FrameworkError(diagnostics: decoder.diagnostics) }
        let file = FieldReader(root: document.root)
        let cites: Bool = if case .bool(let flag)? = file["引用通知"].node?.value { flag } else { false }
        return ReportFormat(name: folderName, defaultFramework: file["默认指标体系"].text?.value, citesNotice: cites,
                            grades: FrameworkSchema.grades(in: file), requiredSections: file["必填小节"].items.compactMap { $0.text?.value })
    }
}
