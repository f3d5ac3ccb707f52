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
    /// What the region calls the two attachments, for their file names: 广东 数据表 and 评分表,
    /// elsewhere 基础数据表 and 自评表.
    public let attachmentNames: AttachmentNames

    /// The names of the base data table and the scoring sheet.
    public struct AttachmentNames: Sendable, Equatable {
        public var baseData = "基础数据表"
        public var scoringSheet = "自评表"

        public init() {}
    }

    /// The name of the settings file inside a format's folder.
    public static let settingsFileName = "格式.yaml"

    /// Reads a format's settings file, refusing it with located diagnostics when it is not one.
    static func read(_ document: DataDocument, folderName: String) throws(FrameworkError) -> ReportFormat {
        var decoder = SchemaDecoder(source: document.source)
        decoder.check(root: document.root, fields: FormatSchema.root)
        guard decoder.diagnostics.isEmpty else { throw FrameworkError(diagnostics: decoder.diagnostics) }
        let file = FieldReader(root: document.root)
        var names = AttachmentNames()
        if let baseData = file["附件名称"]["基础数据表"].text?.value { names.baseData = baseData }
        if let scoringSheet = file["附件名称"]["自评表"].text?.value { names.scoringSheet = scoringSheet }
        if Set([names.baseData, names.scoringSheet, "自评报告"]).count < 3 {
            let position = file["附件名称"].node?.position ?? TextPosition(line: 1, column: 1)
            throw FrameworkError(diagnostics: [Diagnostic(in: document.source, at: position,
                message: "「附件名称」里两份附件的叫法相同，或与「自评报告」相同，生成的文件会互相覆盖",
                hint: "给数据表和评分表各写一个不同的名称，例如「数据表」和「评分表」")])
        }
        return ReportFormat(name: folderName, defaultFramework: file["默认指标体系"].text?.value, citesNotice: file["引用通知"].flag ?? false,
                            grades: FrameworkSchema.grades(in: file), requiredSections: file["必填小节"].items.compactMap { $0.text?.value },
                            attachmentNames: names)
    }
}
