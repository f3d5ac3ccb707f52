import Foundation
import JixiaoDiagnostics
import JixiaoReader

/// Parts that must add up to their total: income by source, 基本 + 项目, 人员 + 公用,
/// functional classes, staffing by kind, 三公 rows, and 年末结转结余 = 收入 + 上年结转 − 支出.
enum SumCheck {
    static func findings(in context: CheckContext) -> [Diagnostic] {
        let root = context.root
        var findings: [Diagnostic] = []
        let rules: [(parts: String, total: String)] = [
            ("收支情况.收入.年初预算来源", "收支情况.收入.年初预算数"),
            ("收支情况.收入.决算来源", "收支情况.收入.决算数"),
            ("收支情况.支出.年初预算构成", "收支情况.支出.年初预算数"),
            ("收支情况.支出.决算构成", "收支情况.支出.决算数"),
            ("收支情况.支出.功能分类", "收支情况.支出.决算数"),
            ("单位基本情况.核定编制", "单位基本情况.核定编制.合计"),
            ("单位基本情况.在职人员", "单位基本情况.在职人员.合计"),
            ("单位基本情况.退休人员", "单位基本情况.退休人员.合计"),
        ]
        for rule in rules {
            guard let total = root.operand(at: rule.total), case .map(let map) = root.node(at: rule.parts)?.value else { continue }
            let parts = map.filter { $0.key != "合计" }.compactMap { root.operand(at: "\(rule.parts).\($0.key)") }
            if let finding = mismatch(parts, total: total, partsName: rule.parts, context: context) { findings.append(finding) }
        }
        if let basic = root.operand(at: "收支情况.支出.决算构成.基本支出") {
            let parts = ["收支情况.支出.人员经费", "收支情况.支出.公用经费"].compactMap { root.operand(at: $0) }
            if parts.count == 2, let finding = mismatch(parts, total: basic, partsName: "人员经费 + 公用经费", context: context) {
                findings.append(finding)
            }
        }
        for column in ["上年决算数", "预算数", "决算数"] {
            guard let total = root.operand(at: "三公经费.合计.\(column)") else { continue }
            let rows = ["公务用车购置费", "公务用车运行维护费", "因公出国（境）费", "公务接待费"]
            let parts = rows.compactMap { root.operand(at: "三公经费.\($0).\(column)") }
            if let finding = mismatch(parts, total: total, partsName: "三公经费各项的\(column)", context: context) { findings.append(finding) }
        }
        if let carried = root.operand(at: "收支情况.支出.年末结转和结余"), let income = root.operand(at: "收支情况.收入.决算数"),
            let spent = root.operand(at: "收支情况.支出.决算数")
        {
            let previous = root.operand(at: "收支情况.收入.上年结转和结余")
            let expected = income.value + (previous?.value ?? 0) - spent.value
            if expected != carried.value {
                let formula = "\(income.text)+\(previous?.text ?? "0")-\(spent.text)=\(expected)"
                findings.append(context.finding(at: carried.position,
                    "「收支情况.支出.年末结转和结余」是 \(carried.text)，但收入决算数 + 上年结转和结余 − 支出决算数 = \(formula)",
                    hint: "检查这四个数中哪一个填错了"))
            }
        }
        return findings
    }

    private static func mismatch(_ parts: [Operand], total: Operand, partsName: String, context: CheckContext) -> Diagnostic? {
        guard !parts.isEmpty else { return nil }
        let sum = parts.reduce(Decimal(0)) { $0 + $1.value }
        guard sum != total.value else { return nil }
        let formula = parts.map(\.text).joined(separator: "+") + "=\(sum)"
        return context.finding(at: total.position,
            "「\(total.path)」是 \(total.text)，但「\(partsName)」各项之和是 \(formula)",
            hint: "合计和各项只能有一个是对的：改正填错的那一个")
    }
}
