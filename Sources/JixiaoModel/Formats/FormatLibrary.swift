import Foundation
import JixiaoDiagnostics
import JixiaoReader

/// The report formats of a templates folder: every folder holding a `格式.yaml`, read once
/// when the library is made (a bureau's run checks hundreds of files against them).
public struct FormatLibrary: Sendable {
    public let folder: String
    private let formats: [String: Result<ReportFormat, FrameworkError>]

    /// The formats in `folder` (a missing folder simply holds none).
    public init(templatesFolder folder: String) {
        self.folder = folder
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        var formats: [String: Result<ReportFormat, FrameworkError>] = [:]
        for name in entries {
            let path = ((folder as NSString).appendingPathComponent(name) as NSString).appendingPathComponent(ReportFormat.settingsFileName)
            guard FileManager.default.fileExists(atPath: path) else { continue }
            do throws(Diagnostic) {
                let document = try DataFileReader.read(contentsOf: path)
                formats[name] = Result { () throws(FrameworkError) in try ReportFormat.read(document, folderName: name) }
            } catch {
                formats[name] = .failure(FrameworkError(diagnostics: [error]))
            }
        }
        self.formats = formats
    }

    /// The names a data file may give as 报告格式, sorted.
    public var names: [String] { formats.keys.sorted() }

    /// The format called `name`, or nil when the folder has no such format.
    public func format(named name: String) throws(FrameworkError) -> ReportFormat? {
        try formats[name]?.get()
    }
}
