import Foundation
import JixiaoReader

/// The scoring sheet (自评表), computed once: the rows in framework order, the scores jixiao
/// computes by rule, Σ 分值, Σ 得分 and the grade, so that `check`, every document and `diff`
/// use the same numbers.
///
/// The total is the exact sum of each row's 得分 as the unit typed it and each computed score
/// (half-up to 2 decimals), printed with the decimals it has: 97.91 stays 97.91.
public struct ScoreSheet: Sendable {
    /// An indicator scored by rule (执行率 and the framework's computed indicators), with its working.
    public struct ComputedScore: Sendable, Equatable {
        public let name: String
        public let weight: Decimal
        public let score: Decimal
        /// How the score was reached: `执行率 100.00%，得分 = min(100.00%, 100%) × 10 = 10.00 分`.
        public let working: String
        /// Whether the rate could be computed (else the score is 0 and `working` says why).
        public let isComputable: Bool
    }

    /// Σ 分值, computed indicators included; nil when no row gives a 分值 and nothing is computed.
    public let totalWeight: Decimal?
    /// The framework's full marks (100 without one).
    public let fullMarks: Decimal
    public let computedScores: [ComputedScore]
    /// Σ 得分, computed indicators included.
    public let total: Amount
    public let grade: String

    /// The 执行率's computed score, if any (the 自评表's 10.00).
    public var executionScore: ComputedScore? { computedScores.first { $0.name == "执行率" || $0.name == "预算执行率" } }

    /// The sheet of a data file, or nil when it lists no scored indicators.
    static func make(from data: UnitData, figures: [Figure], framework: Framework?, format: ReportFormat?) -> ScoreSheet? {
        let rows = data.indicators
        guard !rows.isEmpty else { return nil }
        var weight: Decimal? = rows.contains { $0.weight != nil } ? rows.reduce(Decimal(0)) { $0 + ($1.weight?.value ?? 0) } : nil
        var total = rows.reduce(Decimal(0)) { $0 + ($1.score?.value ?? 0) }
        let typedNames = Set(rows.flatMap { [$0.first?.value, $0.second?.value, $0.third?.value].compactMap { $0 } })
        var computed: [ComputedScore] = []
        if let framework {
            for indicator in framework.ruleIndicators where !typedNames.contains(indicator.name) {
                guard let rule = indicator.rule, let weight = indicator.weight else { continue }
                computed.append(score(indicator.name, rule: rule, weight: weight, figures: figures))
            }
        } else if let executionWeight = data.executionWeight?.value {
            computed.append(score("执行率", rule: ScoringRule(figureName: "执行率", method: .proportional), weight: executionWeight, figures: figures))
        }
        for item in computed {
            weight = (weight ?? 0) + item.weight
            total += item.score
        }
        return ScoreSheet(totalWeight: weight, fullMarks: framework?.fullMarks ?? 100,
                          computedScores: computed, total: Amount.natural(total), grade: Grading.grade(for: total, framework: framework, format: format))
    }

    private static func score(_ name: String, rule: ScoringRule, weight: Decimal, figures: [Figure]) -> ComputedScore {
        if let figure = figures.first(where: { $0.name == rule.figureName }), let (score, working) = rule.score(figure, weight: weight) {
            return ComputedScore(name: name, weight: weight, score: score, working: working, isComputable: true)
        }
        return ComputedScore(name: name, weight: weight, score: 0, working: "无法计算\(rule.figureName)（数据文件里缺少所需的数），按 0 分计",
                             isComputable: false)
    }
}

/// The one grade policy: the framework's bands when the file names a framework, else the
/// report format's, else 财预〔2020〕10号's (90 and above 优, 80 良, 60 中, below 60 差).
public enum Grading {
    public static func grade(for score: Decimal, framework: Framework?, format: ReportFormat?) -> String {
        let bands = framework?.grades ?? format?.grades ?? []
        if let band = bands.first(where: { score >= $0.minimum }) ?? bands.last { return band.grade }
        return switch score {
        case 90...: "优"
        case 80..<90: "良"
        case 60..<80: "中"
        default: "差"
        }
    }
}
