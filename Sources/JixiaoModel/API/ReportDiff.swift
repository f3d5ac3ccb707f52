import JixiaoReader

/// What changed between two versions of a unit's data file: the inputs, by key path, and
/// the derived figures (rates, score, grade) that moved because of them, as the report model
/// states them, so each new value is the one the documents print.
public struct ReportDiff: Sendable {
    /// One value that differs; nil on a side means the key is not there.
    public struct Change: Sendable, Equatable {
        public let path: String
        public let old: String?
        public let new: String?
    }

    public let inputs: [Change]
    /// Derived figures by name (`支出完成率`, `自评总分`, `等级` …).
    public let figures: [Change]

    public var isEmpty: Bool { inputs.isEmpty && figures.isEmpty }

    public static func compare(_ old: UnitReport, _ new: UnitReport) -> ReportDiff {
        ReportDiff(inputs: changes(flatten(old.document.root), flatten(new.document.root)),
                   figures: changes(derived(old), derived(new)))
    }

    private static func changes(_ old: [(String, String)], _ new: [(String, String)]) -> [Change] {
        let oldValues = Dictionary(old, uniquingKeysWith: { first, _ in first })
        let newValues = Dictionary(new, uniquingKeysWith: { first, _ in first })
        var result = new.compactMap { path, value in oldValues[path] == value ? nil : Change(path: path, old: oldValues[path], new: value) }
        result += old.filter { newValues[$0.0] == nil }.map { Change(path: $0.0, old: $0.1, new: nil) }
        return result
    }

    /// Every scalar of a tree with its key path (list items numbered from 1).
    private static func flatten(_ node: DataNode, _ path: String = "") -> [(String, String)] {
        switch node.value {
        case .map(let map) where !map.isEmpty:
            return map.flatMap { flatten($0.value, path.isEmpty ? $0.key : "\(path).\($0.key)") }
        case .list(let items) where !items.isEmpty:
            return items.enumerated().flatMap { flatten($0.element, "\(path)[\($0.offset + 1)]") }
        case .map, .list: return [(path, "（空）")]
        case .null: return [(path, "（空）")]
        case .bool(let flag): return [(path, flag ? "是" : "否")]
        case .number(let number): return [(path, number.text)]
        case .string(let text): return [(path, text)]
        }
    }

    /// The report model's derived figures, each written as the documents write it.
    private static func derived(_ report: UnitReport) -> [(String, String)] {
        var values = report.figures.map { ($0.name, $0.text) }
        if let score = report.selfScore {
            values.append(("自评总分", score.total.text))
            values.append(("等级", score.grade))
        }
        if let execution = report.scoreSheet?.executionScore { values.append(("执行率得分", Figure.format(execution.score))) }
        return values
    }
}
