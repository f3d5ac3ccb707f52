import Foundation
import JixiaoReader

/// The totals of the scoring sheet (自评表), always computed: Σ 分值, the 执行率 score, Σ 得分
/// and the grade, so the report and the sheet cannot disagree.
public struct ScoreSheet: Sendable, Equatable {
    /// Σ 分值 including the 执行率's; the framework's full marks (100).
    public let totalWeight: Decimal
    /// The 执行率 score: min(执行率, 100%) × 执行率分值, half-up to 2 decimals.
    public let executionScore: Decimal?
    /// Σ 得分 including the 执行率 score.
    public let total: Decimal
    /// The grade from `Grading`.
    public let grade: String

    /// The sheet of a data file, or nil when it lists no scored indicators.
    static func make(from root: DataNode, execution: Figure?, region: String?) -> ScoreSheet? {
        guard case .list(let rows) = root.node(at: "自评表.指标")?.value, !rows.isEmpty else { return nil }
        var weight = Decimal(0)
        var total = Decimal(0)
        for row in rows {
            weight += row.operand(at: "分值")?.value ?? 0
            total += row.operand(at: "得分")?.value ?? 0
        }
        var executionScore: Decimal?
        if let executionWeight = root.operand(at: "自评表.执行率分值")?.value {
            weight += executionWeight
            if let percent = execution?.percent {
                var score = min(percent, 100) / 100 * executionWeight
                var rounded = Decimal()
                NSDecimalRound(&rounded, &score, 2, .plain)
                executionScore = rounded
                total += rounded
            }
        }
        return ScoreSheet(totalWeight: weight, executionScore: executionScore, total: total, grade: Grading.grade(for: total, region: region))
    }
}

/// Grades from the total score through bands (财预〔2020〕10号): 90 and above 优, 80 良, 60 中,
/// below 60 差; Hunan writes the top grade 优秀 (seed 002).
public enum Grading {
    public static func grade(for score: Decimal, region: String?) -> String {
        switch score {
        case 90...: region == "湖南" ? "优秀" : "优"
        case 80..<90: "良"
        case 60..<80: "中"
        default: "差"
        }
    }
}
