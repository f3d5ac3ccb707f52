import Foundation
import JixiaoDiagnostics

/// The scoring sheet: 得分 within 0 and 分值, a reason for every point deducted, and weights
/// that add up to the full marks.
enum ScoreCheck {
    static func findings(in context: CheckContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for row in context.data.indicators {
            guard let score = row.score, let weight = row.weight else { continue }
            if score.value > weight.value {
                findings.append(context.finding(at: score.position, "「\(row.name)」的得分 \(score.text) 超过了分值 \(weight.text)",
                                                hint: "得分最多等于分值"))
            } else if score.value < weight.value, (row.reason ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
                findings.append(context.finding(at: score.position, "「\(row.name)」扣了 \(weight.value - score.value) 分，但没有写偏差原因",
                                                hint: "在「\(row.path).偏差原因」写明扣分的原因和改进措施"))
            }
        }
        if let sheet = context.scoreSheet, let weight = sheet.totalWeight, weight != sheet.fullMarks,
            let first = context.data.indicators.lazy.compactMap(\.weight).first
        {
            findings.append(context.finding(at: first.position, "各项分值（含执行率分值）合计 \(weight) 分，应为 \(sheet.fullMarks) 分",
                                            hint: "对照指标体系检查各项分值"))
        }
        return findings
    }
}
