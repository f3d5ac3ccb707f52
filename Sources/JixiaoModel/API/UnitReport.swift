import JixiaoDiagnostics
import JixiaoReader

/// The report model: one unit's year as a finance officer typed it, checked, with every derived
/// figure computed once. `check`, every document and `diff` read their numbers here.
///
/// `check(_:library:)` decodes the file once (`DataFileSchema` → `UnitData`), computes the
/// rates, totals, scoring sheet, total score and grade, and runs every rule. Errors and warnings
/// come back in file order; the figures are computed even when there are findings, from
/// whatever values are usable.
public struct UnitReport: Sendable {
    /// The total score and grade the report states: the scoring sheet's when the file scores
    /// indicators, else the 总分 the unit typed, graded by the same policy.
    public struct SelfScore: Sendable {
        public let total: Amount
        public let grade: String
    }

    public let document: DataDocument
    let data: UnitData
    /// The 报告格式 the file names, when the templates folder has it.
    public let format: ReportFormat?
    /// The framework the data file names (指标体系), when it was found.
    public let framework: Framework?
    /// The rates of domain.md §6 that the data allow, each with its worked formula.
    public let figures: [Figure]
    public let totals: ReportTotals
    /// The scoring sheet, when the file lists scored indicators.
    public let scoreSheet: ScoreSheet?
    /// The sheet's rows grouped as the form prints them (the framework's tree even with no rows).
    public let scoreTable: [ScoreTable.Group]
    public let selfScore: SelfScore?
    /// The format's required sections (data-file keys) that the unit left empty or left out.
    public let unfilledSections: [String]
    /// Errors and warnings, in file order.
    public let findings: [Diagnostic]

    public var errors: [Diagnostic] { findings.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { findings.filter { $0.severity == .warning } }

    /// The figure of that name (`支出完成率`), if the data allow it.
    public func figure(named name: String) -> Figure? {
        figures.first { $0.name == name }
    }

    /// 评价年度, when it is a valid year.
    public var year: Int? { data.year?.value }
    /// How many 内设机构 the unit lists.
    /// 内设机构数: the typed count, else the number of names listed.
    public var internalUnitCount: Int { data.internalUnitCount?.value ?? data.internalUnits.count }
    /// 评价单位, when given.
    public var unitName: String? { data.unitName?.value }

    /// The data tree with every key of the schema present: absent values are null, absent
    /// lists empty, absent records and breakdowns empty mappings (see `CompleteTree`).
    public var completeTree: DataNode { CompleteTree.of(document.root) }

    /// Checks a data file that the reader has read; `library` is the templates folder whose
    /// formats and frameworks the file may name.
    public static func check(_ document: DataDocument, library: ReportLibrary) -> UnitReport {
        var decoder = SchemaDecoder(source: document.source, formatNames: library.formats.names)
        decoder.check(root: document.root)
        var findings = decoder.diagnostics
        let hasDecodeErrors = !findings.isEmpty
        if let missing = library.missingFolderFinding { findings.append(missing) }
        let data = UnitData(root: document.root)
        let (format, formatFindings) = FrameworkCheck.format(for: data, in: library, source: document.source)
        let (framework, frameworkFindings) = FrameworkCheck.framework(for: data, in: library, source: document.source)
        findings += formatFindings + frameworkFindings
        let totals = ReportTotals(data)
        let figures = FigureCatalog.figures(of: data, totals: totals.operands)
        let sheet = ScoreSheet.make(from: data, figures: figures, framework: framework, format: format)
        let selfScore = sheet.map { SelfScore(total: $0.total, grade: $0.grade) } ?? data.typedTotalScore.map {
            SelfScore(total: Amount.natural($0.value), grade: Grading.grade(for: $0.value, framework: framework, format: format))
        }
        let unfilled = UnfilledSectionCheck.unfilled(in: data, format: format, framework: framework)
        let context = CheckContext(source: document.source, data: data, figures: figures, totals: totals, scoreSheet: sheet,
                                   framework: framework, format: format, hasDecodeErrors: hasDecodeErrors,
                                   narrativeTexts: data.narrativeTexts)
        let rules: [(CheckContext) -> [Diagnostic]] = [
            SumCheck.findings, ScoreCheck.findings, TypedFigureCheck.findings, YearCheck.findings, NarrativeCheck.findings,
            RatioCheck.findings, InternalUnitCountCheck.findings, FrameworkCheck.findings, UnscoredIndicatorCheck.findings, RepeatedFigureCheck.findings, ProblemsCheck.findings, UnfilledSectionCheck.findings, FileNameCheck.findings,
        ]
        findings = (findings + rules.flatMap { $0(context) }).sorted {
            ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column)
        }
        return UnitReport(document: document, data: data, format: format, framework: framework, figures: figures, totals: totals,
                          scoreSheet: sheet, scoreTable: ScoreTable.groups(of: data.indicators, framework: framework), selfScore: selfScore, unfilledSections: unfilled, findings: findings)
    }
}
