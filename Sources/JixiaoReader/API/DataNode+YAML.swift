/// YAML output of a data tree, for `jixiao rollover`: keys in order, block style, strings
/// plain where YAML reads them back as the same text and double-quoted otherwise.
extension DataNode {
    /// The tree as a YAML document, ending with a newline.
    public var yamlText: String {
        var lines: [String] = []
        switch value {
        case .map(let map) where !map.isEmpty: Self.appendEntries(of: map, indent: "", into: &lines)
        default: lines.append(inlineText)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func appendEntries(of map: DataMap, indent: String, into lines: inout [String]) {
        for entry in map {
            let key = yamlString(entry.key)
            switch entry.value.value {
            case .map(let child) where !child.isEmpty:
                lines.append("\(indent)\(key):")
                appendEntries(of: child, indent: indent + "  ", into: &lines)
            case .list(let items) where !items.isEmpty:
                lines.append("\(indent)\(key):")
                appendItems(items, indent: indent + "  ", into: &lines)
            case .null:
                lines.append("\(indent)\(key):")
            default:
                lines.append("\(indent)\(key): \(entry.value.inlineText)")
            }
        }
    }

    private static func appendItems(_ items: [DataNode], indent: String, into lines: inout [String]) {
        for item in items {
            switch item.value {
            case .map(let map) where !map.isEmpty:
                var nested: [String] = []
                appendEntries(of: map, indent: indent + "  ", into: &nested)
                nested[0] = indent + "- " + nested[0].dropFirst(indent.count + 2)
                lines += nested
            case .list(let inner) where !inner.isEmpty:
                lines.append("\(indent)-")
                appendItems(inner, indent: indent + "  ", into: &lines)
            default:
                lines.append("\(indent)- \(item.inlineText)")
            }
        }
    }

    /// A scalar or an empty collection on one line.
    private var inlineText: String {
        switch value {
        case .null: ""
        case .bool(let flag): flag ? "true" : "false"
        case .number(let number): number.text
        case .string(let text): Self.yamlString(text)
        case .list: "[]"
        case .map: "{}"
        }
    }

    /// `text` plain when the YAML subset reads it back unchanged as a string, else double-quoted.
    static func yamlString(_ text: String) -> String {
        let needsQuotes = text.isEmpty || text.first!.isWhitespace || text.last!.isWhitespace
            || text.contains(": ") || text.hasSuffix(":") || text.contains(" #") || text.contains("\n") || text.contains("\t")
            || "-?:,[]{}#&*!|>'\"%@`".contains(text.first!)
            || {
                if case .string = (try? ScalarResolver.value(ofPlain: text, at: 0)) { return false }
                return true
            }()
        guard needsQuotes else { return text }
        return .jsonQuoted(text)
    }
}
