import Foundation
import JixiaoTemplates

/// Renders a report-sized Markdown template many times and prints microseconds per render:
/// a few hundred template lines, an include, 60 table rows of 8 cells, 40 paragraphs and 30
/// formatted amounts, all Chinese text, as a real report has.
enum TemplateBenchmark {
    static func run(arguments: [String]) {
        let iterations = arguments.first.flatMap { Int($0) } ?? 2000
        let library: TemplateLibrary
        do {
            library = try TemplateLibrary(templates: ["报告.md": reportTemplate, "封面.md": coverTemplate], main: "报告.md")
        } catch {
            print("模板有错：\(error.message)")
            exit(1)
        }
        let data = reportData
        let sample: String
        do {
            sample = try library.render(data)
        } catch {
            print("渲染失败：\(error.location) \(error.message)")
            exit(1)
        }
        let lines = reportTemplate.split(separator: "\n").count + coverTemplate.split(separator: "\n").count
        print("模板 \(lines) 行，输出 \(sample.split(separator: "\n").count) 行、\(sample.utf8.count) 字节，渲染 \(iterations) 次")
        for _ in 0..<max(iterations / 10, 1) { _ = try? library.render(data) }
        let elapsed = ContinuousClock().measure {
            for _ in 0..<iterations { _ = try? library.render(data) }
        }
        let nanoseconds = elapsed.components.seconds * 1_000_000_000 + elapsed.components.attoseconds / 1_000_000_000
        let tenthsOfMicroseconds = nanoseconds / 100 / Int64(iterations)
        print("jixiao 模板：每次 \(tenthsOfMicroseconds / 10).\(tenthsOfMicroseconds % 10) 微秒")
    }

    static let coverTemplate = """
        附件{{ 附件编号 }}

        # 部门整体支出绩效自评报告

        评价年度：{{ 年度 }} 年度

        评价单位（公章）：{{ 单位 }}

        填报日期：{{ 填报日期|日期 }}

        """

    static var reportTemplate: String {
        var lines = ["{% include '封面.md' %}", ""]
        lines.append("根据（{{ 文号 }}）《{{ 通知标题 }}》要求，我单位及时布置自评，成立自评工作小组。现将{{ 年度 }}年度{{ 单位 }}整体支出绩效自评情况报告如下：")
        for section in 1...4 {
            lines.append("")
            lines.append("## {{ \(section)|序号 }}第\(section)部分")
            lines.append("{% for 段 in 段落 if 段.部分 == \(section) %}")
            lines.append("{{ loop.index|序号('（一）') }}{{ 段.标题 }}。{{ 段.正文 }}")
            lines.append("")
            lines.append("{% endfor %}")
            for fixed in 1...40 {
                lines.append("{% if 显示说明 %}第\(section)部分说明第\(fixed)行：{{ 单位 }}严格执行预算管理制度，{{ 年度 }}年度无超支。{% endif %}")
            }
        }
        lines += [
            "", "| 序号 | 一级指标 | 二级指标 | 三级指标 | 分值 | 得分 | 执行率 | 说明 |", "|---|---|---|---|---|---|---|---|",
            "{% for 行 in 指标 %}",
            "| {{ loop.index }} | {{ 行.一级 }} | {{ 行.二级 }} | {{ 行.三级|单元格 }} | {{ 行.分值 }} | {{ 行.得分 }} | {{ 行.执行率|百分比 }} | {{ 行.说明|单元格 }} |",
            "{% endfor %}",
            "| 合计 | | | | {{ 指标|sum(attribute='分值') }} | {{ 指标|sum(attribute='得分') }} | | |", "",
            "{% for 额 in 金额 %}",
            "- {{ 额.名称 }}：{{ 额.数|金额(2, true) }} 元（{{ 额.数|万元 }} 万元）{% if not loop.last %}；{% endif %}",
            "{% endfor %}",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    static var reportData: TemplateMap {
        let paragraph = String(repeating: "本单位坚持以新发展理念为指导，围绕中心工作，认真细致扎实做好各项服务工作。", count: 3)
        let rows: [TemplateValue] = (1...60).map { index in
            .map(TemplateMap([
                ("一级", .string(["产出", "效益", "满意度", "成本"][index % 4])), ("二级", .string("数量指标\(index)")),
                ("三级", .string("完成第\(index)项重点工作 | 含说明")),
                ("分值", .integer(index % 5 + 1)), ("得分", .decimal(TemplateDecimal("\(index % 5).5")!)),
                ("执行率", .decimal(TemplateDecimal("0.99\(index % 10)7")!)), ("说明", .string("按计划完成\n无偏差")),
            ]))
        }
        let paragraphs: [TemplateValue] = (1...40).map { .map(TemplateMap([("部分", .integer($0 % 4 + 1)), ("标题", .string("第\($0)项工作")), ("正文", .string(paragraph))])) }
        let amounts: [TemplateValue] = (1...30).map { .map(TemplateMap([("名称", .string("支出科目\($0)")), ("数", .decimal(TemplateDecimal("\($0)8374036.75")!))])) }
        return TemplateMap([
            ("附件编号", .integer(6)), ("年度", .integer(2024)), ("单位", .string("遂溪县人民政府办公室本级")),
            ("填报日期", .string("2025-07-28")), ("文号", .string("遂财绩〔2025〕6号")),
            ("通知标题", .string("关于开展2024年县级财政资金绩效自评工作的通知")), ("显示说明", .bool(true)),
            ("段落", .list(paragraphs)), ("指标", .list(rows)), ("金额", .list(amounts)),
        ])
    }
}
