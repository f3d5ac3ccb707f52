import Foundation
import JixiaoDiagnostics
import JixiaoReader

/// The scoring sheet: 得分 within 0 and 分值, a reason for every point deducted, and weights
/// that add up to the full 100.
enum ScoreCheck {
    static func findings(in context: CheckContext) -> [Diagnostic] {
        guard case .list(let rows) = context.root.node(at: "自评表.指标")?.value else { return [] }
        var findings: [Diagnostic] = []
        for (index, row) in rows.enumerated() {
            let path = "自评表.指标[\(index + 1)]"
            guard let score = row.operand(at: "得分"), let weight = row.operand(at: "分值") else { continue }
            let name = row.text(at: "三级指标") ?? row.text(at: "二级指标") ?? row.text(at: "一级指标") ?? path
            if score.value > weight.value {
                findings.append(context.finding(at: score.position, "「\(name)」的得分 \(score.text) 超过了分值 \(weight.text)",
                                                hint: "得分最多等于分值"))
            } else if score.value < weight.value, (row.text(at: "偏差原因") ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
                findings.append(context.finding(at: score.position, "「\(name)」扣了 \(weight.value - score.value) 分，但没有写偏差原因",
                                                hint: "在「\(path).偏差原因」写明扣分的原因和改进措施"))
            }
        }
        if let sheet = context.scoreSheet, sheet.totalWeight != sheet.fullMarks, let first = rows.first?.operand(at: "分值") {
            findings.append(context.finding(at: first.position, "各项分值（含执行率分值）合计 \(sheet.totalWeight) 分，应为 \(sheet.fullMarks) 分",
                                            hint: "对照指标体系检查各项分值"))
        }
        return findings
    }
}
