import JixiaoDiagnostics
import JixiaoReader

/// Next year's data file drafted from this year's: the year moves on, this year's final
/// figures become last year's columns, the figures and scores of the new year are emptied for
/// the unit to fill in, and the organisation, people, duties and narrative stay as a start.
public enum Rollover {
    /// Rows of the base data table whose 决算数 becomes next year's 上年决算数.
    static let threeColumnRows = ["三公经费.公务用车购置费", "三公经费.公务用车运行维护费", "三公经费.因公出国（境）费",
                                  "三公经费.公务接待费", "三公经费.合计", "公用经费", "政府采购"]

    /// The drafted tree for the year after `document`'s.
    public static func nextYear(from document: DataDocument) -> DataNode {
        var root = document.root
        if case .number(let year)? = root["评价年度"]?.value, let value = Int(year.text) {
            root.set(.number(DataNumber(integer: value + 1)), at: ["评价年度"])
        }
        for path in ["填报日期", "通知.标题", "通知.文号", "自评工作.报送日期", "自评结果.总分", "自评结果.等级",
                     "自评表.年度总体目标.实际完成情况", "部门基本支出预算调整"] {
            root.empty(at: path)
        }
        for path in threeColumnRows { root.moveToLastYear(at: path) }
        if case .map(let parts)? = root.node(at: "公用经费.其中")?.value {
            for entry in parts { root.moveToLastYear(at: "公用经费.其中.\(entry.key)") }
        }
        if case .list(let items)? = root.node(at: "项目支出明细")?.value {
            for index in items.indices { root.moveToLastYear(at: "项目支出明细.\(index)") }
        }
        if let stock = root.node(at: "存量资金.年末规模") {
            root.set(stock.value, at: ["存量资金", "上年末规模"])
            root.empty(at: "存量资金.年末规模")
        }
        for path in ["收支情况", "固定资产", "楼堂馆所"] { root.emptyNumbers(at: path) }
        if case .list(let rows)? = root.node(at: "自评表.指标")?.value {
            for index in rows.indices {
                for key in ["得分", "实际完成值", "偏差原因"] { root.empty(at: "自评表.指标.\(index).\(key)") }
            }
        }
        return root
    }
}

private extension DataNode {
    /// Replaces the value at `path` when every step exists (a number steps into a list).
    mutating func set(_ newValue: Value, at path: [String]) {
        guard let first = path.first else {
            value = newValue
            return
        }
        switch value {
        case .map(var map):
            guard let entry = map.entry(forKey: first) else {
                if path.count == 1 { map.append(.init(key: first, keyPosition: position, value: DataNode(newValue, at: position))) }
                value = .map(map)
                return
            }
            var child = entry.value
            child.set(newValue, at: Array(path.dropFirst()))
            map.replace(first, with: child)
            value = .map(map)
        case .list(var items):
            guard let index = Int(first), items.indices.contains(index) else { return }
            items[index].set(newValue, at: Array(path.dropFirst()))
            value = .list(items)
        default:
            return
        }
    }

    mutating func empty(at path: String) {
        guard node(at: path) != nil else { return }
        set(.null, at: path.split(separator: ".").map(String.init))
    }

    /// 决算数 → 上年决算数; 预算数 and 决算数 emptied.
    mutating func moveToLastYear(at path: String) {
        guard case .map = node(at: path)?.value else { return }
        let steps = path.split(separator: ".").map(String.init)
        set(node(at: path + ".决算数")?.value ?? .null, at: steps + ["上年决算数"])
        empty(at: path + ".预算数")
        empty(at: path + ".决算数")
    }

    /// Every number below `path` emptied; the keys stay as the form to fill in.
    mutating func emptyNumbers(at path: String) {
        guard let start = node(at: path) else { return }
        func numberPaths(_ node: DataNode, _ prefix: String) -> [String] {
            switch node.value {
            case .number: return [prefix]
            case .map(let map): return map.flatMap { numberPaths($0.value, "\(prefix).\($0.key)") }
            default: return []
            }
        }
        for numberPath in numberPaths(start, path) { empty(at: numberPath) }
    }
}
