import Foundation
import JixiaoDiagnostics

/// Parts that must add up to their total: income by source, 基本 + 项目, 人员 + 公用,
/// functional classes, staffing by kind, 三公 rows, and 年末结转结余 = 收入 + 上年结转 − 支出.
enum SumCheck {
    static func findings(in context: CheckContext) -> [Diagnostic] {
        let data = context.data
        var findings: [Diagnostic] = []
        let rules: [(UnitData.Breakdown?, Operand?)] = [
            (data.incomeInitialSources, data.incomeInitialBudget), (data.incomeFinalSources, data.incomeFinal),
            (data.spendingInitialParts, data.spendingInitialBudget), (data.spendingFinalParts, data.spendingFinal),
            (data.functionalClasses, data.spendingFinal),
            (data.staffQuota, data.staffQuota?.typedTotal), (data.staffInPost, data.staffInPost?.typedTotal), (data.retired, data.retired?.typedTotal),
        ]
        for case let (parts?, total?) in rules {
            if let finding = mismatch(parts.parts.map(\.amount), total: total, partsName: parts.path, context: context) { findings.append(finding) }
        }
        if let basic = data.spendingBasic, let personnel = data.personnel, let publicFunds = data.publicFundsSpent,
            let finding = mismatch([personnel, publicFunds], total: basic, partsName: "人员经费 + 公用经费", context: context)
        {
            findings.append(finding)
        }
        if let typed = data.threePublicTypedTotal {
            for column in UnitData.Column.allCases {
                guard let total = typed.column(column) else { continue }
                let parts = data.threePublic.compactMap { $0.column(column) }
                if let finding = mismatch(parts, total: total, partsName: "三公经费各项的\(column.key)", context: context) {
                    findings.append(finding)
                }
            }
        }
        if let carried = data.carriedOut, let income = data.incomeFinal, let spent = data.spendingFinal {
            let previous = data.incomeCarriedIn
            let expected = income.value + (previous?.value ?? 0) - spent.value
            if expected != carried.value {
                let formula = "\(income.text)+\(previous?.text ?? "0")-\(spent.text)=\(expected)"
                findings.append(context.finding(at: carried.position,
                    "「\(carried.path)」是 \(carried.text)，但收入决算数 + 上年结转和结余 − 支出决算数 = \(formula)",
                    hint: "检查这四个数中哪一个填错了"))
            }
        }
        return findings
    }

    private static func mismatch(_ parts: [Operand], total: Operand, partsName: String, context: CheckContext) -> Diagnostic? {
        guard !parts.isEmpty else { return nil }
        let sum = parts.reduce(Decimal(0)) { $0 + $1.value }
        guard sum != total.value else { return nil }
        let formula = parts.map(\.text).joined(separator: "+") + "=" + Amount.text(sum, scale: parts.map(\.scale).max() ?? 0)
        return context.finding(at: total.position,
            "「\(total.path)」是 \(total.text)，但「\(partsName)」各项之和是 \(formula)",
            hint: "合计和各项只能有一个是对的：改正填错的那一个")
    }
}
