import Foundation
import JixiaoDiagnostics
import JixiaoModel
import JixiaoReader
import JixiaoTestSupport
import Testing

let marker = "1️⃣"

/// The templates folder of the package: its formats and frameworks.
let shippedLibrary = ReportLibrary(templatesFolder: templatesFolder)

/// Checks `text` (a whole data file) and returns the report.
func report(_ text: String, library: ReportLibrary = shippedLibrary, sourceLocation: SourceLocation = #_sourceLocation) -> UnitReport? {
    do {
        return UnitReport.check(try DataFileReader.read(text: text, file: "单位.yaml", syntax: .yaml), library: library)
    } catch {
        Issue.record("the reader refused the file: \(DiagnosticFormatter.format(error))", sourceLocation: sourceLocation)
        return nil
    }
}

/// Splits `text` at the marker: the text without it, and the marker's line and column.
func stripMarker(_ text: String) -> (String, TextPosition) {
    guard let range = text.range(of: marker) else { return (text, TextPosition(line: 0, column: 0)) }
    let lines = text[..<range.lowerBound].split(separator: "\n", omittingEmptySubsequences: false)
    return (text.replacingCharacters(in: range, with: ""), TextPosition(line: lines.count, column: lines.last!.count + 1))
}

/// A data file that must produce one finding at the marker, with this message.
struct FindingCase: CustomTestStringConvertible, Sendable {
    let name: String
    let file: String
    let message: String
    var severity: Diagnostic.Severity = .error
    var hint: String?

    var testDescription: String { name }

    /// Runs the case: exactly one finding with this message, at the marker.
    func verify(sourceLocation: SourceLocation = #_sourceLocation) {
        let (text, position) = stripMarker(file)
        guard let report = report(text, sourceLocation: sourceLocation) else { return }
        let matching = report.findings.filter { $0.message == message }
        #expect(matching.count == 1, "findings:\n\(DiagnosticFormatter.format(report.findings))", sourceLocation: sourceLocation)
        guard let finding = matching.first else { return }
        #expect(finding.severity == severity, sourceLocation: sourceLocation)
        #expect(finding.location == Location(file: "单位.yaml", line: position.line, column: position.column),
                "findings:\n\(DiagnosticFormatter.format(report.findings))", sourceLocation: sourceLocation)
        if let hint { #expect(finding.hint == hint, sourceLocation: sourceLocation) }
    }
}

extension UnitReport {
    /// The findings other than "a required section is not filled" (which a small test file
    /// always has; `UnfilledSectionTests` tests those).
    var findingsBesidesUnfilled: [Diagnostic] {
        findings.filter { !($0.message.hasPrefix("报告的「") && $0.message.hasSuffix("」还没有填写")) }
    }
}
