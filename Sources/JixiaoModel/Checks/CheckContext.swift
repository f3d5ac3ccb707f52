import JixiaoDiagnostics
import JixiaoReader

/// What every check reads: the decoded data and what the report model computed from it.
struct CheckContext {
    let source: SourceText
    let data: UnitData
    let figures: [Figure]
    let totals: ReportTotals
    let scoreSheet: ScoreSheet?
    let framework: Framework?
    let format: ReportFormat?
    /// Whether the schema already reported errors: rules that would only restate one of them
    /// (a rate that cannot be computed because its operand was refused) stay quiet.
    let hasDecodeErrors: Bool
    /// The file's narrative texts (`UnitData.narrativeTexts`), collected once for every rule that reads them.
    let narrativeTexts: [(text: String, node: DataNode)]

    var year: Int? { data.year?.value }
    var unitName: String? { data.unitName?.value }

    func finding(_ severity: Diagnostic.Severity = .error, at position: TextPosition, _ message: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(severity, in: source, at: position, message: message, hint: hint)
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
