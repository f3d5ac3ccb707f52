import JixiaoDiagnostics
import JixiaoReader

/// One unit's year as a finance officer typed it, checked, with every derived figure computed.
///
/// `check(_:)` runs the schema (`DataFileSchema`: keys, kinds, required fields) and every rule
/// (sums, scores, typed totals and rates, years, narrative debris, ratios over 100%). Errors
/// and warnings come back in file order; the figures and the score sheet are computed even
/// when there are findings, from whatever values are usable.
public struct UnitReport: Sendable {
    public let document: DataDocument
    /// The rates of domain.md §6 that the data allow, each with its worked formula.
    public let figures: [Figure]
    /// The totals of the scoring sheet, when the file lists scored indicators.
    public let scoreSheet: ScoreSheet?
    /// Errors and warnings, in file order.
    public let findings: [Diagnostic]

    public var errors: [Diagnostic] { findings.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { findings.filter { $0.severity == .warning } }

    /// The figure of that name (`支出完成率`), if the data allow it.
    public func figure(named name: String) -> Figure? {
        figures.first { $0.name == name }
    }

    /// The framework the data file names (指标体系), when it was found.
    public let framework: Framework?

    /// Checks a data file that the reader has read; `frameworks` is where the 指标体系 it
    /// names is looked up.
    public static func check(_ document: DataDocument, frameworks: FrameworkLibrary? = nil) -> UnitReport {
        var decoder = SchemaDecoder(source: document.source)
        decoder.check(root: document.root)
        var findings = decoder.diagnostics
        let (framework, frameworkFindings) = FrameworkCheck.framework(for: document, in: frameworks)
        findings += frameworkFindings
        let figures = FigureCatalog.figures(in: document.root)
        let sheet = ScoreSheet.make(from: document.root, figures: figures, framework: framework)
        let context = CheckContext(source: document.source, root: document.root, figures: figures, scoreSheet: sheet, framework: framework)
        let rules: [(CheckContext) -> [Diagnostic]] = [
            SumCheck.findings, ScoreCheck.findings, TypedFigureCheck.findings, YearCheck.findings,
            NarrativeCheck.findings, RatioCheck.findings, FrameworkCheck.findings, ProblemsCheck.findings,
        ]
        findings = (findings + rules.flatMap { $0(context) }).sorted {
            ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column)
        }
        return UnitReport(document: document, figures: figures, scoreSheet: sheet, findings: findings, framework: framework)
    }
}
