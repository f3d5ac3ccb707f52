/// One indicator of 自评表.指标 as the report states it, in a table row or in its paragraph.
struct IndicatorRow: Sendable, Equatable {
    /// 一级指标.
    var first: String
    /// 二级指标.
    var second: String?
    /// 三级指标.
    var third: String?
    /// 年度指标值.
    var target: String?
    /// 实际完成值.
    var actual: String?
    /// 分值, a number as written.
    var weight: String?
    /// 得分, a number as written.
    var score: String?
    /// 偏差原因 (扣分原因).
    var reason: String?
    /// The row (its cells joined by ` | `) or the paragraph the score was read from.
    var source: ReportLine
    /// Read from a 自评表 or 评分表 (true) or from the report's text (false).
    var isFromTable: Bool

    /// The keys of the data file, in the order of `DataFileSchema`.
    var fields: [Draft.Field] {
        let texts: [(String, String?)] = [("一级指标", first), ("二级指标", second), ("三级指标", third),
                                          ("年度指标值", target), ("实际完成值", actual)]
        var fields = texts.compactMap { key, value in value.map { Draft.Field(key: key, value: .text($0)) } }
        if let weight { fields.append(Draft.Field(key: "分值", value: .number(weight))) }
        if let score { fields.append(Draft.Field(key: "得分", value: .number(score))) }
        if let reason { fields.append(Draft.Field(key: "偏差原因", value: .text(reason))) }
        return fields
    }

    /// The indicator's name for a message: its lowest level.
    var name: String { third ?? second ?? first }

    /// What names the indicator, for finding it stated again: its three levels without spaces and
    /// quotation marks (a paragraph names no 三级指标, nor does a 评分表 row of the same 二级).
    var key: String {
        [first, second ?? "", third ?? ""].map(IndicatorName.key).joined(separator: "\u{1}")
    }

    /// The same for its 一级 and 二级 only.
    var secondKey: String {
        [first, second ?? ""].map(IndicatorName.key).joined(separator: "\u{1}")
    }
}

/// Indicator names as reports spell them: `“三公”经费控制情况`, `数量 指标`.
enum IndicatorName {
    /// The name without white space and quotation marks, for comparing.
    static func key(_ name: String) -> String {
        name.filter { !$0.isWhitespace && !"“”\"'‘’「」『』《》".contains($0) }
    }

    /// A score or a weight cell as a number: `5`, `14.81`, `9分`; nil for anything else.
    static func number(_ text: String?) -> String? {
        guard var text = text?.filter({ !$0.isWhitespace }) else { return nil }
        if text.hasSuffix("分") { text.removeLast() }
        // `[0-9]{1,3}(\.[0-9]{1,2})?`, checked by hand: a regex literal is compiled on every use.
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard let whole = parts.first, (1...3).contains(whole.count), whole.allSatisfy(\.isASCIIDigit), parts.count <= 2
        else { return nil }
        if parts.count == 2 {
            guard (1...2).contains(parts[1].count), parts[1].allSatisfy(\.isASCIIDigit) else { return nil }
        }
        return text
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
