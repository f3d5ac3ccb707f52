import JixiaoModel
import JixiaoReader
import JixiaoTemplates

/// The scoring sheet's indicator rows grouped as the form prints them: 一级, then 二级, then
/// the rows, in the framework's order, each group with its row count (the HTML rowspan).
/// A 二级 the framework lists but the unit did not fill in is printed as an empty row, as
/// seed 002's sheet prints 经济效益指标 and 生态效益指标.
enum ScoreTable {
    struct Row {
        var first: String
        var second: String
        var value: TemplateValue
    }

    static func groups(for report: UnitReport) -> TemplateValue {
        let rows = rowsOfSheet(report.document.root)
        var order: [(String, [String])] = []
        if let framework = report.framework {
            order = framework.indicators.filter { !$0.isScoredByRule }.map { ($0.name, $0.children.map(\.name)) }
        }
        for row in rows where !order.contains(where: { $0.0 == row.first }) { order.append((row.first, [])) }
        let groups: [TemplateValue] = order.map { first, listedSeconds in
            let mine = rows.filter { $0.first == first }
            var seconds = listedSeconds
            for row in mine where !seconds.contains(row.second) { seconds.append(row.second) }
            if seconds.isEmpty { seconds = [""] }
            let subgroups: [TemplateValue] = seconds.map { second in
                let items = mine.filter { $0.second == second }.map(\.value)
                let printed = items.isEmpty ? [TemplateValue.map(TemplateMap())] : items
                return .map(TemplateMap([("名称", .string(second)), ("行数", .integer(printed.count)), ("行", .list(printed))]))
            }
            let count = subgroups.reduce(0) { total, group in
                if case .map(let map) = group, case .integer(let rows)? = map["行数"] { return total + rows }
                return total
            }
            return .map(TemplateMap([("名称", .string(first)), ("行数", .integer(count)), ("下级", .list(subgroups))]))
        }
        return .list(groups)
    }

    private static func rowsOfSheet(_ root: DataNode) -> [Row] {
        guard case .list(let items) = root.node(at: "自评表.指标")?.value else { return [] }
        return items.map { item in
            func text(_ key: String) -> String {
                if case .string(let text)? = item[key]?.value { return text }
                return ""
            }
            return Row(first: text("一级指标"), second: text("二级指标"), value: TemplateData.value(of: item))
        }
    }
}
