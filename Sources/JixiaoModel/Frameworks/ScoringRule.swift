import Foundation
import JixiaoReader

/// How a computed rate turns into a score, with the working written out.
struct ScoringRule: Sendable {
    enum Method: Sendable {
        /// min(rate, 100%) × 分值.
        case proportional
        /// Full marks up to `threshold` percent, then `perPoint` off for every point above, never below 0.
        case deduction(threshold: Decimal, perPoint: Decimal)
        /// The score of the first band whose floor the rate reaches.
        case bands([(floor: Decimal, score: Decimal)])
    }

    var figureName: String
    var method: Method

    init(figureName: String, method: Method) {
        self.figureName = figureName
        self.method = method
    }

    /// The rule a framework file writes under 规则 (its schema has checked the keys).
    init?(_ rule: FieldReader) {
        guard let figure = rule["比率"].text?.value, let method = rule["方式"].text?.value else { return nil }
        figureName = figure
        switch method {
        case "按比例": self.method = .proportional
        case "超出扣分":
            self.method = .deduction(threshold: rule["阈值"].operand?.value ?? 100, perPoint: rule["每个百分点扣分"].operand?.value ?? 0)
        default:
            self.method = .bands(rule["档次"].items.compactMap { item in
                guard let floor = item["不低于"].operand?.value, let score = item["得分"].operand?.value else { return nil }
                return (floor, score)
            })
        }
    }

    /// The score for `figure` out of `weight`, half-up to 2 decimals, and how it was reached.
    func score(_ figure: Figure, weight: Decimal) -> (score: Decimal, working: String)? {
        guard let rate = figure.percent else { return nil }
        let percent = Figure.format(rate) + "%"
        switch method {
        case .proportional:
            let score = rounded(min(rate, 100) / 100 * weight)
            return (score, "\(figure.name) \(percent)，得分 = min(\(percent), 100%) × \(weight) = \(Figure.format(score)) 分")
        case .deduction(let threshold, let perPoint):
            guard rate > threshold else { return (weight, "\(figure.name) \(percent) 不超过 \(threshold)%，得满分 \(weight) 分") }
            let score = rounded(max(0, weight - (rate - threshold) * perPoint))
            return (score, "\(figure.name) \(percent) 超过 \(threshold)% 共 \(Figure.format(rate - threshold)) 个百分点，每个百分点扣 \(perPoint) 分，得 \(Figure.format(score)) 分")
        case .bands(let bands):
            let band = bands.first { rate >= $0.floor }
            let score = band?.score ?? 0
            return (score, "\(figure.name) \(percent)" + (band.map { " 不低于 \($0.floor)%" } ?? " 低于各档") + "，得 \(score) 分")
        }
    }

    private func rounded(_ value: Decimal) -> Decimal {
        var result = Decimal()
        var source = value
        NSDecimalRound(&result, &source, 2, .plain)
        return result
    }
}
