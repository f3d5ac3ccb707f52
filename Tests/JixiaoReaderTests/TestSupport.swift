import Foundation
import JixiaoDiagnostics
import Testing

@testable import JixiaoReader

/// The marker that stands in a test input where a diagnostic must point; the helper strips it.
let marker = "1️⃣"

/// Splits `text` at the marker: the text without it, and the marker's line and column.
func stripMarker(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> (String, TextPosition) {
    guard let range = text.range(of: marker) else {
        Issue.record("test input has no \(marker) marker", sourceLocation: sourceLocation)
        return (text, TextPosition(line: 0, column: 0))
    }
    let before = text[..<range.lowerBound]
    let lines = before.split(separator: "\n", omittingEmptySubsequences: false)
    let position = TextPosition(line: lines.count, column: lines.last!.count + 1)
    return (text.replacingCharacters(in: range, with: ""), position)
}

/// Reads YAML (or JSON) text and returns the diagnostic it fails with, if any.
func failure(reading text: String, syntax: DataFileSyntax = .yaml) -> Diagnostic? {
    do {
        _ = try DataFileReader.read(text: text, file: "数据.yaml", syntax: syntax)
        return nil
    } catch {
        return error
    }
}

/// Reads text that must be valid and returns the root.
func root(of text: String, syntax: DataFileSyntax = .yaml, sourceLocation: SourceLocation = #_sourceLocation) -> DataNode? {
    do {
        return try DataFileReader.read(text: text, file: "数据.yaml", syntax: syntax).root
    } catch {
        Issue.record("unexpected error: \(DiagnosticFormatter.format(error))", sourceLocation: sourceLocation)
        return nil
    }
}

/// A comparable spelling of a tree: positions left out, numbers as exact decimals.
func canonical(_ node: DataNode) -> String {
    switch node.value {
    case .null: "null"
    case .bool(let flag): flag ? "true" : "false"
    case .number(let number): "#\(number.decimal)"
    case .string(let text): String(reflecting: text)
    case .list(let items): "[" + items.map(canonical).joined(separator: ", ") + "]"
    case .map(let map): "{" + map.map { String(reflecting: $0.key) + ": " + canonical($0.value) }.joined(separator: ", ") + "}"
    }
}

/// The same spelling for a value decoded by Foundation from the conformance fixture.
func canonical(expected value: Any) -> String {
    switch value {
    case is NSNull: return "null"
    case let text as String: return String(reflecting: text)
    case let flag as Bool: return flag ? "true" : "false"
    case let pairs as [[Any]]:
        return "{" + pairs.map { String(reflecting: $0[0] as! String) + ": " + canonical(expected: $0[1]) }.joined(separator: ", ") + "}"
    case let object as [String: Any]:
        if let list = object["list"] as? [Any] { return "[" + list.map { canonical(expected: $0) }.joined(separator: ", ") + "]" }
        if let number = object["number"] as? String { return "#\(Decimal(string: number)!)" }
        return "?"
    case let empty as [Any] where empty.isEmpty: return "{}"
    default: return "?"
    }
}

/// The folder of fixtures beside this file.
let fixturesFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
