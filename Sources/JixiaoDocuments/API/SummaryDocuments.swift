import Foundation
import JixiaoDiagnostics
import JixiaoModel
import JixiaoTemplates

/// The 汇总表 of many units as files: Markdown, print-ready HTML and Word from the templates
/// `共用/汇总表.md` and `共用/汇总表.html` (Word converted from the HTML), and CSV (UTF-8 with a BOM, so Excel and WPS open the
/// Chinese intact).
public enum SummaryDocuments {
    /// The bytes of the table in each of `formats` (Markdown, HTML, Word), from the templates
    /// folder; HTML and Word are made from one rendering of `汇总表.html`.
    public static func render(_ table: SummaryTable, templates: String, formats: [DocumentFormat]) throws(Diagnostic) -> [[UInt8]] {
        var pages: [String: String] = [:]
        var files: [[UInt8]] = []
        for format in formats {
            let suffix = format.templateExtension
            if pages[suffix] == nil {
                let path = try DocumentTemplates.path("汇总表", suffix: suffix, region: "共用", in: templates)
                pages[suffix] = try TemplateLibrary(contentsOf: path).render(names(of: table), format: format.escaping)
            }
            files.append(format.contents(of: pages[suffix]!, stamp: nil).bytes)
        }
        return files
    }

    /// The table as CSV: a header row, a row per unit, then 合计 and 平均.
    public static func csv(_ table: SummaryTable) -> [UInt8] {
        var lines = [(["单位", "年度", "报告格式", "支出决算数（万元）"] + SummaryTable.rateNames + ["自评总分", "等级", "错误", "警告", "超过100%的比率", "数据文件"])]
        for row in table.rows {
            lines.append([row.unit, row.year.map(String.init) ?? "", row.format ?? "", row.spending?.text ?? ""] + row.rates.map { $0 ?? "" }
                         + [row.totalScore?.text ?? "", row.grade ?? "", String(row.errors), String(row.warnings), row.ratesOver100.joined(separator: "、"), row.file])
        }
        let blanks = Array(repeating: "", count: SummaryTable.rateNames.count)
        lines.append(["合计", "", "", table.totalSpending?.text ?? ""] + blanks + ["", "", "", "", "", ""])
        lines.append(["平均", "", "", ""] + blanks + [table.averageScore?.text ?? "", "", "", "", "", ""])
        let text = lines.map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
        return [0xEF, 0xBB, 0xBF] + Array(text.utf8)
    }

    /// RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled; a field
    /// that a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) is prefixed with `'`.
    private static func field(_ text: String) -> String {
        var text = text
        if let first = text.first, "=+@".contains(first) || (first == "-" && Decimal(string: text) == nil) { text = "'" + text }
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private static func names(of table: SummaryTable) -> TemplateMap {
        func amount(_ amount: Amount?) -> TemplateValue {
            amount.map { .decimal(TemplateDecimal($0.value, scale: $0.scale)) } ?? .none
        }
        let rows: [TemplateValue] = table.rows.enumerated().map { index, row in
            .map(TemplateMap([
                ("序号", .integer(index + 1)), ("单位", .string(row.unit)), ("年度", row.year.map { .integer($0) } ?? .none),
                ("报告格式", row.format.map { .string($0) } ?? .none), ("支出决算数", amount(row.spending)),
                ("比率", .list(row.rates.map { $0.map { .string($0) } ?? .none })), ("自评总分", amount(row.totalScore)),
                ("等级", row.grade.map { .string($0) } ?? .none), ("错误", .integer(row.errors)), ("警告", .integer(row.warnings)),
                ("超过100", .list(row.ratesOver100.map { .string($0) })), ("数据文件", .string(row.file)),
            ]))
        }
        return TemplateMap([
            ("行", .list(rows)), ("比率名", .list(SummaryTable.rateNames.map { .string($0) })), ("单位数", .integer(table.rows.count)),
            ("支出决算数合计", amount(table.totalSpending)), ("平均总分", amount(table.averageScore)),
            ("等级分布", .list(table.gradeCounts.map { .map(TemplateMap([("等级", .string($0.grade)), ("个数", .integer($0.count))])) })),
        ])
    }
}
