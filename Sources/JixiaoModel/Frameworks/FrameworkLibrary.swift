import Foundation
import JixiaoDiagnostics
import JixiaoReader

/// The framework files of a templates folder (`Templates/指标体系/*.yaml`), by name, read once
/// when the library is made.
public struct FrameworkLibrary: Sendable {
    public let folder: String
    private let frameworks: [String: Result<Framework, FrameworkError>]

    /// The frameworks in `folder` (a missing folder simply holds none).
    public init(folder: String) {
        self.folder = folder
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        var frameworks: [String: Result<Framework, FrameworkError>] = [:]
        for file in files where file.hasSuffix(".yaml") {
            let name = String(file.dropLast(5))
            do throws(Diagnostic) {
                let document = try DataFileReader.read(contentsOf: (folder as NSString).appendingPathComponent(file))
                frameworks[name] = Result { () throws(FrameworkError) in try Framework.read(document) }
            } catch {
                frameworks[name] = .failure(FrameworkError(diagnostics: [error]))
            }
        }
        self.frameworks = frameworks
    }

    /// The names a data file may give as 指标体系.
    public var names: [String] { frameworks.keys.sorted() }

    /// The framework called `name`, or nil when there is no such file; a file that is not a
    /// framework throws the diagnostics saying why.
    public func framework(named name: String) throws(FrameworkError) -> Framework? {
        try frameworks[name]?.get()
    }
}
