import JixiaoDiagnostics
import JixiaoReader

/// What every check reads: the data file, its year and unit, and the computed figures.
struct CheckContext {
    let source: SourceText
    let root: DataNode
    let figures: [Figure]
    let scoreSheet: ScoreSheet?
    let framework: Framework?

    var year: Int? { root.text(at: "评价年度").flatMap { Int($0) } }
    var unitName: String? { root.text(at: "评价单位") }

    func finding(_ severity: Diagnostic.Severity = .error, at position: TextPosition, _ message: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(severity, in: source, at: position, message: message, hint: hint)
    }

    /// Every narrative string of the file with its key path and node (texts and lists of texts
    /// under the narrative keys, sections' 标题 and 内容, and 偏差原因).
    var narrativeTexts: [(path: String, text: String, node: DataNode)] {
        var texts: [(String, String, DataNode)] = []
        func collect(_ node: DataNode, _ path: String) {
            switch node.value {
            case .string(let text): texts.append((path, text, node))
            case .list(let items): for (index, item) in items.enumerated() { collect(item, "\(path)[\(index + 1)]") }
            case .map(let map): for entry in map { collect(entry.value, "\(path).\(entry.key)") }
            default: break
            }
        }
        guard case .map(let map) = root.value else { return [] }
        let skipped: Set = ["评价单位", "通知", "报告格式", "预算级次", "填报日期", "金额单位", "附件编号", "比率口径", "指标体系", "填表人", "联系电话"]
        for entry in map where !skipped.contains(entry.key) { collect(entry.value, entry.key) }
        return texts
    }

    /// Where `snippet` stands in the source, searching from `node`'s line (a text may be a
    /// block scalar that starts on the next line); falls back to the node's own position.
    func position(of snippet: String, in node: DataNode) -> TextPosition {
        let lastLine = min(source.lineCount, node.position.line + 200)
        for line in node.position.line...max(node.position.line, lastLine) {
            let text = source.text(ofLine: line)
            if let range = text.byteRange(of: snippet) {
                return TextPosition(line: line, column: text.distance(from: text.startIndex, to: range.lowerBound) + 1)
            }
        }
        return node.position
    }
}
