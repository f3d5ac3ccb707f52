import Foundation
import JixiaoDiagnostics
import JixiaoModel
import JixiaoReader
import JixiaoTestSupport
import Testing

/// The README's data-file examples are what new users copy: each must be read by the reader
/// and accepted by `check` with real keys and no error.
@Suite struct ReadmeExampleTests {
    static var examples: [String] {
        let readme = (try? String(contentsOf: packageRoot.appendingPathComponent("README.md"), encoding: .utf8)) ?? ""
        return readme.components(separatedBy: "```yaml\n").dropFirst().compactMap { $0.components(separatedBy: "\n```").first }
    }

    @Test func theReadmeHasDataFileExamples() {
        #expect(!Self.examples.isEmpty)
    }

    @Test(arguments: examples.indices)
    func everyExampleChecksWithoutErrors(index: Int) throws {
        let document = try DataFileReader.read(bytes: Array(Self.examples[index].utf8), file: "README 例\(index + 1).yaml", syntax: .yaml)
        let report = UnitReport.check(document, library: ReportLibrary(templatesFolder: templatesFolder))
        #expect(report.errors.isEmpty, "\(DiagnosticFormatter.format(report.errors))")
    }
}
