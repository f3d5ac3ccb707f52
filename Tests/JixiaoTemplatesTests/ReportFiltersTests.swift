import JixiaoTemplates
import Testing

@Suite struct ReportFiltersTests {
    @Test func amountsRoundHalfUpToFixedDigits() {
        #expect(render("{{ 金额|金额 }} {{ 金额|money(1) }} {{ 金额|金额(2, true) }} {{ 1000|金额 }} {{ price|金额 }} {{ -1234567|金额(0, true) }}") == "8374036.75 8374036.7 8,374,036.75 1000.00 2.67 -1,234,567")
    }

    @Test func wanYuanDividesByTenThousand() {
        #expect(render("{{ 金额|万元 }} {{ 金额|万元(4) }} {{ 10000|wan }}") == "837.40 837.4037 1.00")
    }

    @Test func percentTakesARatio() {
        #expect(render("{{ 比率|百分比 }} {{ 比率|percent(1) }} {{ 1|百分比 }}") == "99.72% 99.7% 100.00%")
    }

    @Test(arguments: [
        (1, "一、", "一、"), (3, "（一）", "（三）"), (10, "一、", "十、"), (11, "一、", "十一、"), (20, "（一）", "（二十）"),
        (21, "一、", "二十一、"), (100, "一、", "一百、"), (105, "一、", "一百零五、"), (110, "一、", "一百一十、"),
        (10010, "一", "一万零一十"), (7, "1.", "7."), (12, "（1）", "（12）"), (2, "第一章", "第二章"),
    ])
    func ordinalsFollowTheStyle(number: Int, style: String, expected: String) {
        #expect(render("{{ n|序号(s) }}", data: TemplateMap([("n", .integer(number)), ("s", .string(style))])) == expected)
    }

    @Test func datesReadTheWayDocumentsWriteThem() {
        #expect(render("{{ 日|日期 }} {{ 日|日期('yyyy年MM月dd日') }} {{ '2025/7/8'|date }}") == "2025年5月14日 2025年05月14日 2025年7月8日")
    }

    @Test func tableCellKeepsPipesAndBreaksFromBreakingATable() {
        #expect(render("| {{ text|单元格 }} |", name: "main.md") == "| 第一行 \\| 竖线<br>第二行 |")
        #expect(render("<td>{{ text|cell }}</td>", name: "main.html") == "<td>第一行 | 竖线<br>第二行</td>")
        #expect(render("{{ text|cell }}") == "第一行 | 竖线 第二行")
    }
}

@Suite struct TemplateLibraryTests {
    @Test func includeResolvesAgainstTheMainTemplateAndSharesNames() {
        let output = render("{% for x in xs %}{% include '部分.txt' %}{% endfor %}", others: ["部分.txt": "[{{ x }}{{ 单位[:2] }}]"])
        #expect(output == "[3遂溪][1遂溪][2遂溪]")
    }

    @Test func aMacroInAnIncludedTemplateCanCallItself() {
        let part = "{% macro 列(xs, 层) %}{% for x in xs %}{% if x is string %}{{ 层 }}{{ x }};{% else %}{{ 列(x, 层 + 1) }}{% endif %}{% endfor %}{% endmacro %}{{ 列(['a', ['b', ['c']]], 1) }}"
        #expect(render("{% include '部分.txt' %}", others: ["部分.txt": part]) == "1a;2b;3c;")
    }

    @Test func aMacroInAnIncludedTemplateSeesThatTemplatesNames() {
        let part = "{% set 单位 = '万元' %}{% macro 金(x) %}{{ x }}{{ 单位 }}{% endmacro %}{{ 金(5) }}"
        #expect(render("{% include '部分.txt' %}", others: ["部分.txt": part]) == "5万元")
    }

    @Test func oneCompiledLibraryRendersTheSameFromManyThreadsAtOnce() async throws {
        let library = try TemplateLibrary(templates: ["m.md": "{% for x in xs %}{{ loop.index }}:{{ x }}|{% endfor %}{{ 金额|金额(2, true) }}"], main: "m.md")
        let outputs = await withTaskGroup(of: String.self) { group in
            for _ in 0..<16 { group.addTask { (try? library.render(sampleData)) ?? "" } }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(Set(outputs) == ["1:3|2:1|3:2|8,374,036.75"])
    }

    @Test func loadingAFileFindsItsIncludesBesideIt() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "{% include '页脚.html' %}".write(to: folder.appendingPathComponent("报告.html"), atomically: true, encoding: .utf8)
        try "<p>{{ 单位 }}</p>\r\n".write(to: folder.appendingPathComponent("页脚.html"), atomically: true, encoding: .utf8)
        let library = try TemplateLibrary(contentsOf: folder.appendingPathComponent("报告.html").path)
        #expect(library.format == .html)
        #expect(try library.render(TemplateMap([("单位", .string("A&B"))])) == "<p>A&amp;B</p>\n")
    }

    @Test func missingTemplateFileIsNamed() {
        do {
            _ = try TemplateLibrary(contentsOf: "/no/such/模板.md")
            Issue.record("a missing template loaded")
        } catch {
            #expect(error.location.description == "/no/such/模板.md")
            #expect(error.message == "找不到模板文件")
            #expect(error.hint == "检查模板文件的路径")
        }
    }
}

import Foundation
