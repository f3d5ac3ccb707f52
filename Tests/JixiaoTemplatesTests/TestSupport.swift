import Foundation
import JixiaoDiagnostics
import JixiaoTemplates
import Testing

/// The marker that stands in a test template where a diagnostic must point.
let marker = "1️⃣"

/// Data most tests render against.
let sampleData = TemplateMap([
    ("单位", .string("遂溪县人民政府办公室")),
    ("n", .integer(5)),
    ("xs", .list([.integer(3), .integer(1), .integer(2)])),
    ("d", .map(TemplateMap([("a", .integer(1)), ("items", .string("数据里的 items"))]))),
    ("a", .decimal(TemplateDecimal("0.1")!)),
    ("b", .decimal(TemplateDecimal("0.2")!)),
    ("price", .decimal(TemplateDecimal("2.665")!)),
    ("金额", .decimal(TemplateDecimal("8374036.745")!)),
    ("比率", .decimal(TemplateDecimal("0.99724")!)),
    ("日", .string("2025-05-14")),
    ("text", .string("第一行 | 竖线\n第二行")),
])

/// Renders `template` (named `name`, with `others` beside it) and returns the output.
func render(
    _ template: String, name: String = "main.txt", others: [String: String] = [:], data: TemplateMap = sampleData,
    format: OutputFormat? = nil, sourceLocation: SourceLocation = #_sourceLocation
) -> String? {
    do {
        let library = try TemplateLibrary(templates: others.merging([name: template]) { $1 }, main: name)
        return try library.render(data, format: format)
    } catch {
        Issue.record("unexpected error:\n\(DiagnosticFormatter.format(error))", sourceLocation: sourceLocation)
        return nil
    }
}

/// The diagnostic a template fails with (at load or render), or nil.
func failure(_ template: String, name: String = "main.txt", others: [String: String] = [:]) -> Diagnostic? {
    do {
        let library = try TemplateLibrary(templates: others.merging([name: template]) { $1 }, main: name)
        _ = try library.render(sampleData)
        return nil
    } catch {
        return error
    }
}

/// Splits `text` at the marker: the text without it, and the marker's line and column.
func stripMarker(_ text: String) -> (String, TextPosition) {
    guard let range = text.range(of: marker) else { return (text, TextPosition(line: 0, column: 0)) }
    let lines = text[..<range.lowerBound].split(separator: "\n", omittingEmptySubsequences: false)
    return (text.replacingCharacters(in: range, with: ""), TextPosition(line: lines.count, column: lines.last!.count + 1))
}
