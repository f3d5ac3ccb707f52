import Foundation
import JixiaoDiagnostics

/// A finance bureau's 汇总表: one row per unit, from the same report model as each unit's own
/// documents, with the totals and averages that mean something across units.
///
/// Amounts are in 万元 whatever unit each file uses (元 ÷ 10000, exact), printed half-up to
/// two decimals; the total is summed exactly before it is rounded.
public struct SummaryTable: Sendable {
    /// The rates the table shows, in this order.
    public static let rateNames = ["支出完成率", "执行率", "人员控制率", "公用经费控制率", "三公经费控制率", "政府采购执行率"]

    public struct Row: Sendable {
        /// The data file the row comes from.
        public let file: String
        public let unit: String
        public let year: Int?
        public let format: String?
        /// 支出决算数 in 万元.
        public let spending: Amount?
        /// Each of `rateNames`: the rate as printed (`99.72%`, `不适用`), or nil when not computed.
        public let rates: [String?]
        public let totalScore: Amount?
        public let grade: String?
        public let errors: Int
        public let warnings: Int
        /// The control and execution rates over 100% (they need a sentence of explanation).
        public let ratesOver100: [String]
    }

    /// Sorted by total score, highest first; units without a score, then unreadable files, last.
    public let rows: [Row]
    /// Σ 支出决算数 of the units that state it, in 万元.
    public let totalSpending: Amount?
    /// The mean of the total scores stated, half-up to two decimals.
    public let averageScore: Amount?
    /// How many units have each grade, best first as they appear.
    public let gradeCounts: [(grade: String, count: Int)]

    /// The table of `reports`, plus a row for each file that could not be read at all.
    public init(reports: [(file: String, report: UnitReport)], unreadable: [(file: String, error: Diagnostic)]) {
        var rows = reports.map { Self.row(file: $0.file, $0.report) }
        rows.sort { left, right in
            switch (left.totalScore?.value, right.totalScore?.value) {
            case let (l?, r?) where l != r: return l > r
            case (_?, nil): return true
            case (nil, _?): return false
            default: return left.unit < right.unit
            }
        }
        rows += unreadable.map { Row(file: $0.file, unit: ($0.file as NSString).lastPathComponent, year: nil, format: nil, spending: nil,
                                     rates: Self.rateNames.map { _ in nil }, totalScore: nil, grade: nil, errors: 1, warnings: 0, ratesOver100: []) }
        self.rows = rows
        let spending = reports.compactMap { Self.spendingInWan($0.report) }
        totalSpending = spending.isEmpty ? nil : Amount(value: spending.reduce(0, +), scale: 2)
        let scores = reports.compactMap { $0.report.selfScore?.total.value }
        averageScore = scores.isEmpty ? nil : Amount(value: scores.reduce(0, +) / Decimal(scores.count), scale: 2)
        var counts: [(String, Int)] = []
        for grade in rows.compactMap(\.grade) {
            if let index = counts.firstIndex(where: { $0.0 == grade }) { counts[index].1 += 1 } else { counts.append((grade, 1)) }
        }
        gradeCounts = counts
    }

    private static func row(file: String, _ report: UnitReport) -> Row {
        Row(file: file, unit: report.unitName ?? (file as NSString).lastPathComponent, year: report.year, format: report.format?.name,
            spending: spendingInWan(report).map { Amount(value: $0, scale: 2) },
            rates: rateNames.map { report.figure(named: $0)?.text }, totalScore: report.selfScore?.total, grade: report.selfScore?.grade,
            errors: report.errors.count, warnings: report.warnings.count,
            ratesOver100: report.figures.filter { RatioCheck.names.contains($0.name) && ($0.percent ?? 0) > 100 }.map(\.name))
    }

    /// 支出决算数 converted to 万元, exactly.
    private static func spendingInWan(_ report: UnitReport) -> Decimal? {
        guard let spent = report.data.spendingFinal?.value else { return nil }
        return report.data.moneyUnit == "元" ? spent / 10000 : spent
    }
}
