/// Prints diagnostics the way compilers do, so editors and people can both follow them.
///
/// ```
/// Inputs/x.yaml:3:5: 错误：这里用了全角冒号「：」
///     评价单位：遂溪县人民政府办公室
///         ^
/// 提示：YAML 的键和值之间要写半角冒号加一个空格，例如「评价单位: 遂溪县人民政府办公室」
/// ```
/// The caret is placed by display width: a Chinese character takes two terminal columns.
public enum DiagnosticFormatter {
    /// The full text of one diagnostic, ending with a newline.
    public static func format(_ diagnostic: Diagnostic) -> String {
        var text = "\(diagnostic.location): \(diagnostic.severity.rawValue)：\(diagnostic.message)\n"
        if let line = diagnostic.sourceLine {
            let shown = line.replacingTabs()
            text += "    \(shown)\n"
            text += "    \(caretPadding(for: line, column: diagnostic.location.column))^\n"
        }
        if let hint = diagnostic.hint {
            text += "提示：\(hint)\n"
        }
        return text
    }

    /// Several diagnostics, one after another.
    public static func format(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map(format).joined()
    }

    private static func caretPadding(for line: String, column: Int) -> String {
        var width = 0
        for character in line.prefix(max(column - 1, 0)) {
            width += character == "\t" ? 4 : character.displayWidth
        }
        return String(repeating: " ", count: width)
    }
}

private extension String {
    func replacingTabs() -> String {
        var result = ""
        for character in self {
            if character == "\t" { result += "    " } else { result.append(character) }
        }
        return result
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
