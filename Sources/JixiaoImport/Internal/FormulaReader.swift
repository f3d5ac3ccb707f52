/// Amounts that a report states only inside a rate's formula.
///
/// Worked example: `存量资金变动率=（当年年末存量资金规模/上一年度年末存量资金规模-1）*100%=（21.99万元/108.44万元-1）*100%`
/// → 存量资金.年末规模 21.99, 上年末规模 108.44; `固定资产利用率=（5385.98万元/5385.98万元）*100%` →
/// 在用总额, 总额; `结转结余……=131.19万元/（378.68万元+4029.42万元）` → 年末结转和结余, 上年结转和结余,
/// 收入决算数. Only the numbers after the last `=` that precedes them are read, never the words.
enum FormulaReader {
    /// Rates written `率＝实际/计划×100%`, with the keys of their two numbers.
    static let ratePaths = [
        ("公用经费控制率", "公用经费.决算数", "公用经费.预算数"),
        ("三公经费控制率", "三公经费.合计.决算数", "三公经费.合计.预算数"),
        ("政府采购执行率", "政府采购.决算数", "政府采购.预算数"),
        ("人员控制率", "单位基本情况.在职人员.合计", "单位基本情况.核定编制.合计"),
    ]

    static func read(_ line: ReportLine, into draft: inout Draft) {
        let text = line.text
        // Swift's Regex is slow in debug builds: look only at lines holding a formula.
        guard text.contains("=") || text.contains("＝") else { return }
        if text.contains("存量资金"), let match = text.firstMatch(of: /存量资金[^。]*?=\s*[（(]\s*([0-9]+(?:\.[0-9]+)?)\s*万?元?\s*\/\s*([0-9]+(?:\.[0-9]+)?)\s*万?元?\s*-\s*1\s*[）)]/) {
            draft.set("存量资金.年末规模", .number(String(match.1)), from: line)
            draft.set("存量资金.上年末规模", .number(String(match.2)), from: line)
        }
        if text.contains("固定资产利用率"), let match = text.firstMatch(of: /固定资产利用率[^。]*?=\s*[（(]?\s*([0-9]+(?:\.[0-9]+)?)\s*万?元\s*\/\s*([0-9]+(?:\.[0-9]+)?)\s*万?元/) {
            draft.set("固定资产.在用总额", .number(String(match.1)), from: line)
            draft.set("固定资产.总额", .number(String(match.2)), from: line)
        }
        // jixiao's own report and Word's equation export: 「公用经费控制率＝171086.57/259000×100%」.
        let rates = /(公用经费控制率|三公经费控制率|政府采购执行率|人员控制率)\s*[=＝]\s*([0-9]+(?:\.[0-9]+)?)\s*\/\s*([0-9]+(?:\.[0-9]+)?)\s*[×*]/
        for match in text.matches(of: rates) where text.contains("率") {
            guard let (_, actual, planned) = ratePaths.first(where: { $0.0 == match.1 }) else { continue }
            draft.set(actual, .number(String(match.2)), from: line)
            draft.set(planned, .number(String(match.3)), from: line)
        }
        if text.contains("结转结余"), let match = text.firstMatch(of: /结转结余[^。]*?=\s*([0-9]+(?:\.[0-9]+)?)\s*万?元\s*\/\s*[（(]\s*([0-9]+(?:\.[0-9]+)?)\s*万?元\s*\+\s*([0-9]+(?:\.[0-9]+)?)\s*万?元/) {
            draft.set("收支情况.支出.年末结转和结余", .number(String(match.1)), from: line)
            draft.set("收支情况.收入.上年结转和结余", .number(String(match.2)), from: line)
            draft.set("收支情况.收入.决算数", .number(String(match.3)), from: line)
        }
    }
}
