import Foundation
import JixiaoDiagnostics
import JixiaoReader

/// The framework files of a templates folder (`Templates/指标体系/*.yaml`), by name: listed
/// when the library is made, each read the first time a data file names it, once.
public struct FrameworkLibrary: Sendable {
    public let folder: String
    /// The names a data file may give as 指标体系.
    public let names: [String]
    private let frameworks = ReadOnce<Result<Framework, FrameworkError>>()

    /// The frameworks in `folder` (a missing folder simply holds none).
    public init(folder: String) {
        self.folder = folder
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        names = files.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
    }

    /// The framework called `name`, or nil when there is no such file.
    public func framework(named name: String) throws(FrameworkError) -> Framework? {
        guard names.contains(name) else { return nil }
        return try frameworks.value(for: name) {
            do throws(Diagnostic) {
                let document = try DataFileReader.read(contentsOf: (folder as NSString).appendingPathComponent(name + ".yaml"))
                return Result { () throws(FrameworkError) in try Framework.read(document) }
            } catch {
                return .failure(FrameworkError(diagnostics: [error]))
            }
        }.get()
    }
}
