import Foundation
import JixiaoReader

/// The totals of the scoring sheet (自评表), always computed: Σ 分值, the scores jixiao
/// computes by rule, Σ 得分 and the grade, so the report and the sheet cannot disagree.
public struct ScoreSheet: Sendable, Equatable {
    /// An indicator scored by rule (执行率 and the framework's computed indicators), with its working.
    public struct ComputedScore: Sendable, Equatable {
        public let name: String
        public let weight: Decimal
        public let score: Decimal
        /// How the score was reached: `执行率 100.00%，得分 = min(100.00%, 100%) × 10 = 10.00 分`.
        public let working: String
    }

    /// Σ 分值, computed indicators included.
    public let totalWeight: Decimal
    /// The framework's full marks (100 without one).
    public let fullMarks: Decimal
    public let computedScores: [ComputedScore]
    /// Σ 得分, computed indicators included.
    public let total: Decimal
    public let grade: String

    /// The working of a rule-scored indicator whose rate the data do not allow.
    static func notComputable(_ figure: String) -> String {
        "无法计算\(figure)（数据文件里缺少所需的数），按 0 分计"
    }

    /// The 执行率's computed score, if any (the 自评表's 10.00).
    public var executionScore: Decimal? { computedScores.first { $0.name == "执行率" || $0.name == "预算执行率" }?.score }

    /// The sheet of a data file, or nil when it lists no scored indicators.
    static func make(from root: DataNode, figures: [Figure], framework: Framework?) -> ScoreSheet? {
        guard case .list(let rows) = root.node(at: "自评表.指标")?.value, !rows.isEmpty else { return nil }
        var weight = Decimal(0)
        var total = Decimal(0)
        for row in rows {
            weight += row.operand(at: "分值")?.value ?? 0
            total += row.operand(at: "得分")?.value ?? 0
        }
        let typedNames = Set(rows.flatMap { row in ["一级指标", "二级指标", "三级指标"].compactMap { row.text(at: $0) } })
        var computed: [ComputedScore] = []
        if let framework {
            for indicator in framework.ruleIndicators where !typedNames.contains(indicator.name) {
                guard let rule = indicator.rule, let weight = indicator.weight else { continue }
                if let figure = figures.first(where: { $0.name == rule.figureName }), let (score, working) = rule.score(figure, weight: weight) {
                    computed.append(ComputedScore(name: indicator.name, weight: weight, score: score, working: working))
                } else {
                    computed.append(ComputedScore(name: indicator.name, weight: weight, score: 0, working: ScoreSheet.notComputable(rule.figureName)))
                }
            }
        } else if let executionWeight = root.operand(at: "自评表.执行率分值")?.value {
            let rule = ScoringRule(figureName: "执行率", method: .proportional)
            if let figure = figures.first(where: { $0.name == "执行率" }), let (score, working) = rule.score(figure, weight: executionWeight) {
                computed.append(ComputedScore(name: "执行率", weight: executionWeight, score: score, working: working))
            } else {
                weight += executionWeight
            }
        }
        for item in computed {
            weight += item.weight
            total += item.score
        }
        let grade = framework?.grade(for: total) ?? Grading.grade(for: total, region: root.text(at: "报告格式"))
        return ScoreSheet(totalWeight: weight, fullMarks: framework?.fullMarks ?? 100, computedScores: computed, total: total, grade: grade)
    }
}

/// Grades from the total score through bands (财预〔2020〕10号): 90 and above 优, 80 良, 60 中,
/// below 60 差; Hunan writes the top grade 优秀 (seed 002). A framework file sets its own.
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
