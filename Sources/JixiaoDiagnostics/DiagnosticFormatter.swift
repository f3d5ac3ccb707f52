/// Prints diagnostics the way compilers do, so editors and people can both follow them.
///
/// ```
/// Inputs/x.yaml:3:5: 错误：这里用了全角冒号「：」
///     评价单位：遂溪县人民政府办公室
///         ^
/// 提示：YAML 的键和值之间要写半角冒号加一个空格，例如「评价单位: 遂溪县人民政府办公室」
/// ```
/// The caret is placed by display width: a Chinese character takes two terminal columns.
///
/// Messages quote the user's data, and data may hold anything: control characters (NUL, a
/// line break, an ANSI escape that recolours or clears the terminal) and bidirectional
/// overrides are printed as escapes (`\0`, `\n`, `\u{1B}`, `\u{202E}`), so what reaches the
/// terminal is exactly one line per part and shows what the file holds.
public enum DiagnosticFormatter {
    /// The full text of one diagnostic, ending with a newline.
    public static func format(_ diagnostic: Diagnostic) -> String {
        var text = "\(visible(diagnostic.location.description)): \(diagnostic.severity.rawValue)：\(visible(diagnostic.message))\n"
        if let line = diagnostic.sourceLine {
            let shown = visible(line, tabs: "    ")
            text += "    \(shown)\n"
            text += "    \(caretPadding(for: line, column: diagnostic.location.column))^\n"
        }
        if let hint = diagnostic.hint {
            text += "提示：\(visible(hint))\n"
        }
        return text
    }

    /// `text` with control and bidirectional-override characters as escapes; a tab becomes
    /// `tabs` when given (in a quoted line), else `\t`.
    public static func visible(_ text: String, tabs: String? = nil) -> String {
        guard text.unicodeScalars.contains(where: { $0.isInvisibleControl }) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar == "\t", let tabs {
                result += tabs
            } else if scalar.isInvisibleControl {
                result += scalar.escaped
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Several diagnostics, one after another.
    public static func format(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map(format).joined()
    }

    private static func caretPadding(for line: String, column: Int) -> String {
        var width = 0
        for character in line.prefix(max(column - 1, 0)) {
            if character == "\t" {
                width += 4
            } else if character.unicodeScalars.contains(where: { $0.isInvisibleControl }) {
                width += visible(String(character)).count
            } else {
                width += character.displayWidth
            }
        }
        return String(repeating: " ", count: width)
    }
}

private extension Unicode.Scalar {
    /// C0 and C1 controls, DEL, and the bidirectional embeddings, overrides and isolates
    /// (U+202A–U+202E, U+2066–U+2069) that reorder what a terminal shows.
    var isInvisibleControl: Bool {
        value < 0x20 || (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
    }

    var escaped: String {
        switch value {
        case 0x00: "\\0"
        case 0x09: "\\t"
        case 0x0A: "\\n"
        case 0x0D: "\\r"
        default: "\\u{\(String(value, radix: 16, uppercase: true))}"
        }
    }
}

private extension Character {
    /// Terminal columns: 2 for East Asian wide and full-width characters, else 1.
    var displayWidth: Int {
        guard let scalar = unicodeScalars.first else { return 1 }
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
            0x4E00...0x9FFF, 0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF,
            0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F,
            0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }
}
