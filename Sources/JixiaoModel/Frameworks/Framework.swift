import Foundation
import JixiaoDiagnostics
import JixiaoReader

/// An indicator framework: which indicators a unit is scored on, with which weights and rules,
/// the full marks and the grade bands. Set by the finance bureau's notice, so it is a file
/// shipped with the templates (`Templates/指标体系/`), never code.
public struct Framework: Sendable {
    /// One indicator of the tree.
    public struct Indicator: Sendable {
        public var name: String
        /// A fixed weight, or nil when the unit sets it.
        public var weight: Decimal?
        var rule: ScoringRule?
        /// What the indicator measures and how it is scored, as the bureau's form words them.
        public var explanation: String?
        public var standard: String?
        public var children: [Indicator]

        /// Whether jixiao computes this indicator's score from a rate (执行率 and the like).
        public var isScoredByRule: Bool { rule != nil }
    }

    public let name: String
    public let fullMarks: Decimal
    /// (lowest score, grade) from the highest band down.
    public let grades: [(minimum: Decimal, grade: String)]
    public let indicators: [Indicator]
    /// Whether a unit must score every 二级指标 (广东's sheets), not only those that apply (湖南's).
    public let scoresEveryIndicator: Bool

    /// Every indicator, at any level, that jixiao scores by rule.
    var ruleIndicators: [Indicator] {
        func collect(_ items: [Indicator]) -> [Indicator] { items.flatMap { ($0.rule == nil ? [] : [$0]) + collect($0.children) } }
        return collect(indicators)
    }

    /// Reads a framework file, refusing it with located diagnostics when it is not one.
    public static func read(_ document: DataDocument) throws(FrameworkError) -> Framework {
        var decoder = SchemaDecoder(source: document.source)
        decoder.check(root: document.root, fields: FrameworkSchema.root)
        guard decoder.diagnostics.isEmpty else { throw FrameworkError(diagnostics: decoder.diagnostics) }
        let file = FieldReader(root: document.root)
        return Framework(
            name: file["名称"].text?.value ?? "", fullMarks: file["总分"].operand?.value ?? 100,
            grades: FrameworkSchema.grades(in: file), indicators: indicators(in: file["指标"]),
            scoresEveryIndicator: file["每项都要打分"].flag ?? false)
    }

    private static func indicators(in list: FieldReader) -> [Indicator] {
        list.items.map { item in
            Indicator(name: item["名称"].text?.value ?? "", weight: item["分值"].operand?.value, rule: ScoringRule(item["规则"]),
                      explanation: item["指标解释"].text?.value, standard: item["评分标准"].text?.value,
                      children: indicators(in: item["下级"]))
        }
    }
}

/// A framework file that is not valid; the diagnostics say where and why.
public struct FrameworkError: Error, Sendable {
    public let diagnostics: [Diagnostic]
}
