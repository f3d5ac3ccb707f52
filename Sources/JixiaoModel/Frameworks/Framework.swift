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
        public var children: [Indicator]

        /// Whether jixiao computes this indicator's score from a rate (执行率 and the like).
        public var isScoredByRule: Bool { rule != nil }
    }

    public let name: String
    public let fullMarks: Decimal
    /// (lowest score, grade) from the highest band down.
    public let grades: [(minimum: Decimal, grade: String)]
    public let indicators: [Indicator]

    /// Every indicator, at any level, that jixiao scores by rule.
    var ruleIndicators: [Indicator] {
        func collect(_ items: [Indicator]) -> [Indicator] { items.flatMap { ($0.rule == nil ? [] : [$0]) + collect($0.children) } }
        return collect(indicators)
    }

    /// The grade of a total score.
    public func grade(for score: Decimal) -> String {
        grades.first { score >= $0.minimum }?.grade ?? grades.last?.grade ?? ""
    }

    /// Reads a framework file, refusing it with located diagnostics when it is not one.
    public static func read(_ document: DataDocument) throws(FrameworkError) -> Framework {
        var decoder = SchemaDecoder(source: document.source)
        decoder.check(root: document.root, fields: FrameworkSchema.root)
        guard decoder.diagnostics.isEmpty else { throw FrameworkError(diagnostics: decoder.diagnostics) }
        let root = document.root
        var grades: [(Decimal, String)] = []
        if case .list(let bands) = root.node(at: "等级")?.value {
            for band in bands {
                if let minimum = band.operand(at: "最低分")?.value, let grade = band.text(at: "等级") { grades.append((minimum, grade)) }
            }
        }
        return Framework(
            name: root.text(at: "名称") ?? "", fullMarks: root.operand(at: "总分")?.value ?? 100,
            grades: grades.sorted { $0.0 > $1.0 }, indicators: indicators(in: root.node(at: "指标")))
    }

    private static func indicators(in node: DataNode?) -> [Indicator] {
        guard case .list(let items) = node?.value else { return [] }
        return items.map { item in
            Indicator(name: item.text(at: "名称") ?? "", weight: item.operand(at: "分值")?.value, rule: ScoringRule(item.node(at: "规则")),
                      children: indicators(in: item.node(at: "下级")))
        }
    }
}

/// A framework file that is not valid; the diagnostics say where and why.
public struct FrameworkError: Error {
    public let diagnostics: [Diagnostic]
}
