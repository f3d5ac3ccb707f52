import Foundation
import JixiaoDiagnostics
import JixiaoReader

/// A unit's data file decoded once into plain values: what figures, checks, rollover, diff and
/// the report model read, each field keeping where it was written.
///
/// Only values of the right kind are decoded; a value the schema refused is absent here, so
/// one typing mistake gives one error (the schema's), not a second one downstream. Every key
/// path of the data file is spelled in `UnitData+Decoding.swift` alone.
struct UnitData: Sendable {
    /// Last year's final account, this year's budget and final account: one row of the base data table.
    struct ThreeColumns: Sendable {
        var name: String
        var lastYear: Operand?
        var budget: Operand?
        var final: Operand?
        /// Where the row is, for rollover (`三公经费.公务接待费`, `项目支出明细.0`).
        var steps: [String]

        func column(_ column: Column) -> Operand? {
            switch column {
            case .lastYear: lastYear
            case .budget: budget
            case .final: final
            }
        }
    }

    /// The three columns of the base data table, in the form's order.
    enum Column: CaseIterable, Sendable {
        case lastYear, budget, final

        /// The column's key in a row of the data file.
        var key: String {
            switch self {
            case .lastYear: "上年决算数"
            case .budget: "预算数"
            case .final: "决算数"
            }
        }
    }

    /// Parts the unit chose (kinds of staff, sources of income), with the 合计 it typed, if any.
    struct Breakdown: Sendable {
        var path: String
        var parts: [(key: String, amount: Operand)]
        var typedTotal: Operand?
        /// The typed 合计, else the sum of the parts; nil when neither is there.
        var total: Operand? { typedTotal ?? Operand.total(of: parts.map(\.amount), path: path) }
    }

    /// One row of the 自评表 the unit scored.
    struct IndicatorRow: Sendable {
        /// `自评表.指标[2]`.
        var path: String
        var first: Located<String>?
        var second: Located<String>?
        var third: Located<String>?
        var weight: Operand?
        var score: Operand?
        var reason: String?
        /// The row as written, for the documents.
        var node: DataNode
        /// The most specific name the row has.
        var name: String { third?.value ?? second?.value ?? first?.value ?? path }
    }

    var year: Located<Int>?
    var unitName: Located<String>?
    var formatName: Located<String>?
    /// 金额单位: 元 or 万元.
    var moneyUnit: String?
    var fillDate: Located<CalendarDate>?
    var submissionDate: Located<CalendarDate>?
    var noticeTitle: Located<String>?
    var noticeNumber: Located<String>?
    var frameworkName: Located<String>?
    var completionBase: String?

    var staffQuota: Breakdown?
    var staffInPost: Breakdown?
    var retired: Breakdown?

    var incomeInitialBudget: Operand?
    var incomeInitialSources: Breakdown?
    var incomeAllocated: Operand?
    var incomeFinal: Operand?
    var incomeFinalSources: Breakdown?
    var incomeCarriedIn: Operand?
    /// 收入.上年决算数: last year's income, for the 同比 figures.
    var incomeLastYear: Operand?

    var spendingInitialBudget: Operand?
    var spendingInitialParts: Breakdown?
    var spendingFullYearBudget: Operand?
    var spendingFinal: Operand?
    var spendingFinalParts: Breakdown?
    var spendingBasic: Operand?
    var personnel: Operand?
    var publicFundsSpent: Operand?
    var functionalClasses: Breakdown?
    var carriedOut: Operand?

    /// The four 三公 rows in the form's order (a row the file leaves out has no figures).
    var threePublic: [ThreeColumns] = []
    var threePublicTypedTotal: ThreeColumns?
    var publicFunds: ThreeColumns?
    var publicFundsItems: [ThreeColumns] = []
    var projects: [ThreeColumns] = []
    var procurement: ThreeColumns?

    var assetsInUse: Operand?
    var assetsTotal: Operand?
    var stockLastYear: Operand?
    var stockThisYear: Operand?
    var buildingsApproved: Operand?
    var buildingsActual: Operand?
    var buildingsBudget: Operand?
    var buildingsInvestment: Operand?

    var executionWeight: Operand?
    var indicators: [IndicatorRow] = []
    var typedTotalScore: Operand?
    var typedGrade: Located<String>?
    /// 内设机构, as listed.
    var internalUnits: [String] = []
    /// 内设机构数, when typed (a count with some or no names).
    var internalUnitCount: Located<Int>?

    /// The tree itself, for what is looked up by a path written in a file rather than in code:
    /// a format's required sections, the narrative texts.
    var root: DataNode
}
