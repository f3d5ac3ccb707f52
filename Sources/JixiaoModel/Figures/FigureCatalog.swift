import Foundation
import JixiaoReader

/// The rates of domain.md §6, each computed from the operands the data file holds; a rate
/// whose operands are not all there is simply absent.
enum FigureCatalog {
    static func figures(in root: DataNode) -> [Figure] {
        var figures: [Figure] = []
        func add(_ figure: Figure?) { if let figure { figures.append(figure) } }
        let spent = root.operand(at: "收支情况.支出.决算数")

        if let spent, let base = completionDenominator(in: root) { add(.ratio("支出完成率", spent, base)) }
        if let final = root.operand(at: "收支情况.收入.决算数"), let budget = root.operand(at: "收支情况.收入.年初预算数") {
            add(.difference("预决算差异率", final, budget))
        }
        if let carried = root.operand(at: "收支情况.支出.年末结转和结余"), let income = root.operand(at: "收支情况.收入.决算数") {
            let total = Operand.sum([income] + [root.operand(at: "收支情况.收入.上年结转和结余")].compactMap { $0 })!
            add(.ratio("结转结余率", carried, total))
        }
        if let now = root.operand(at: "存量资金.年末规模"), let before = root.operand(at: "存量资金.上年末规模") {
            add(.change("存量资金变动率", now, before))
        }
        if let actual = root.operand(at: "政府采购.决算数"), let plan = root.operand(at: "政府采购.预算数") {
            add(.ratio("政府采购执行率", actual, plan))
        }
        if let inUse = root.operand(at: "固定资产.在用总额"), let all = root.operand(at: "固定资产.总额") {
            add(.ratio("固定资产利用率", inUse, all))
        }
        if let actual = root.operand(at: "公用经费.决算数"), let budget = root.operand(at: "公用经费.预算数") {
            add(.ratio("公用经费控制率", actual, budget))
        }
        if let actual = threePublic(root, "决算数"), let budget = threePublic(root, "预算数") { add(.ratio("三公经费控制率", actual, budget)) }
        if let actual = threePublic(root, "决算数"), let last = threePublic(root, "上年决算数") { add(.difference("三公经费变动率", actual, last)) }
        if let staff = staffTotal(root, "在职人员"), let quota = staffTotal(root, "核定编制") { add(.ratio("人员控制率", staff, quota)) }
        if let actual = root.operand(at: "楼堂馆所.实际规模"), let approved = root.operand(at: "楼堂馆所.批复规模") {
            add(.ratio("规模控制率", actual, approved))
        }
        if let actual = root.operand(at: "楼堂馆所.实际投资"), let budget = root.operand(at: "楼堂馆所.预算投资") {
            add(.ratio("投资概算控制率", actual, budget))
        }
        if let spent, let budget = root.operand(at: "收支情况.支出.全年预算数") { add(.ratio("执行率", spent, budget)) }
        return figures
    }

    /// The base of 支出完成率: the one `比率口径.支出完成率` names, else the first present of
    /// 财政下达预算数, 全年预算数, 年初预算数 (the seeds use four different bases).
    static func completionDenominator(in root: DataNode) -> Operand? {
        let income = "收支情况.收入."
        switch root.text(at: "比率口径.支出完成率") {
        case "财政下达预算数": return root.operand(at: income + "财政下达预算数")
        case "收入决算数": return root.operand(at: income + "决算数")
        case "收入决算数加上年结转":
            return Operand.sum([root.operand(at: income + "决算数"), root.operand(at: income + "上年结转和结余")].compactMap { $0 })
        case "年初预算数": return root.operand(at: "收支情况.支出.年初预算数") ?? root.operand(at: income + "年初预算数")
        case "全年预算数": return root.operand(at: "收支情况.支出.全年预算数")
        default:
            return root.operand(at: income + "财政下达预算数") ?? root.operand(at: "收支情况.支出.全年预算数")
                ?? root.operand(at: "收支情况.支出.年初预算数")
        }
    }

    /// A column of the 三公经费 rows: the typed 合计, else the sum of the four rows present.
    static func threePublic(_ root: DataNode, _ column: String) -> Operand? {
        if let total = root.operand(at: "三公经费.合计.\(column)") { return total }
        let rows = ["公务用车购置费", "公务用车运行维护费", "因公出国（境）费", "公务接待费"]
        return Operand.total(of: rows.compactMap { root.operand(at: "三公经费.\($0).\(column)") }, path: "三公经费.\(column)")
    }

    /// The 合计 of a staffing breakdown, typed or summed.
    static func staffTotal(_ root: DataNode, _ key: String) -> Operand? {
        let path = "单位基本情况.\(key)"
        if let total = root.operand(at: path + ".合计") { return total }
        guard case .map(let map) = root.node(at: path)?.value else { return nil }
        return Operand.total(of: map.compactMap { root.operand(at: "\(path).\($0.key)") }, path: path)
    }
}
