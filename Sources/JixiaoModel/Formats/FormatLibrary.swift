import Foundation
import JixiaoDiagnostics
import JixiaoReader

/// The report formats of a templates folder: every folder holding a `格式.yaml`, listed when
/// the library is made, each read the first time it is asked for, once (a bureau's run checks
/// hundreds of files against them; a cold run of one unit reads only its own).
public struct FormatLibrary: Sendable {
    public let folder: String
    /// The names a data file may give as 报告格式, sorted.
    public let names: [String]
    private let formats = ReadOnce<Result<ReportFormat, FrameworkError>>()

    /// The formats in `folder` (a missing folder simply holds none).
    public init(templatesFolder folder: String) {
        self.folder = folder
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        names = entries.filter { FileManager.default.fileExists(atPath: Self.settingsPath(of: $0, in: folder)) }.sorted()
    }

    /// The format called `name`, or nil when the folder has no such format.
    public func format(named name: String) throws(FrameworkError) -> ReportFormat? {
        guard names.contains(name) else { return nil }
        return try formats.value(for: name) {
            do throws(Diagnostic) {
                let document = try DataFileReader.read(contentsOf: Self.settingsPath(of: name, in: folder))
                return Result { () throws(FrameworkError) in try ReportFormat.read(document, folderName: name) }
            } catch {
                return .failure(FrameworkError(diagnostics: [error]))
            }
        }.get()
    }

    private static func settingsPath(of name: String, in folder: String) -> String {
        ((folder as NSString).appendingPathComponent(name) as NSString).appendingPathComponent(ReportFormat.settingsFileName)
    }
}
