/// JSON output of a data tree, for `jixiao parse --json` and other programs.
extension DataNode {
    /// Pretty JSON: keys in file order, two-space indent, Chinese unescaped, numbers exactly
    /// as written, ending with a newline.
    public var jsonText: String {
        var output = ""
        appendJSON(to: &output, indent: "")
        output += "\n"
        return output
    }

    private func appendJSON(to output: inout String, indent: String) {
        switch value {
        case .null: output += "null"
        case .bool(let flag): output += flag ? "true" : "false"
        case .number(let number): output += number.text
        case .string(let text): output.appendJSONString(text)
        case .list(let items):
            guard !items.isEmpty else { output += "[]"; return }
            let inner = indent + "  "
            output += "[\n"
            for (offset, item) in items.enumerated() {
                output += inner
                item.appendJSON(to: &output, indent: inner)
                output += offset == items.count - 1 ? "\n" : ",\n"
            }
            output += indent + "]"
        case .map(let map):
            guard !map.isEmpty else { output += "{}"; return }
            let inner = indent + "  "
            output += "{\n"
            for (offset, entry) in map.enumerated() {
                output += inner
                output.appendJSONString(entry.key)
                output += ": "
                entry.value.appendJSON(to: &output, indent: inner)
                output += offset == map.count - 1 ? "\n" : ",\n"
            }
            output += indent + "}"
        }
    }
}

extension String {
    /// `text` as a JSON string literal, which is also a valid YAML double-quoted scalar (the
    /// YAML writer and the importer's drafts quote with it).
    public static func jsonQuoted(_ text: String) -> String {
        var quoted = ""
        quoted.appendJSONString(text)
        return quoted
    }

    /// Appends `text` as a JSON string literal, which is also a valid YAML double-quoted scalar.
    /// Line and byte-order characters a YAML reader could take for structure (U+0085, U+2028,
    /// U+2029, U+FEFF) are escaped too.
    mutating func appendJSONString(_ text: String) {
        self += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": self += "\\\""
            case "\\": self += "\\\\"
            case "\n": self += "\\n"
            case "\r": self += "\\r"
            case "\t": self += "\\t"
            case "\u{8}": self += "\\b"
            case "\u{C}": self += "\\f"
            case "\u{0}"..."\u{1F}", "\u{7F}", "\u{85}", "\u{2028}", "\u{2029}", "\u{FEFF}":
                let hex = String(scalar.value, radix: 16, uppercase: false)
                self += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: unicodeScalars.append(scalar)
            }
        }
        self += "\""
    }
}
