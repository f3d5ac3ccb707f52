import JixiaoDiagnostics
import JixiaoDocuments
import JixiaoModel
import JixiaoReader
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

    /// Reads `files`, then checks them (on every core) while the templates of the formats they
    /// name are compiled, for `formats` and the `warningFormats`: a cold run of one unit waits
    /// for the longer of the two, not for both. A unit with no error whose format was not
    /// foreseen (it names none) has its templates compiled afterwards.
    static func check(_ files: [String], library: ReportLibrary, formats: [DocumentFormat])
        -> (reports: [Result<UnitReport, Diagnostic>], templates: Compiled)
    {
        let documents: [Result<DataDocument, Diagnostic>] = Parallel.map(files) { path in
            Result { () throws(Diagnostic) in try DataFileReader.read(contentsOf: path) }
        }
        var foreseen: Set<String> = []
        for case .success(let document) in documents {
            if let name = library.formatName(namedIn: document) { foreseen.insert(name) }
        }
        let named = foreseen.sorted()
        let all = DocumentFormat.allCases.filter { formats.contains($0) || warningFormats.contains($0) }
        let (reports, prepared) = Parallel.both({
            Parallel.map(documents) { read in read.map { UnitReport.check($0, library: library) } }
        }, { () -> (Compiled, TemplateLibrary.Cache) in
            var cache = TemplateLibrary.Cache()
            var compiled: Compiled = [:]
            for region in named { compiled[region] = compile(region, folder: library.folder, formats: all, cache: &cache) }
            return (compiled, cache)
        })
        var (compiled, cache) = prepared
        for case .success(let report) in reports where report.errors.isEmpty {
            let region = report.format?.name ?? ""
            if compiled[region] == nil { compiled[region] = compile(region, folder: library.folder, formats: all, cache: &cache) }
        }
        return (reports, compiled)
    }

    private static func compile(_ region: String, folder: String, formats: [DocumentFormat], cache: inout TemplateLibrary.Cache)
        -> Result<DocumentTemplates, Diagnostic>
    {
        do throws(Diagnostic) {
            return .success(try DocumentTemplates(folder: folder, region: region, formats: formats, cache: &cache))
        } catch {
            return .failure(error)
        }
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
