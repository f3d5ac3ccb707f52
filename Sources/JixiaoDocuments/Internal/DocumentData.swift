import Foundation
import JixiaoModel
import JixiaoReader
import JixiaoTemplates

/// What the document templates see: the data file's own keys, plus everything jixiao computes,
/// computed once here so that every document prints the same value.
///
/// - `比率.<名称>`: `值` (`99.72%` or `不适用`), `算式`, `数值` (the percent as a decimal), `适用`.
/// - `评分`: `总分`, `等级`, `分值合计`, `执行率得分`, `计算得分` (rule-scored rows with their working).
/// - `合计`: totals the forms print but a unit need not type: each 三公 column and its 公务用车
///   subtotal, 项目支出明细 columns, staffing totals.
/// - `年份`: `本年` (评价年度), `上年`, `下年`; `内设机构数`; `文件名` of the three documents.
enum DocumentData {
    static func names(for report: UnitReport, documentNames: [String: String]) -> TemplateMap {
        let root = report.document.root
        var names = TemplateData.names(of: root)
        for path in DataFileReference.recordPaths { names = ensuringRecord(at: path[...], in: names) }
        var rates = TemplateMap()
        for figure in report.figures {
            rates[figure.name] = .map(TemplateMap([
                ("值", .string(figure.text)), ("算式", .string(figure.formula)),
                ("数值", figure.percent.map { .decimal(TemplateDecimal($0, scale: 2)) } ?? .none), ("适用", .bool(figure.percent != nil)),
            ]))
        }
        names["比率"] = .map(rates)
        if let sheet = report.scoreSheet {
            names["评分"] = .map(TemplateMap([
                ("总分", .decimal(TemplateDecimal(sheet.total, scale: 0))), ("等级", .string(sheet.grade)),
                ("分值合计", weightsAreKnown(root, sheet) ? .decimal(TemplateDecimal(sheet.totalWeight, scale: 0)) : .none),
                ("执行率得分", sheet.executionScore.map { .decimal(TemplateDecimal($0, scale: 2)) } ?? .none),
                ("计算得分", .list(sheet.computedScores.map { item in
                    .map(TemplateMap([("名称", .string(item.name)), ("分值", .decimal(TemplateDecimal(item.weight, scale: 0))),
                                      ("得分", .decimal(TemplateDecimal(item.score, scale: 2))), ("说明", .string(item.working))]))
                })),
            ]))
        } else if let total = root.node(at: "自评结果.总分"), case .number(let number) = total.value {
            let grade = report.framework?.grade(for: number.decimal) ?? Grading.grade(for: number.decimal, region: root["报告格式"].flatMap(text))
            names["评分"] = .map(TemplateMap([("总分", TemplateData.value(of: total)), ("等级", .string(grade))]))
        }
        names["合计"] = .map(totals(in: root))
        names["指标表"] = ScoreTable.groups(for: report)
        if case .number(let year) = root["评价年度"]?.value, let value = Int(year.text) {
            names["年份"] = .map(TemplateMap([("本年", .integer(value)), ("上年", .integer(value - 1)), ("下年", .integer(value + 1))]))
        }
        if case .list(let units) = root.node(at: "单位基本情况.内设机构")?.value { names["内设机构数"] = .integer(units.count) }
        names["文件名"] = .map(TemplateMap(documentNames.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) }))
        return names
    }

    /// Whether any weight was given: a sheet whose 分值 are all unknown (Guangdong's official
    /// maxima were not found) prints no total weight rather than 0.
    private static func weightsAreKnown(_ root: DataNode, _ sheet: ScoreSheet) -> Bool {
        if !sheet.computedScores.isEmpty { return true }
        guard case .list(let rows) = root.node(at: "自评表.指标")?.value else { return false }
        return rows.contains { $0["分值"] != nil }
    }

    /// `names` with an (empty) mapping at `path` when the file has none there.
    private static func ensuringRecord(at path: ArraySlice<String>, in map: TemplateMap) -> TemplateMap {
        guard let key = path.first else { return map }
        var map = map
        var child = TemplateMap()
        switch map[key] {
        case .map(let existing)?: child = existing
        case nil, .none?: break
        default: return map
        }
        map[key] = .map(ensuringRecord(at: path.dropFirst(), in: child))
        return map
    }

    private static func text(_ node: DataNode) -> String? {
        if case .string(let text) = node.value { return text }
        return nil
    }

    /// Column totals the base data table prints.
    private static func totals(in root: DataNode) -> TemplateMap {
        let columns = ["上年决算数", "预算数", "决算数"]
        func sum(_ paths: [String]) -> TemplateValue {
            let numbers = paths.compactMap { path -> DataNumber? in
                if case .number(let number) = root.node(at: path)?.value { return number }
                return nil
            }
            guard !numbers.isEmpty else { return .none }
            let scale = numbers.map(\.scale).max() ?? 0
            return .decimal(TemplateDecimal(numbers.reduce(Decimal(0)) { $0 + $1.decimal }, scale: scale))
        }
        var totals = TemplateMap()
        let threePublic = ["公务用车购置费", "公务用车运行维护费", "因公出国（境）费", "公务接待费"]
        totals["三公经费"] = .map(TemplateMap(columns.map { column in
            let typed = root.node(at: "三公经费.合计.\(column)").map { TemplateData.value(of: $0) }
            return (column, typed ?? sum(threePublic.map { "三公经费.\($0).\(column)" }))
        }))
        totals["公务用车"] = .map(TemplateMap(columns.map { ($0, sum(["三公经费.公务用车购置费.\($0)", "三公经费.公务用车运行维护费.\($0)"])) }))
        var projects: [String] = []
        if case .list(let items) = root.node(at: "项目支出明细")?.value { projects = items.indices.map { "项目支出明细.\($0)" } }
        totals["项目支出"] = .map(TemplateMap(columns.map { column in
            (column, sum(projects.map { "\($0).\(column)" }))
        }))
        for staff in ["核定编制", "在职人员", "退休人员"] {
            let path = "单位基本情况.\(staff)"
            if let typed = root.node(at: path + ".合计") {
                totals[staff] = TemplateData.value(of: typed)
            } else if case .map(let map) = root.node(at: path)?.value {
                totals[staff] = sum(map.map { "\(path).\($0.key)" })
            }
        }
        return totals
    }
}
