import Foundation
import JixiaoModel
import JixiaoReader
import JixiaoTemplates

/// What the document templates see: the report model mapped to template values, nothing
/// computed here. The shape is complete: every name below and every data-file key exists in
/// every render (absent values are `none`, absent lists empty), so a template never fails on
/// a file that checked clean.
///
/// - every key of the data file (`UnitReport.completeTree`), `自定义` included;
/// - `比率.<名称>` for every rate jixiao knows: `值` (`99.72%`, or none when not computed),
///   `算式`, `数值`, `适用` (computed and its denominator is not 0); `比率列表`, the computed
///   rates in report order, each with `名称`;
/// - `评分`: `总分`, `等级`, `分值合计`, `执行率得分`, `计算得分` (rule-scored rows with their working);
/// - `合计`: the totals the forms print (`三公经费`, `公务用车`, `项目支出` columns, the staffing totals,
///   `收入同比增减`);
/// - `指标表`: the scoring sheet's rows grouped by 一级 and 二级 in framework order;
/// - `年份` (`本年`, `上年`, `下年`), `内设机构数`, `文件名` of the three documents, and
///   `待填写`: for each key of a required section the unit left empty, the marker printed there
///   (`【待填写：存在问题】`); a key is in it only when the format requires it and it is empty.
enum DocumentData {
    static func names(for report: UnitReport, documentNames: [String: String]) -> TemplateMap {
        var names = TemplateData.names(of: report.completeTree)
        var rates = TemplateMap()
        for name in Figure.allNames {
            let figure = report.figure(named: name)
            rates[name] = .map(TemplateMap([
                ("值", figure.map { .string($0.text) } ?? .none), ("算式", figure.map { .string($0.formula) } ?? .none),
                ("数值", figure?.percent.map { .decimal(TemplateDecimal($0, scale: 2)) } ?? .none),
                ("适用", .bool(figure?.percent != nil)),
            ]))
        }
        names["比率"] = .map(rates)
        names["比率列表"] = .list(report.figures.map { figure in
            .map(TemplateMap([("名称", .string(figure.name)), ("值", .string(figure.text)), ("算式", .string(figure.formula)),
                              ("适用", .bool(figure.percent != nil))]))
        })
        names["评分"] = score(report)
        names["合计"] = totals(report.totals)
        names["指标表"] = .list(report.scoreTable.map(group))
        let year = report.year
        names["年份"] = .map(TemplateMap([
            ("本年", year.map { .integer($0) } ?? .none), ("上年", year.map { .integer($0 - 1) } ?? .none), ("下年", year.map { .integer($0 + 1) } ?? .none),
        ]))
        names["内设机构数"] = .integer(report.internalUnitCount)
        names["文件名"] = .map(TemplateMap(documentNames.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) }))
        names["待填写"] = .map(unfilledMarkers(report.unfilledSections))
        return names
    }

    /// `自评工作.报送情况|自评工作.报送日期` (either will do) gives both keys the one marker.
    private static func unfilledMarkers(_ sections: [String]) -> TemplateMap {
        var markers = TemplateMap()
        for section in sections {
            let keys = section.split(separator: "|").map(String.init)
            for key in keys { markers[key] = .string("【待填写：\(keys.joined(separator: "或"))】") }
        }
        return markers
    }

    private static func score(_ report: UnitReport) -> TemplateValue {
        let sheet = report.scoreSheet
        return .map(TemplateMap([
            ("总分", report.selfScore.map { amount($0.total) } ?? .none),
            ("等级", report.selfScore.map { .string($0.grade) } ?? .none),
            ("分值合计", sheet?.totalWeight.map { .decimal(TemplateDecimal($0, scale: 0)) } ?? .none),
            ("执行率得分", sheet?.executionScore.map { .decimal(TemplateDecimal($0.score, scale: 2)) } ?? .none),
            ("计算得分", .list((sheet?.computedScores ?? []).map { item in
                .map(TemplateMap([("名称", .string(item.name)), ("分值", .decimal(TemplateDecimal(item.weight, scale: 0))),
                                  ("得分", .decimal(TemplateDecimal(item.score, scale: 2))), ("说明", .string(item.working))]))
            })),
        ]))
    }

    private static func totals(_ totals: ReportTotals) -> TemplateValue {
        func columns(_ row: ReportTotals.Columns) -> TemplateValue {
            .map(TemplateMap([("上年决算数", amount(row.lastYear)), ("预算数", amount(row.budget)), ("决算数", amount(row.final))]))
        }
        return .map(TemplateMap([
            ("三公经费", columns(totals.threePublic)), ("公务用车", columns(totals.vehicles)), ("项目支出", columns(totals.projects)), ("公用经费", columns(totals.publicFunds)),
            ("核定编制", amount(totals.staffQuota)), ("在职人员", amount(totals.staffInPost)), ("退休人员", amount(totals.retired)),
            ("收入同比增减", amount(totals.incomeChange)),
        ]))
    }

    private static func group(_ group: ScoreTable.Group) -> TemplateValue {
        let subgroups: [TemplateValue] = group.subgroups.map { subgroup in
            let rows = subgroup.rows.map { TemplateData.value(of: $0) }
            return .map(TemplateMap([("名称", .string(subgroup.name)), ("行数", .integer(rows.count)), ("行", .list(rows)),
                                     ("指标解释", subgroup.explanation.map(TemplateValue.string) ?? .none),
                                     ("评分标准", subgroup.standard.map(TemplateValue.string) ?? .none)]))
        }
        return .map(TemplateMap([("名称", .string(group.name)), ("行数", .integer(group.rowCount)), ("下级", .list(subgroups))]))
    }

    private static func amount(_ amount: Amount?) -> TemplateValue {
        guard let amount else { return .none }
        if amount.scale == 0, let integer = Int(amount.text) { return .integer(integer) }
        return .decimal(TemplateDecimal(amount.value, scale: amount.scale))
    }
}
