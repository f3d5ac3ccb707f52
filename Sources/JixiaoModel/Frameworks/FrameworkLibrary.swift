import Foundation
import JixiaoDiagnostics
import JixiaoReader

/// The framework files of a templates folder (`Templates/指标体系/*.yaml`), by name.
public struct FrameworkLibrary: Sendable {
    public let folder: String

    /// The frameworks in `folder` (a missing folder simply holds none).
    public init(folder: String) {
        self.folder = folder
    }

    /// The names a data file may give as 指标体系.
    public var names: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return files.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
    }

    /// The framework called `name`, or nil when there is no such file.
    func framework(named name: String) throws(FrameworkError) -> Framework? {
        let path = (folder as NSString).appendingPathComponent(name + ".yaml")
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        let document: DataDocument
        do throws(Diagnostic) {
            document = try DataFileReader.read(contentsOf: path)
        } catch {
            throw FrameworkError(diagnostics: [error])
        }
        return try Framework.read(document)
    }
}
