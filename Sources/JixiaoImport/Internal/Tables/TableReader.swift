/// Rows of the attached tables when a text export puts their cells one per line: a label
/// cell, then its numbers in the next cells.
///
/// Worked example (湖南's 附件1-1, columns 上年决算数, 预算数, 决算数):
/// `公用经费` `346.73` `106.47` `333.73` → 公用经费 {上年决算数: 346.73, 预算数: 106.47, 决算数: 333.73};
/// in 附件1-2, `年度资金总额` `755.89` `1007.30` `1007.30` → 收支情况.支出 年初预算数, 全年预算数, 决算数.
enum TableReader {
    static let threeColumns = ["上年决算数", "预算数", "决算数"]

    /// Label words and the key whose columns the numbers fill, checked in order.
    static let rows: [(words: [String], key: String, columns: [String])] = [
        (["年度资金总额"], "收支情况.支出", ["年初预算数", "全年预算数", "决算数"]),
        (["公车购置"], "三公经费.公务用车购置费", threeColumns),
        (["公车运行维护"], "三公经费.公务用车运行维护费", threeColumns),
        (["出国经费", "因公出国"], "三公经费.因公出国（境）费", threeColumns),
        (["公务接待"], "三公经费.公务接待费", threeColumns),
        (["三公经费"], "三公经费.合计", threeColumns),
        (["政府采购"], "政府采购", threeColumns),
        (["公用经费"], "公用经费", threeColumns),
    ]

    /// 自评表's 按收入性质分 under 年度资金总额: a cell `其中：一般公共预算：1007.3` or `其他资金：0`, or
    /// jixiao's own line `按收入性质分：一般公共预算 1007.30；政府性基金拨款 0.00；…`.
    static let incomeSources = ["一般公共预算", "政府性基金拨款", "纳入专户管理的非税收入拨款", "其他资金"]

    static func read(_ lines: [ReportLine], into draft: inout Draft) {
        readIncomeSources(lines, into: &draft)
        var index = 0
        var isInPublicFunds = false
        while index < lines.count {
            let label = lines[index].text
            let numbers = lines[(index + 1)...].prefix(3).map { $0.text.trimmingTitlePunctuation() }
            guard numbers.count == 3, numbers.allSatisfy(\.isPlainNumber), !label.isPlainNumber else {
                index += 1
                continue
            }
            if let row = rows.first(where: { row in row.words.contains(where: label.contains) }) {
                isInPublicFunds = row.key == "公用经费"
                for (column, number) in zip(row.columns, numbers) {
                    draft.set("\(row.key).\(column)", .number(number), from: lines[index])
                }
            } else if isInPublicFunds, label.contains("其中") || !label.contains("支出") {
                // 「其中：办公费」 and the rows under it until the next labelled row.
                let name = label.replacingOccurrences(of: "其中", with: "").trimmingTitlePunctuation()
                    .trimmingCharacters(in: ["：", ":"])
                for (column, number) in zip(threeColumns, numbers) where !name.isEmpty {
                    draft.set("公用经费.其中.\(name).\(column)", .number(number), from: lines[index])
                }
            }
            index += 4
        }
    }
}

private extension TableReader {
    static func readIncomeSources(_ lines: [ReportLine], into draft: inout Draft) {
        for line in lines {
            var text = Substring(line.text)
            if text.hasPrefix("按收入性质分") { text = text.drop { $0 != "：" && $0 != ":" }.dropFirst() }
            for item in text.split(whereSeparator: { "；;。".contains($0) }) {
                var words = item.filter { !$0.isWhitespace }
                if words.hasPrefix("其中") { words = String(words.dropFirst(2).drop { $0 == "：" || $0 == ":" }) }
                guard let name = incomeSources.first(where: { words.hasPrefix($0) }) else { continue }
                let number = String(words.dropFirst(name.count).drop { $0 == "：" || $0 == ":" })
                guard number.isPlainNumber else { continue }
                draft.set("收支情况.收入.决算来源.\(name)", .number(number), from: line)
            }
        }
    }
}

private extension String {
    /// `346.73`, `0`, `1007.30`: a cell holding only a number.
    var isPlainNumber: Bool { wholeMatch(of: /[0-9]+(?:\.[0-9]+)?/) != nil }

    func trimmingCharacters(in set: [Character]) -> String {
        var text = Substring(self)
        while let first = text.first, set.contains(first) { text = text.dropFirst() }
        return String(text)
    }
}
