import Foundation
import JixiaoDiagnostics
import JixiaoReader

/// The report formats of a templates folder: every folder holding a `格式.yaml`.
public struct FormatLibrary: Sendable {
    public let folder: String

    /// The formats in `folder` (a missing folder simply holds none).
    public init(templatesFolder folder: String) {
        self.folder = folder
    }

    /// The names a data file may give as 报告格式, sorted.
    public var names: [String] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return entries.filter { FileManager.default.fileExists(atPath: settingsPath(of: $0)) }.sorted()
    }

    /// The format called `name`, or nil when the folder has no such format.
    public func format(named name: String) throws(FrameworkError) -> ReportFormat? {
        let path = settingsPath(of: name)
        guard !name.contains("/"), FileManager.default.fileExists(atPath: path) else { return nil }
        let document: DataDocument
        do throws(Diagnostic) {
            document = try DataFileReader.read(contentsOf: path)
        } catch {
            throw FrameworkError(diagnostics: [error])
        }
        return try ReportFormat.read(document, folderName: name)
    }

    private func settingsPath(of name: String) -> String {
        ((folder as NSString).appendingPathComponent(name) as NSString).appendingPathComponent(ReportFormat.settingsFileName)
    }
}
