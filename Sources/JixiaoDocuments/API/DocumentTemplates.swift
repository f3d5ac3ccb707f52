import Foundation
import JixiaoDiagnostics
import JixiaoTemplates

/// The compiled templates of one report format: each document in each output format, loaded
/// once and reused for every unit of that format (a bureau's run renders hundreds).
///
/// Templates are looked up in `<templates>/<报告格式>/` and then `<templates>/共用/`, so a
/// region overrides only what differs.
public struct DocumentTemplates: Sendable {
    public let folder: String
    public let region: String
    let libraries: [String: TemplateLibrary]
    /// Every data path any of the compiled templates reads (see `TemplateLibrary.referencedNames`),
    /// collected once for all the units of the format.
    public let referencedNames: Set<String>

    /// Compiles the templates of `region` that `formats` are rendered from (Word from the
    /// `.html` ones); a missing or broken template is an error naming the template file (never
    /// the data file).
    public init(folder: String, region: String, formats: [DocumentFormat]) throws(Diagnostic) {
        var cache = TemplateLibrary.Cache()
        try self.init(folder: folder, region: region, formats: formats, cache: &cache)
    }

    /// Compiles as `init(folder:region:formats:)` does, sharing `cache` with every other
    /// compilation of the run: a partial several documents (or several formats) include is
    /// parsed once.
    public init(folder: String, region: String, formats: [DocumentFormat], cache: inout TemplateLibrary.Cache) throws(Diagnostic) {
        self.folder = folder
        self.region = region
        var libraries: [String: TemplateLibrary] = [:]
        for suffix in Set(formats.map(\.templateExtension)).sorted() {
            for name in DocumentSet.Kind.allCases.map(\.rawValue) + (suffix == "html" ? ["index"] : []) {
                libraries["\(name).\(suffix)"] = try TemplateLibrary(contentsOf: try Self.path(name, suffix: suffix, region: region, in: folder), cache: &cache)
            }
        }
        self.libraries = libraries
        referencedNames = TemplateLibrary.referencedNames(of: libraries.values)
    }

    /// The compiled template of a document for a format, if it was loaded.
    func library(_ name: String, format: DocumentFormat) -> TemplateLibrary? {
        libraries["\(name).\(format.templateExtension)"]
    }

    /// `<templates>/<region>/<name>.<suffix>`, else `<templates>/共用/<name>.<suffix>`.
    static func path(_ name: String, suffix: String, region: String, in templates: String) throws(Diagnostic) -> String {
        let candidates = [region, "共用"].map { (templates as NSString).appendingPathComponent("\($0)/\(name).\(suffix)") }
        if let found = candidates.first(where: { FileManager.default.fileExists(atPath: $0) }) { return found }
        throw Diagnostic(at: .wholeFile(candidates[0]), message: "找不到模板文件「\(region)/\(name).\(suffix)」",
                         hint: "jixiao 在「\(candidates.joined(separator: "」和「"))」找过；用 --templates 指定模板文件夹，或设置环境变量 JIXIAO_TEMPLATES")
    }
}
