import JixiaoDiagnostics
import JixiaoTemplates
import Testing

/// Int.min, Int.max, 0, −1 and huge values through every arithmetic operator and every numeric
/// filter argument: each gives Python's answer or a located error, never a trap or a hang.
@Suite struct RendererArithmeticTests {
    static let min = "(-9223372036854775807 - 1)"
    static let max = "9223372036854775807"
    static let overflow = "整数超出范围（最多 19 位）"

    /// The operand values every operator meets, as template text.
    static let operands = [min, max, "0", "-1", "1", "(-7)", "7"]

    /// Every operator with every pair of edge operands renders or fails with a message, and the
    /// results that fit in 64 bits are Python's (floor division and modulo round toward −∞).
    @Test(arguments: ["+", "-", "*", "//", "%", "/", "**"])
    func everyOperatorMeetsEveryEdgeOperand(_ op: String) {
        for left in Self.operands {
            for right in Self.operands {
                let template = "{{ \(left) \(op) \(right) }}"
                switch outcome(template) {
                case .rendered: break
                case .failed(let diagnostic):
                    #expect(diagnostic.location.line == 1 && diagnostic.location.column > 1, "\(template)")
                    #expect(["整数超出范围（最多 19 位）", "除数为零", "数字超出能精确计算的范围（最多 38 位有效数字）"].contains(diagnostic.message), "\(template): \(diagnostic.message)")
                }
            }
        }
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let template: String
        /// The output, or the message of the error at the 1️⃣ marker.
        let expected: String
        var testDescription: String { template }
    }

    static let cases: [Case] = [
        // The crashes issue 12 lists.
        .init(template: "{{ \(min) 1️⃣// -1 }}", expected: overflow),
        .init(template: "{{ \(min) % -1 }}", expected: "0"),
        .init(template: "{{ -7 // 2 }} {{ -7 % 2 }} {{ 7 // -2 }} {{ 7 % -2 }} {{ \(min) // 1 }}", expected: "-4 1 -4 -1 -9223372036854775808"),
        .init(template: "{{ range1️⃣(\(min), \(max))|length }}", expected: "结果太长（超过 100000 项或字符）"),
        .init(template: "{{ range(\(min), \(max), \(max))|join(',') }}", expected: "-9223372036854775808,-1,9223372036854775806"),
        .init(template: "{{ range(\(max), \(min), -\(max))|join(',') }}", expected: "9223372036854775807,0,-9223372036854775807"),
        .init(template: "{{ range(5, 0, -2)|join(',') }} {{ range(0, 10, 3)|join(',') }} {{ range(3, 3)|length }}", expected: "5,3,1 0,3,6,9 0"),
        .init(template: "{{ 'ff'|1️⃣int(base=1) }}", expected: "「int」的参数「base」是 1，只能是 2 到 36"),
        .init(template: "{{ 'ff'|1️⃣int(base=\(min)) }}", expected: "「int」的参数「base」是 -9223372036854775808，只能是 2 到 36"),
        .init(template: "{{ 'ff'|int(base=16) }} {{ 'zz'|int(base=36) }} {{ '绩效'|int }}", expected: "255 1295 0"),
        .init(template: "{{ '9223372036854775808'|1️⃣int }}", expected: overflow),
        .init(template: "{{ '-9223372036854775809'|1️⃣int }}", expected: overflow),
        .init(template: "{{ '1e30'|1️⃣int }}", expected: overflow),
        .init(template: "{{ 'zzzzzzzzzzzzzzzz'|1️⃣int(base=36) }}", expected: overflow),
        .init(template: "{{ '9223372036854775807'|int }} {{ '-9223372036854775808'|int }}", expected: "9223372036854775807 -9223372036854775808"),
        .init(template: "{{ 12|1️⃣金额(\(max)) }}", expected: "「金额」的参数「位数」是 9223372036854775807，只能是 0 到 28"),
        .init(template: "{{ 12|1️⃣金额(1000000000) }}", expected: "「金额」的参数「位数」是 1000000000，只能是 0 到 28"),
        .init(template: "{{ 12|1️⃣金额(-1) }}", expected: "「金额」的参数「位数」是 -1，只能是 0 到 28"),
        .init(template: "{{ 12|1️⃣万元(\(min)) }}", expected: "「万元」的参数「位数」是 -9223372036854775808，只能是 0 到 28"),
        .init(template: "{{ 1|1️⃣百分比(29) }}", expected: "「百分比」的参数「位数」是 29，只能是 0 到 28"),
        .init(template: "{{ 12|金额(0) }} {{ 12|金额(28)|length }}", expected: "12 31"),
        .init(template: "{{ 's'|1️⃣indent(\(max)) }}", expected: "「indent」的参数「width」是 9223372036854775807，只能是 0 到 1000"),
        .init(template: "{{ 's'|1️⃣indent(1000000000) }}", expected: "「indent」的参数「width」是 1000000000，只能是 0 到 1000"),
        .init(template: "{{ 's'|1️⃣indent(-1) }}", expected: "「indent」的参数「width」是 -1，只能是 0 到 1000"),
        .init(template: "{{ 'a\nb'|indent(0) }}|{{ 'a\nb'|indent(2, true) }}", expected: "a\nb|  a\n  b"),
        .init(template: "{{ '%999999999d'|1️⃣format(1) }}", expected: "「format」的参数「宽度」是 999999999，只能是 0 到 1000"),
        .init(template: "{{ '%99999999999999999999d'|1️⃣format(1) }}", expected: "「format」的参数「宽度」是 9223372036854775807，只能是 0 到 1000"),
        .init(template: "{{ '%.999999999f'|1️⃣format(1) }}", expected: "「format」的参数「精度」是 999999999，只能是 0 到 28"),
        .init(template: "{{ '%5d|%-3s|%.2f|%05d'|format(42, 'ab', 7, -3) }}", expected: "   42|ab |7.00|-0003"),
        .init(template: "{{ 5|1️⃣round(\(max)) }}", expected: "「round」的参数「precision」是 9223372036854775807，只能是 0 到 28"),
        .init(template: "{{ 5|1️⃣round(\(min)) }}", expected: "「round」的参数「precision」是 -9223372036854775808，只能是 0 到 28"),
        // Other integer edges.
        .init(template: "{{ 2 1️⃣** \(min) }}", expected: "数字超出能精确计算的范围（最多 38 位有效数字）"),
        .init(template: "{{ 2 ** -2 }} {{ \(max) ** 1 }} {{ \(min) ** 0 }} {{ -1 ** \(max) }}", expected: "0.25 9223372036854775807 1 -1"),
        .init(template: "{{ \(min)|1️⃣abs }}", expected: overflow),
        .init(template: "{{ \(min) * 'x' }}{{ 0 * 'x' }}{{ (-1 * [1])|length }}", expected: "0"),
        .init(template: "{{ 'x' 1️⃣* \(max) }}", expected: "结果太长（超过 10000000 项或字符）"),
        .init(template: "{{ [1, 2, 3][\(min)] is defined }} {{ [1, 2, 3][\(max)] is defined }}", expected: "False False"),
        .init(template: "{{ [1, 2, 3][1:3:\(max)]|join }} {{ [1, 2, 3][::\(min)]|join }} {{ [1, 2, 3][\(min):\(max)]|join }}", expected: "2 3 123"),
        .init(template: "{{ 'abc'|replace('a', 'b', \(min)) }} {{ 'abc'|replace('a', 'b', 0) }}", expected: "bbc abc"),
        .init(template: "{{ \(max)|中文数字 }} {{ 0|序号 }}", expected: "九百二十二万三千三百七十二万零三百六十八万五千四百七十七万五千八百零七 〇、"),
        .init(template: "{{ [1, 2]|1️⃣sum(start=\(max)) }}", expected: overflow),
        .init(template: "{{ \(min)|1️⃣序号 }}", expected: "过滤器「序号」要用在不小于 0 的整数上，却用在了整数上"),
        .init(template: "{{ -1|1️⃣中文数字 }}", expected: "过滤器「中文数字」要用在不小于 0 的整数上，却用在了整数上"),
        .init(template: "{{ '9223372036854775807-1-1'|日期 }} {{ '99999999999999999999-1-1'|1️⃣日期 is defined }}",
              expected: "过滤器「日期」要用在「2025-05-14」这样的日期上，却是「99999999999999999999-1-1」"),
        .init(template: "{{ '9223372036854775807-1-1'|日期 }}", expected: "9223372036854775807年1月1日"),
        .init(template: "{% for x in [1, 2] %}{{ loop.cycle('a', 'b') }}{% endfor %}", expected: "ab"),
        // Quotients by long division on units: Python's digits, also past a divisor's 18th digit
        // (Foundation's quotient gave 0.8100000072900000722520000000).
        .init(template: "{{ 1 / (123456789012345678 / 100000000000000000) }}", expected: "0.8100000072900000722520007100"),
        .init(template: "{{ 1 / 30 }} {{ -1 / 3 }} {{ 1 / 1024 }} {{ 金额 / 7 }}",
              expected: "0.03333333333333333333333333333 -0.3333333333333333333333333333 0.0009765625 1196290.963571428571428571429"),
        .init(template: "{{ '%.2f'|format(-1 / 8) }} {{ '%.0f'|format(5 / 2) }} {{ '%.2f'|format(price) }} {{ '%.2f'|format(price * 100 / 3) }}",
              expected: "-0.12 2 2.66 88.83"),
        // A pattern read once into pieces still reports its problems in the order of the pattern.
        .init(template: "{{ '%s %q'|1️⃣format() }}", expected: "过滤器「format」的参数不够"),
        .init(template: "{{ '%q %s'|1️⃣format(1) }}", expected: "过滤器「format」不支持「%q」"),
        .init(template: "{{ '%s %2000d'|1️⃣format() }}", expected: "过滤器「format」的参数不够"),
    ]

    @Test(arguments: cases)
    func edgeValueGivesPythonsAnswerOrALocatedError(_ example: Case) {
        let (template, position) = stripMarker(example.template)
        switch outcome(template) {
        case .rendered(let text):
            #expect(position.line == 0, "rendered \(text) instead of failing")
            #expect(text == example.expected)
        case .failed(let diagnostic):
            #expect(diagnostic.message == example.expected)
            if position.line > 0 {
                #expect(diagnostic.location == Location(file: "main.txt", line: position.line, column: position.column))
            }
        }
    }

    /// Data numbers beyond 64 bits stay exact decimals instead of wrapping to a negative number.
    @Test func wholeNumbersBeyond64BitsStayExact() {
        let data = TemplateMap([("big", .decimal(TemplateDecimal("9223372036854775808")!)), ("tiny", .decimal(TemplateDecimal("1e-30")!))])
        #expect(render("{{ big }} {{ big + 1 }} {{ big // 1 }} {{ big % 7 }} {{ big * big }}", data: data)
            == "9223372036854775808 9223372036854775809 9223372036854775808 1 85070591730234615865843651857942052864")
        for template in ["{{ big|int }}", "{{ big * big * big }}", "{{ tiny * tiny * tiny * tiny * tiny }}", "{{ 1 / tiny / tiny / tiny }}", "{{ big - tiny }}", "{{ 2 ** big }}"] {
            guard case .failed(let diagnostic) = outcome(template, data: data) else {
                Issue.record("\(template) rendered")
                continue
            }
            #expect([Self.overflow, "数字超出能精确计算的范围（最多 38 位有效数字）"].contains(diagnostic.message), "\(template)")
        }
    }

    @Test func longStringsFromConcatenationStopAtTheLimit() {
        let doubling = "{% set s = 'xxxxxxxxxx' %}" + String(repeating: "{% set s = s ~ s %}", count: 21) + "{{ s|length }}"
        guard case .failed(let diagnostic) = outcome(doubling) else {
            Issue.record("no error")
            return
        }
        #expect(diagnostic.message == "结果太长（超过 10000000 项或字符）")
    }
}

enum Outcome {
    case rendered(String)
    case failed(Diagnostic)
}

func outcome(_ template: String, data: TemplateMap = sampleData) -> Outcome {
    do {
        return .rendered(try TemplateLibrary(templates: ["main.txt": template], main: "main.txt").render(data))
    } catch {
        return .failed(error)
    }
}
