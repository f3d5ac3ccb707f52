import JixiaoTemplates
import Testing

/// Where jixiao differs from Jinja2 on purpose (jinja-subset.md, top): exact decimals and
/// half-up rounding instead of binary floats.
@Suite struct DeliberateDifferenceTests {
    @Test func divisionIsExact() {
        #expect(render("{{ 4 / 2 }} {{ 7 / 2 }} {{ 1 / 3 }} {{ 10 / 4 }} {{ 金额 / 1 }}") == "2 3.5 0.3333333333333333333333333333 2.5 8374036.745")
    }

    @Test func decimalArithmeticHasNoBinaryError() {
        #expect(render("{{ a + b }} {{ b - a }} {{ a * 3 }} {{ (a + b) * 10 == 3 }}") == "0.3 0.1 0.3 True")
    }

    @Test func roundIsHalfUpOnDecimals() {
        // Jinja2 on Python's Decimal gives 2.66 (half-even).
        #expect(render("{{ price|round(2) }} {{ (5 / 2)|round }} {{ price|round(2, 'floor') }} {{ price|round(method='ceil') }}") == "2.67 3 2.66 3.0")
    }

    @Test func floatFilterKeepsExactDigits() {
        #expect(render("{{ 3|float }} {{ '1.10'|float }} {{ price|float }} {{ 'x'|float(0) }}") == "3.0 1.10 2.665 0")
    }

    @Test func decimalsAreFloatsForTests() {
        #expect(render("{{ a is float }} {{ a is number }} {{ n is float }}") == "True True False")
    }
}

@Suite struct OutputFormatTests {
    @Test func formatComesFromTheFileName() {
        #expect(OutputFormat(fileName: "报告.HTML") == .html)
        #expect(OutputFormat(fileName: "报告.md") == .markdown)
        #expect(OutputFormat(fileName: "报告.txt") == .text)
        #expect(OutputFormat(fileName: "报告") == .text)
    }

    @Test func markdownEscapesDataSoItShowsAsTyped() {
        let data = TemplateMap([("s", .string("a|b *c* _d_ `e` [f](g) <h> \\ # 1. x"))])
        #expect(render("{{ s }}", name: "main.md", data: data) == #"a\|b \*c\* \_d\_ \`e\` \[f\](g) \<h\> \\ # 1. x"#)
    }

    @Test func markdownEscapesBlockMarkersOnlyAtALineStart() {
        let data = TemplateMap([("h", .string("# 标题")), ("l", .string("- 项")), ("o", .string("12. 项")), ("p", .string("+ 加"))])
        #expect(render("{{ h }}\n{{ l }}\n{{ o }}\n{{ p }}\n前 {{ h }}", name: "main.md", data: data) == "\\# 标题\n\\- 项\n12\\. 项\n\\+ 加\n前 # 标题")
    }

    /// A macro's output is escaped as a text of its own, its first line a line start, whether it
    /// is printed in place (`{{ m(h) }}`) or taken as a value first (`{{ m(h) ~ '' }}`).
    @Test func aMacroStartsItsOwnLineForMarkdownEscaping() {
        let data = TemplateMap([("h", .string("# 标题"))])
        #expect(render("{% macro m(x) %}{{ x }}|{% endmacro %}{{ m(h) }}{{ m(h) }} 前 {{ m(h) ~ '' }}", name: "main.md", data: data)
            == "\\# 标题|\\# 标题| 前 \\# 标题|")
    }

    @Test func markdownEscapesOnlyWhatWouldBecomeABlock() {
        let data = TemplateMap([("a", .string("0.00")), ("b", .string("1.检查")), ("c", .string("#标签")), ("d", .string("-")), ("e", .string("1) 项"))])
        #expect(render("{{ a }}\n{{ b }}\n{{ c }}\n{{ d }}\n{{ e }}", name: "main.md", data: data) == "0.00\n1.检查\n#标签\n\\-\n1\\) 项")
    }

    @Test func markdownLeavesTemplateTextAndNumbersAlone() {
        #expect(render("| {{ n }} | **{{ -5 }}** |\n", name: "main.md") == "| 5 | **-5** |\n")
    }

    @Test func htmlEscapesEverythingPrintedButSafeText() {
        let data = TemplateMap([("s", .string("<b>\"A&B\"</b>'")), ("n", .integer(5))])
        #expect(render("{{ s }}|{{ s|safe }}|{{ '<i>' }}|{{ n }}", name: "main.html", data: data) == "&lt;b&gt;&#34;A&amp;B&#34;&lt;/b&gt;&#39;|<b>\"A&B\"</b>'|&lt;i&gt;|5")
    }

    @Test func textEscapesNothingButEscapeFilterStillWorks() {
        let data = TemplateMap([("s", .string("<b>|#"))])
        #expect(render("{{ s }} {{ s|e }}", data: data) == "<b>|# &lt;b&gt;|#")
    }

    @Test func formatCanBeOverridden() {
        let data = TemplateMap([("s", .string("<b>"))])
        #expect(render("{{ s }}", name: "main.html", data: data, format: .text) == "<b>")
    }

    @Test func templateSyntaxInDataIsPrintedNotRun() {
        let data = TemplateMap([("s", .string("{{ 单位 }}{% for x in xs %}"))])
        #expect(render("{{ s }}", data: data) == "{{ 单位 }}{% for x in xs %}")
    }
}
