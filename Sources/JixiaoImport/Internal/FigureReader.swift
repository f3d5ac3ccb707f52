/// Amounts from the standard sentences of 部门整体支出情况 and the indicator analysis.
///
/// Each amount is named by its label — the words since the previous amount, from the last
/// `，、：（` — read against what the sentence is about so far. Worked example:
/// `2024 年收入决算数 8397909.75 元，其中：一般公共预算财政拨款收入 8397200.18 元，……上年结转和结余 6038.13 元`
/// sets 收支情况.收入.决算数, then 决算来源.一般公共预算财政拨款收入, then 收入.上年结转和结余.
/// Clauses holding a formula (`=`, `/`) are read only by `FormulaReader`.
struct FigureReader {
    /// What the sentence has been about so far.
    private enum Topic {
        case income(Stage), spending(Stage), composition(String, Stage), publicFunds, procurement
        case threePublic(row: String)
    }

    private enum Stage {
        case initial, whole, final
        var budgetKey: String {
            switch self {
            case .initial: "年初预算数"
            case .whole: "全年预算数"
            case .final: "决算数"
            }
        }
    }

    let unit: String
    static let functionClasses = [
        "一般公共服务", "外交", "国防", "公共安全", "教育", "科学技术", "文化旅游体育与传媒", "社会保障和就业", "卫生健康",
        "节能环保", "城乡社区", "农林水", "交通运输", "资源勘探", "商业服务业", "金融", "自然资源海洋气象", "住房保障",
        "粮油物资储备", "灾害防治及应急管理", "其他",
    ]

    func read(_ line: ReportLine, into draft: inout Draft) {
        // A 「；」 ends what a sentence is about as a 「。」 does: 「…专项项目898.41万元；2023年决算支出…」.
        for sentence in line.text.split(whereSeparator: { "。；;".contains($0) }) {
            let clauses = sentence.split(whereSeparator: { "，,".contains($0) })
                .filter { !$0.contains("=") && !$0.contains("/") }
            read(clauses.joined(separator: "，"), line: line, into: &draft)
        }
    }

    private func read(_ sentence: String, line: ReportLine, into draft: inout Draft) {
        guard sentence.contains("元") else { return }
        var topic: Topic?
        var labelStart = sentence.startIndex
        for match in sentence.matches(of: /([0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?)\s*(万元|元)/) {
            let rawLabel = sentence[labelStart..<match.range.lowerBound]
            labelStart = match.range.upperBound
            // 「（其中：基本支出…，项目支出…），支出决算数…」: the closing bracket ends the breakdown.
            if rawLabel.contains(where: { $0 == "）" || $0 == ")" }), case .composition(_, let stage)? = topic { topic = .spending(stage) }
            guard String(match.2) == unit else { continue }
            let label = Self.lastPhrase(of: rawLabel)
            let number = String(match.1).replacingOccurrences(of: ",", with: "")
            guard let path = path(for: label, topic: &topic) else { continue }
            draft.set(path, .number(number), from: line)
        }
    }

    /// The key an amount with this label sets; updates what the sentence is about.
    private func path(for label: String, topic: inout Topic?) -> String? {
        let stage = Self.stage(in: label)
        if Self.isBareStage(label), let stage, let key = narrowKey(topic, stage) { return key }
        if label.contains("三公") {
            topic = .threePublic(row: "合计")
            return stage.map { "三公经费.合计.\($0 == .final ? "决算数" : "预算数")" }
        }
        for (words, row) in [(["公务接待"], "公务接待费"), (["因公出国"], "因公出国（境）费"), (["运行维护"], "公务用车运行维护费")]
        where words.contains(where: label.contains) {
            if label.contains("购置") { topic = .threePublic(row: "") ; return nil }
            topic = .threePublic(row: row)
            return stage.map { "三公经费.\(row).\($0 == .final ? "决算数" : "预算数")" }
        }
        if label.contains("公务用车购置") {
            topic = .threePublic(row: "公务用车购置费")
            return stage.map { "三公经费.公务用车购置费.\($0 == .final ? "决算数" : "预算数")" }
        }
        if label.contains("人员经费") { return "收支情况.支出.人员经费" }
        if label.contains("公用经费") {
            if stage == nil || label.hasSuffix("支出"), case .spending? = topic { return "收支情况.支出.公用经费" }
            if case .composition? = topic, stage == nil || label.hasSuffix("支出") { return "收支情况.支出.公用经费" }
            topic = .publicFunds
            return stage.map { "公用经费.\($0 == .final ? "决算数" : "预算数")" }
        }
        if label.contains("政府采购") {
            topic = .procurement
            return procurementKey(label)
        }
        if label.contains("结转和结余") || label.contains("结转结余") {
            if label.contains("年初") || label.contains("上年") { return "收支情况.收入.上年结转和结余" }
            if label.contains("年末") || label.contains("期末") { return "收支情况.支出.年末结转和结余" }
            switch topic {
            case .spending?, .composition?: return "收支情况.支出.年末结转和结余"
            case .income?: return "收支情况.收入.上年结转和结余"
            case .publicFunds?, .procurement?, .threePublic?, nil: return nil
            }
        }
        if label.contains("财政下达") { return "收支情况.收入.财政下达预算数" }
        if let kind = Self.composition(in: label) {
            let current: Stage =
                switch topic {
                case .spending(let main)?, .composition(_, let main)?: main
                case .income?, .publicFunds?, .procurement?, .threePublic?, nil: stage ?? .final
                }
            let own = label.contains("年初") || label.contains("预算安排") ? Stage.initial : current
            topic = .composition(kind, own)
            return "收支情况.支出.\(own == .initial ? "年初预算构成" : "决算构成").\(kind)"
        }
        if label.hasSuffix("支出"), let name = Self.functionClasses.first(where: { label.contains($0 + "支出") }) {
            return "收支情况.支出.功能分类.\(name)支出"
        }
        if label.contains("收入") {
            if case .income(let main)? = topic, !Self.hasOwnStage(label) {
                let name = Self.sourceName(label)
                return "收支情况.收入.\(main == .initial ? "年初预算来源" : "决算来源").\(name)"
            }
            let own = stage ?? .final
            topic = .income(own)
            return "收支情况.收入.\(own.budgetKey)"
        }
        if label.contains("支出") {
            let own = stage ?? .final
            if case .composition(let kind, _)? = topic, own == .final, !label.contains("总") {
                return "收支情况.支出.决算构成.\(kind)"
            }
            topic = .spending(own)
            return "收支情况.支出.\(own.budgetKey)"
        }
        // 「年初预算数为755.89万元」: the side from the sentence so far.
        guard let stage else { return nil }
        switch topic {
        case .income?: return "收支情况.收入.\(stage.budgetKey)"
        case .spending?: return "收支情况.支出.\(stage.budgetKey)"
        case .publicFunds?: return "公用经费.\(stage == .final ? "决算数" : "预算数")"
        case .procurement?: return procurementKey(label)
        case .threePublic(let row)?: return row.isEmpty ? nil : "三公经费.\(row).\(stage == .final ? "决算数" : "预算数")"
        case .composition(let kind, _)?: return "收支情况.支出.\(stage == .initial ? "年初预算构成" : "决算构成").\(kind)"
        case nil: return nil
        }
    }

    /// For 「实际支出 171086.57 元」 after 「公用经费预算……」: the amount belongs to the narrow topic.
    private func narrowKey(_ topic: Topic?, _ stage: Stage) -> String? {
        let column = stage == .final ? "决算数" : "预算数"
        switch topic {
        case .publicFunds?: return "公用经费.\(column)"
        case .procurement?: return "政府采购.\(column)"
        case .threePublic(let row)?: return row.isEmpty ? nil : "三公经费.\(row).\(column)"
        case .income?, .spending?, .composition?, nil: return nil
        }
    }

    /// A label that says only which column: 实际支出, 决算数, 预算安排.
    private static func isBareStage(_ label: String) -> Bool {
        var rest = label
        for word in ["本年度", "本年", "年度", "实际", "支出", "决算", "预算", "安排", "调整", "执行", "数"] {
            rest = rest.replacingOccurrences(of: word, with: "")
        }
        return rest.isEmpty
    }

    private func procurementKey(_ label: String) -> String? {
        if label.contains("计划") || label.contains("预算") { return "政府采购.预算数" }
        if label.contains("实际") || label.contains("决算") || label.contains("完成") { return "政府采购.决算数" }
        return nil
    }

    private static func stage(in label: String) -> Stage? {
        if label.contains("全年预算") || label.contains("调整后") { return .whole }
        if label.contains("决算") || label.contains("实际") || label.contains("执行数") || label.contains("总收入")
            || label.contains("总支出") || label.contains("拨款收入") {
            return .final
        }
        if label.contains("年初") || label.contains("预算") { return .initial }
        return nil
    }

    private static func hasOwnStage(_ label: String) -> Bool {
        ["年初", "全年", "决算", "实际", "总收入", "收入预算", "预算收入"].contains(where: label.contains)
    }

    /// 基本支出 or 项目支出 (`专项项目` is how some reports name the latter).
    private static func composition(in label: String) -> String? {
        if label.contains("基本支出") { return "基本支出" }
        if label.contains("项目支出") || label.contains("专项项目") || label.contains("专项支出") { return "项目支出" }
        return nil
    }

    /// `其中：一般公共预算财政拨款收入` → `一般公共预算财政拨款收入`.
    private static func sourceName(_ label: String) -> String {
        var name = Substring(label)
        for word in ["其中", "包括"] where name.hasPrefix(word) { name = name.dropFirst(word.count) }
        while let last = name.last, "为是：: ".contains(last) { name = name.dropLast() }
        return String(name)
    }

    /// The words right before an amount: after the last `，、：（(`, without years and fillers.
    static func lastPhrase(of label: Substring) -> String {
        let cut = label.lastIndex { "，,、：:（(；;".contains($0) }.map { label.index(after: $0) } ?? label.startIndex
        var phrase = String(label[cut...])
        phrase = phrase.replacing(/[0-9]{4}\s*年度?/, with: "")
        while let last = phrase.last, "为是：: 约达计共".contains(last) { phrase.removeLast() }
        for word in ["其中"] where phrase.hasPrefix(word) { phrase.removeFirst(word.count) }
        return phrase
    }
}
