import JixiaoDiagnostics
import JixiaoReader

/// A section the report must have (the format's 必填小节: 存在问题, 改进措施, 绩效指标分析 …)
/// that the unit left empty or left out: a warning naming the key (an error with `--strict`),
/// and the documents print 【待填写：…】 there instead of claiming 无. A framework that scores
/// every indicator (广东's) also needs the sheet's rows, `scoresKey`.
enum UnfilledSectionCheck {
    static let scoresKey = "自评表.指标"

    /// The required keys (`a|b`: either will do) that hold nothing.
    static func unfilled(in data: UnitData, format: ReportFormat?, framework: Framework?) -> [String] {
        let required = (format?.requiredSections ?? []) + (framework?.scoresEveryIndicator == true ? [scoresKey] : [])
        return required.filter { entry in
            !entry.split(separator: "|").contains { isFilled(data.root.node(at: String($0))) }
        }
    }

    static func findings(in context: CheckContext) -> [Diagnostic] {
        let unfilled = unfilled(in: context.data, format: context.format, framework: context.framework)
        let position = context.data.formatName?.position ?? TextPosition(line: 1, column: 1)
        return unfilled.map { entry in
            let key = entry.split(separator: "|").map(String.init).joined(separator: "」或「")
            let existing = context.data.root.node(at: String(entry.split(separator: "|")[0]))
            let hint = entry == scoresKey && !(context.format?.requiredSections.contains(entry) ?? false)
                ? "指标体系「\(context.framework?.name ?? "")」的评分表每项都要打分，现在印成「【待填写】」；在「自评表.指标」里为每项写一行（一级指标、二级指标、得分）"
                : "报告格式「\(context.format?.name ?? "")」的报告要有这一节，现在印成「【待填写】」；填上内容，确实没有的写「无」"
            let fallback = entry == scoresKey ? context.data.frameworkName?.position ?? position : position
            return context.finding(.warning, at: existing?.position ?? fallback, "报告的「\(key)」还没有填写", hint: hint)
        }
    }

    /// Whether a node holds something to print: a text or number, or a list or map with one.
    static func isFilled(_ node: DataNode?) -> Bool {
        switch node?.value {
        case nil, .null?: false
        case .string(let text)?: !text.allSatisfy(\.isWhitespace)
        case .number?, .bool?: true
        case .list(let items)?: items.contains { isFilled($0) }
        case .map(let map)?: map.contains { isFilled($0.value) }
        }
    }
}
