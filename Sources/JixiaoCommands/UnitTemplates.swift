import JixiaoDiagnostics
import JixiaoDocuments
import JixiaoModel
import JixiaoTemplates

/// The compiled templates of every report format the units of one run name: each format
/// compiled once, the partials its documents and formats share parsed once
/// (`TemplateLibrary.Cache`). `check` reads them for the unread-keys warning (`UnreadKeys`);
/// `render` for the same warning and then for the documents, so a render compiles nothing twice.
enum UnitTemplates {
    /// By report format name (`""` for a file that names none).
    typealias Compiled = [String: Result<DocumentTemplates, Diagnostic>]

    /// The formats whose templates the unread-keys warning reads: what any document is made from.
    static let warningFormats: [DocumentFormat] = [.markdown, .html]

    /// Compiles, for `formats` and the `warningFormats`, the templates of each format named by
    /// a unit whose file has no error (one that has gets no documents and no warning).
    static func compile(for reports: [Result<UnitReport, Diagnostic>], folder: String, formats: [DocumentFormat]) -> Compiled {
        let all = DocumentFormat.allCases.filter { formats.contains($0) || warningFormats.contains($0) }
        var compiled: Compiled = [:]
        var cache = TemplateLibrary.Cache()
        for case .success(let report) in reports where report.errors.isEmpty {
            let region = report.format?.name ?? ""
            guard compiled[region] == nil else { continue }
            do throws(Diagnostic) {
                compiled[region] = .success(try DocumentTemplates(folder: folder, region: region, formats: all, cache: &cache))
            } catch {
                compiled[region] = .failure(error)
            }
        }
        return compiled
    }

    /// What `check` says of a unit: the report's findings, then the text its format never
    /// prints (or why the format's templates could not be compiled).
    static func findings(of report: UnitReport, in compiled: Compiled) -> [Diagnostic] {
        guard report.errors.isEmpty, let format = report.format?.name, let templates = compiled[format] else { return report.findings }
        switch templates {
        case .success: return report.findings + unreadKeys(of: report, in: compiled)
        case .failure(let error): return report.findings + [error]
        }
    }

    /// The warnings for text the unit's format never prints; none when its templates could not
    /// be compiled (that error is the unit's) or its file has errors.
    static func unreadKeys(of report: UnitReport, in compiled: Compiled) -> [Diagnostic] {
        guard report.errors.isEmpty, let format = report.format?.name, case .success(let templates)? = compiled[format] else { return [] }
        return UnreadKeys.findings(in: report, templates: templates)
    }
}
