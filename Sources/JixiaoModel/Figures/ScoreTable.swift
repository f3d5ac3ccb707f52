import JixiaoReader

/// The 自评表's indicator rows as the form prints them: grouped by 一级 then 二级 in the
/// framework's order (names the framework lacks after), so that a sheet shows the framework's
/// whole tree even where the unit scored nothing yet.
public enum ScoreTable {
    /// One 一级指标 of the sheet with its 二级 groups, in the framework's order.
    public struct Group: Sendable {
        public let name: String
        public let subgroups: [Subgroup]
        /// The rows under it: the HTML rowspan.
        public var rowCount: Int { subgroups.reduce(0) { $0 + $1.rows.count } }
    }

    /// One 二级指标 with the rows the unit scored under it; a 二级 the framework lists but the
    /// unit did not fill in has one empty row, as the form prints it (seed 002's 经济效益指标).
    public struct Subgroup: Sendable {
        public let name: String
        /// The framework's 指标解释 and 评分标准 for this 二级指标, if it words them.
        public var explanation: String? = nil
        public var standard: String? = nil
        /// The indicator rows as the unit wrote them, every key present (`CompleteTree`).
        public let rows: [DataNode]
    }

    /// The rows grouped by 一级 then 二级, in the framework's order, names it lacks after.
    static func groups(of rows: [UnitData.IndicatorRow], framework: Framework?) -> [Group] {
        let scored = framework?.indicators.filter { !$0.isScoredByRule } ?? []
        var order: [(String, [String])] = scored.map { ($0.name, $0.children.map(\.name)) }
        for row in rows {
            let first = row.first?.value ?? ""
            if !order.contains(where: { $0.0 == first }) { order.append((first, [])) }
        }
        return order.map { first, listed in
            let mine = rows.filter { ($0.first?.value ?? "") == first }
            var seconds = listed
            for row in mine where !seconds.contains(row.second?.value ?? "") { seconds.append(row.second?.value ?? "") }
            if seconds.isEmpty { seconds = [""] }
            return Group(name: first, subgroups: seconds.map { second in
                let rows = mine.filter { ($0.second?.value ?? "") == second }.map { CompleteTree.indicatorRow($0.node) }
                let wording = scored.first { $0.name == first }?.children.first { $0.name == second }
                return Subgroup(name: second, explanation: wording?.explanation, standard: wording?.standard,
                                rows: rows.isEmpty ? [CompleteTree.indicatorRow(nil)] : rows)
            })
        }
    }
}
