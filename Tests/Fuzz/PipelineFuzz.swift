import Foundation
import JixiaoDiagnostics
import JixiaoDocuments
import JixiaoModel
import JixiaoReader
import JixiaoTemplates

/// libFuzzer target 3: any bytes as a data file, through what `jixiao render` does before
/// writing: read, check, and (when there are no errors) render every document in every
/// format (Markdown, HTML, Word) with the repository's templates. Seeded with the example data files, so mutations
/// reach the checks and templates. The templates folder is `JIXIAO_TEMPLATES` (set by run.sh).
@_cdecl("LLVMFuzzerTestOneInput")
public func pipelineFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    do throws(Diagnostic) {
        let document = try DataFileReader.read(bytes: bytes, file: "fuzz.yaml", syntax: .yaml)
        let report = UnitReport.check(document, library: library)
        _ = DiagnosticFormatter.format(report.findings)
        guard report.errors.isEmpty else { return 0 }
        _ = DocumentSet.fileStem(for: report)
        _ = try DocumentSet.render(report, templates: templates, formats: DocumentFormat.allCases)
    } catch {
        _ = DiagnosticFormatter.format(error)
    }
    return 0
}

let templates = ProcessInfo.processInfo.environment["JIXIAO_TEMPLATES"] ?? "Templates"
/// The formats and frameworks, read once rather than for every input.
let library = ReportLibrary(templatesFolder: templates)
