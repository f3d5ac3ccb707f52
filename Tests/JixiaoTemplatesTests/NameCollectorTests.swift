import JixiaoTemplates
import Testing

/// `TemplateLibrary.referencedNames`: the data paths a template reads, through `set` and `for`
/// bindings, in macros, includes and blocks.
@Suite struct NameCollectorTests {
    @Test(arguments: [
        ("{{ 评价单位 }}", ["评价单位"]),
        ("{% set 收入 = 收支情况.收入 %}{{ 收入.决算数|金额 }}", ["收支情况.收入.决算数"]),
        ("{% for 项 in 项目支出明细 %}{{ 项.名称 }}{% endfor %}", ["项目支出明细[].名称"]),
        ("{% if 三公经费.说明 is not none %}x{% endif %}", ["三公经费.说明"]),
        ("{{ 三公经费['因公出国（境）费'].决算数 }}", ["三公经费.因公出国（境）费.决算数"]),
        ("{% macro 段(x) %}{{ x }}{% endmacro %}{{ 段(收支情况.说明) }}", ["段", "收支情况.说明", "x"]),
        ("{% for k, v in 支出.决算构成|items %}{{ v }}{% endfor %}", ["支出.决算构成", "v"]),
        ("{{ a.b if c else d[0] }}", ["a.b", "c", "d[]"]),
    ])
    func readsThePathsTheTemplateUses(_ template: String, _ expected: [String]) throws {
        let library = try TemplateLibrary(templates: ["main.txt": template], main: "main.txt")
        #expect(library.referencedNames == Set(expected))
    }

    @Test func includesAndBlocksAreRead() throws {
        let library = try TemplateLibrary(templates: [
            "base.txt": "{% block 正文 %}{% endblock %}{{ 填报日期 }}",
            "main.txt": "{% extends 'base.txt' %}{% block 正文 %}{% include 'part.txt' %}{% endblock %}",
            "part.txt": "{{ 存在问题 }}",
        ], main: "main.txt")
        #expect(library.referencedNames == ["填报日期", "存在问题"])
    }
}
