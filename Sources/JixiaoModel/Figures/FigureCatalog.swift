import Foundation

/// The rates of domain.md §6, each computed from the operands the data file holds; a rate
/// whose operands are not all there is simply absent.
enum FigureCatalog {
    /// Every rate jixiao can compute, in the order the report lists them.
    static let names = ["支出完成率", "预决算差异率", "结转结余率", "存量资金变动率", "政府采购执行率", "固定资产利用率", "公用经费控制率",
                        "三公经费控制率", "三公经费变动率", "收入同比变动率", "人员控制率", "规模控制率", "投资概算控制率", "执行率"]

    static func figures(of data: UnitData, totals: ReportTotals.Operands) -> [Figure] {
        var figures: [Figure] = []
        func add(_ figure: Figure?) { if let figure { figures.append(figure) } }
        let spent = data.spendingFinal

        if let spent, let base = completionDenominator(of: data) { add(.ratio("支出完成率", spent, base)) }
        if let final = data.incomeFinal, let budget = data.incomeInitialBudget { add(.difference("预决算差异率", final, budget)) }
        if let carried = data.carriedOut, let income = data.incomeFinal {
            add(.ratio("结转结余率", carried, Operand.sum([income] + [data.incomeCarriedIn].compactMap { $0 })!))
        }
        if let now = data.stockThisYear, let before = data.stockLastYear { add(.change("存量资金变动率", now, before)) }
        if let actual = data.procurement?.final, let plan = data.procurement?.budget { add(.ratio("政府采购执行率", actual, plan)) }
        if let inUse = data.assetsInUse, let all = data.assetsTotal { add(.ratio("固定资产利用率", inUse, all)) }
        if let actual = totals.publicFunds.final, let budget = totals.publicFunds.budget { add(.ratio("公用经费控制率", actual, budget)) }
        if let actual = totals.threePublic.final, let budget = totals.threePublic.budget { add(.ratio("三公经费控制率", actual, budget)) }
        if let actual = totals.threePublic.final, let last = totals.threePublic.lastYear { add(.difference("三公经费变动率", actual, last)) }
        if let final = data.incomeFinal, let last = data.incomeLastYear { add(.difference("收入同比变动率", final, last)) }
        if let staff = data.staffInPost?.total, let quota = data.staffQuota?.total { add(.ratio("人员控制率", staff, quota)) }
        if let actual = data.buildingsActual, let approved = data.buildingsApproved { add(.ratio("规模控制率", actual, approved)) }
        if let actual = data.buildingsInvestment, let budget = data.buildingsBudget { add(.ratio("投资概算控制率", actual, budget)) }
        if let spent, let budget = data.spendingFullYearBudget { add(.ratio("执行率", spent, budget)) }
        return figures
    }

    /// The base of 支出完成率: the one `比率口径.支出完成率` names, else the first present of
    /// 财政下达预算数, 全年预算数, 年初预算数 (the seeds use four different bases).
    static func completionDenominator(of data: UnitData) -> Operand? {
        switch data.completionBase {
        case "财政下达预算数": data.incomeAllocated
        case "收入决算数": data.incomeFinal
        case "收入决算数加上年结转": Operand.sum([data.incomeFinal, data.incomeCarriedIn].compactMap { $0 })
        case "年初预算数": data.spendingInitialBudget ?? data.incomeInitialBudget
        case "全年预算数": data.spendingFullYearBudget
        default: data.incomeAllocated ?? data.spendingFullYearBudget ?? data.spendingInitialBudget
        }
    }
}
