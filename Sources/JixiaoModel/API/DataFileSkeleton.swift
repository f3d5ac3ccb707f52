/// A new unit's data file with every key of `DataFileSchema` in the order of the report, each
/// with a comment saying what goes there; `jixiao init` writes it.
///
/// Values a unit must supply are left empty, so `jixiao check` lists them by key; the few
/// with an obvious value are filled in (the year, the format, the money unit).
public enum DataFileSkeleton {
    /// The skeleton for `format`, optionally with the unit's name and year. A format that cites
    /// no notice (湖南) gets no 通知 block, so `check` does not then ask for one.
    public static func text(format: ReportFormat, unit: String?, year: Int) -> String {
        var lines = [
            "# \(year) 年度部门整体支出绩效自评 数据文件（\(format.name)格式），由 jixiao init 生成。",
            "# 每个键上面的注释说明要填什么。空着的键请填上，不适用的可以删掉整行；运行「jixiao check 本文件」看还缺什么。",
            "# 金额一律按「金额单位」填写数字（不要写千分位逗号，也不要写「万元」）。",
            "# 比率（支出完成率、控制率……）、合计、自评总分和等级由 jixiao 计算，不用填写；填了会核对。",
            "",
        ]
        let preset: [String: String] = [
            "评价年度": String(year), "评价单位": unit.map(quoted) ?? "", "报告格式": format.name, "金额单位": "万元",
            "指标体系": format.defaultFramework.map(quoted) ?? "",
        ]
        let fields = DataFileSchema.root.filter { format.citesNotice || $0.key != DataFileSchema.noticeKey }
        write(fields, indent: "", preset: preset, into: &lines)
        return lines.joined(separator: "\n") + "\n"
    }

    private static func write(_ fields: [Field], indent: String, preset: [String: String], into lines: inout [String]) {
        for field in fields {
            var help = field.help
            if case .amount = field.kind { help += "（金额）" }
            if field.isRequired { help += "（必填）" }
            lines.append("\(indent)# \(help)")
            switch field.kind {
            case .record(let children):
                lines.append("\(indent)\(field.key):")
                write(children, indent: indent + "  ", preset: [:], into: &lines)
            case .list(.record(let children)):
                let example = children.map { "\($0.key): …" }.joined(separator: ", ")
                lines.append("\(indent)\(field.key):")
                lines.append("\(indent)  # 每项一行，例如：- {\(example)}")
            case .breakdown:
                lines.append("\(indent)\(field.key):")
                lines.append("\(indent)  # 按项目列出，例如「名称: 数字」，一行一项")
            default:
                let value = preset[field.key].map { " \($0)" } ?? ""
                lines.append("\(indent)\(field.key):\(value)")
            }
        }
    }

    private static func quoted(_ text: String) -> String {
        text.contains(": ") || text.contains("#") ? "\"" + text.replacingOccurrences(of: "\"", with: "\\\"") + "\"" : text
    }
}

import Foundation
