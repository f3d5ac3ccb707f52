import JixiaoDiagnostics
import JixiaoTemplates
import Testing

/// A template that must fail, where (1️⃣) and with what message.
struct TemplateErrorCase: CustomTestStringConvertible, Sendable {
    let name: String
    let template: String
    let message: String
    var others: [String: String] = [:]

    var testDescription: String { name }
}

@Suite struct TemplateErrorTests {
    static let loadErrors: [TemplateErrorCase] = [
        .init(name: "unknown tag with suggestion", template: "{% for x in xs %}{% 1️⃣endfro %}", message: "未知的模板标签「endfro」"),
        .init(name: "unknown filter", template: "{{ n|1️⃣nosuch }}", message: "未知的过滤器「nosuch」"),
        .init(name: "unknown filter in a branch that never runs", template: "{% if false %}{{ n|1️⃣nosuch }}{% endif %}", message: "未知的过滤器「nosuch」"),
        .init(name: "unknown test", template: "{{ n is 1️⃣oddd }}", message: "未知的测试「oddd」"),
        .init(name: "unclosed if", template: "a\n{% 1️⃣if n %}\nb\n", message: "「{% if %}」没有对应的「{% endif %}」"),
        .init(name: "unclosed for", template: "{% 1️⃣for x in xs %}", message: "「{% for %}」没有对应的「{% endfor %}」"),
        .init(name: "mismatched end tag", template: "{% if n %}{% 1️⃣endfor %}", message: "这里应当是「{% endif %}」，却是「{% endfor %}」"),
        .init(name: "end tag without a start", template: "a{% 1️⃣endif %}", message: "多余的「{% endif %}」，前面没有与它配对的开始标签"),
        .init(name: "unclosed variable", template: "x 1️⃣{{ n", message: "「{{」没有对应的结束符号"),
        .init(name: "unclosed block tag", template: "1️⃣{% if n", message: "「{%」没有对应的结束符号"),
        .init(name: "unclosed comment", template: "1️⃣{# note", message: "「{#」没有对应的结束符号"),
        .init(name: "unclosed raw", template: "1️⃣{% raw %}x", message: "「{% raw %}」没有对应的结束符号"),
        .init(name: "empty expression", template: "a 1️⃣{{ }}", message: "「{{ }}」里没有写表达式"),
        .init(name: "two else in if", template: "{% if n %}a{% else %}b{% 1️⃣else %}c{% endif %}", message: "「{% if %}」里有两个「{% else %}」"),
        .init(name: "two else in for", template: "{% for x in xs %}a{% else %}b{% 1️⃣else %}c{% endfor %}", message: "「{% for %}」里有两个「{% else %}」"),
        .init(name: "stray closing parenthesis", template: "{{ 1️⃣) }}", message: "这里应当是一个表达式，却是「)」"),
        .init(name: "missing operand", template: "{{ 1 + 1️⃣}}", message: "这里应当是一个表达式，却是「标签结尾」"),
        .init(name: "text after the expression", template: "{{ n 1️⃣n }}", message: "这里应当是标签结尾，却是「n」"),
        .init(name: "method call", template: "{{ '绩效'1️⃣.upper() }}", message: "jixiao 的模板不支持方法调用「.upper()」"),
        .init(name: "float literal", template: "{{ 1️⃣1.5 }}", message: "jixiao 的模板不支持模板里的小数"),
        .init(name: "integer with underscore", template: "{{ 1️⃣1_000 }}", message: "jixiao 的模板不支持带下划线的整数"),
        .init(name: "Jinja filter outside the subset", template: "{{ xs|1️⃣tojson }}", message: "jixiao 的模板不支持过滤器「tojson」"),
        .init(name: "with tag", template: "{% 1️⃣with a = 1 %}{% endwith %}", message: "jixiao 的模板不支持「with」"),
        .init(name: "recursive loop", template: "{% for x in xs 1️⃣recursive %}{% endfor %}", message: "jixiao 的模板不支持递归循环「recursive」"),
        .init(name: "dict literal", template: "{{ 1️⃣{'a': 1} }}", message: "jixiao 的模板不支持键值表字面量「{…}」"),
        .init(name: "tuple assignment", template: "{% set a1️⃣, b = 1, 2 %}", message: "jixiao 的模板不支持一次给多个变量赋值"),
        .init(name: "namespace", template: "{% set ns = 1️⃣namespace() %}", message: "jixiao 的模板不支持「namespace」"),
        .init(name: "include without a literal name", template: "{% include 1️⃣name %}", message: "「include」后面要写用引号括起的模板文件名"),
        .init(name: "missing include", template: "a\n{% include 1️⃣'页眉.txt' %}", message: "找不到模板文件「页眉.txt」"),
        .init(name: "extends after content", template: "正文{% 1️⃣extends 'base.txt' %}", message: "「{% extends %}」只能写一次，并且写在其他内容之前", others: ["base.txt": ""]),
        .init(name: "duplicate block", template: "{% block a %}{% endblock %}{% 1️⃣block a %}{% endblock %}", message: "区块「a」在同一个模板里定义了两次"),
        .init(name: "bad unicode escape", template: "{{ '1️⃣\\u12' }}", message: "字符串里的转义不正确"),
        .init(name: "raw with plus", template: "{% 1️⃣raw +%}x{% endraw %}", message: "jixiao 的模板不支持「{% raw +%}」"),
        .init(name: "full-width comma after a name", template: "{{ n1️⃣， }}", message: "这里应当是名称或运算符，却是「，」"),
    ]

    static let renderErrors: [TemplateErrorCase] = [
        .init(name: "undefined name", template: "第一行\n{{ 1️⃣缺少的名称 }}", message: "「缺少的名称」没有定义"),
        .init(name: "undefined attribute path", template: "{{ d1️⃣.缺少 }}", message: "「d.缺少」没有定义"),
        .init(name: "if on undefined", template: "{% if 1️⃣缺少 %}{% endif %}", message: "「缺少」没有定义"),
        .init(name: "loop over undefined", template: "{% for x in 1️⃣缺少 %}{% endfor %}", message: "「缺少」没有定义"),
        .init(name: "attribute of undefined in a test", template: "{{ d.缺少1️⃣.x is defined }}", message: "「d.缺少」没有定义"),
        .init(name: "string plus number", template: "{{ '合计' 1️⃣+ 1 }}", message: "运算「+」不能用于文字和整数"),
        .init(name: "ordering text and number", template: "{{ 'a' < 1️⃣1 }}", message: "比较大小不能用于文字和整数"),
        .init(name: "loop over a number", template: "{% for x in 1️⃣n %}{% endfor %}", message: "整数不能用在「for」里逐项取出"),
        .init(name: "division by zero", template: "{{ n 1️⃣/ 0 }}", message: "除数为零"),
        .init(name: "integer overflow", template: "{{ 9223372036854775807 1️⃣+ 1 }}", message: "整数超出范围（最多 19 位）"),
        .init(name: "power overflow", template: "{{ 2 1️⃣** 64 }}", message: "整数超出范围（最多 19 位）"),
        .init(name: "printing a list", template: "{{ 1️⃣xs }}", message: "列表不能直接输出"),
        .init(name: "printing a lazy sequence", template: "{{ xs|1️⃣map('string') }}", message: "「map、select 等」的结果要先经过「|list」等过滤器才能输出或计数"),
        .init(name: "length of a lazy sequence", template: "{{ xs|select('odd')|1️⃣length }}", message: "「length」的结果要先经过「|list」等过滤器才能输出或计数"),
        .init(name: "calling a number", template: "{{ 1️⃣n() }}", message: "「整数」不能调用"),
        .init(name: "too many macro arguments", template: "{% macro m(a) %}{% endmacro %}{{ m1️⃣(1, 2) }}", message: "「m」最多接受 1 个参数"),
        .init(name: "unknown macro keyword", template: "{% macro m(a) %}{% endmacro %}{{ m1️⃣(b=2) }}", message: "「m」没有名为「b」的参数"),
        .init(name: "runaway macro recursion", template: "{% macro m() %}{{ m1️⃣() }}{% endmacro %}{{ m() }}", message: "宏或 include 嵌套调用超过 100 层，可能是无限递归"),
        .init(name: "include cycle", template: "{% include 'a.txt' %}", message: "宏或 include 嵌套调用超过 100 层，可能是无限递归", others: ["a.txt": "{% 1️⃣include 'a.txt' %}"]),
        .init(name: "python method as attribute", template: "{{ d1️⃣.items }}", message: "「.items」是键值表的方法名，jixiao 的模板不支持方法"),
        .init(name: "report filter on text", template: "{{ 单位|1️⃣金额 }}", message: "过滤器「金额」要用在数字上，却用在了文字上"),
        .init(name: "report filter on none", template: "{{ none|1️⃣金额 }}", message: "过滤器「金额」要用在数字上，却用在了空值（none：没有填写的值）上"),
        .init(name: "date filter on a non-date", template: "{{ 单位|1️⃣日期 }}", message: "过滤器「日期」要用在「2025-05-14」这样的日期上，却是「遂溪县人民政府办公室」"),
        .init(name: "huge range", template: "{{ range1️⃣(1000000)|length }}", message: "结果太长（超过 100000 项或字符）"),
        .init(name: "huge string repetition", template: "{{ 'x' 1️⃣* 100000000 }}", message: "结果太长（超过 10000000 项或字符）"),
        .init(name: "runaway nested loops", template: "{% for a in range(10000) %}{% 1️⃣for b in range(10000) %}{% endfor %}{% endfor %}",
              message: "模板运行超过 1000000 步仍未结束，可能是循环套循环的次数太多"),
        .init(name: "loop attribute outside the subset", template: "{% for x in xs %}{{ loop1️⃣.previtem }}{% endfor %}", message: "jixiao 的模板不支持「loop.previtem」"),
    ]

    @Test(arguments: loadErrors + renderErrors)
    func namesFileLineColumnAndWhatIsWrong(_ example: TemplateErrorCase) {
        var others = example.others
        var template = example.template
        var expected: TextPosition
        var file = "main.txt"
        if let (name, text) = others.first(where: { $0.value.contains(marker) }) {
            let (clean, position) = stripMarker(text)
            others[name] = clean
            expected = position
            file = name
        } else {
            (template, expected) = stripMarker(example.template)
        }
        guard let diagnostic = failure(template, others: others) else {
            Issue.record("no error for:\n\(template)")
            return
        }
        #expect(diagnostic.message == example.message, "\(template)")
        #expect(diagnostic.location == Location(file: file, line: expected.line, column: expected.column), "\(template)")
        #expect(diagnostic.sourceLine != nil)
    }

    @Test func suggestionsNameTheNearestKnownName() {
        #expect(failure("{% for x in xs %}{% endfro %}")?.hint == "是否想写「endfor」？")
        #expect(failure("{{ xs|lenght }}")?.hint == "是否想写「length」？")
    }

    @Test func nestingLimitsAllowAHundredLevelsAndRefuseTheNext() {
        func parentheses(_ count: Int) -> String { "{{ " + String(repeating: "(", count: count) + "1" + String(repeating: ")", count: count) + " }}" }
        func ifs(_ count: Int) -> String { String(repeating: "{% if true %}", count: count) + "x" + String(repeating: "{% endif %}", count: count) }
        #expect(render(parentheses(100)) == "1")
        #expect(failure(parentheses(101))?.message == "jixiao 的模板不支持超过 100 层的嵌套")
        #expect(render(ifs(100)) == "x")
        #expect(failure(ifs(101))?.message == "jixiao 的模板不支持超过 100 层嵌套的标签")
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        let deep = "{{ " + String(repeating: "(", count: 5000) + "1" + String(repeating: ")", count: 5000) + " }}"
        #expect(failure(deep)?.message.hasPrefix("jixiao 的模板不支持超过 100 层的嵌套") == true)
        let tags = String(repeating: "{% if true %}", count: 5000) + String(repeating: "{% endif %}", count: 5000)
        #expect(failure(tags)?.message == "jixiao 的模板不支持超过 100 层嵌套的标签")
    }
}
