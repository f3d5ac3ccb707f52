/// 自评表 indicator scores from the sentence that lists them, as jixiao's own report writes it:
/// `各项指标自评得分：履职效能—预算编制与目标设置20分；管理效率—信息公开3分。` →
/// `[{一级指标: 履职效能, 二级指标: 预算编制与目标设置, 得分: 20}, …]`.
///
/// Tables whose cells a text export scatters over lines (湖南's 附件1-2) are not read: their
/// lines stay verbatim in the unplaced block.
enum IndicatorReader {
    static func read(_ lines: [ReportLine], into draft: inout Draft) {
        for line in lines where line.text.contains("得分") {
            guard let start = line.text.firstMatch(of: /各项指标(?:自评)?得分[：:]/) else { continue }
            let list = line.text[start.range.upperBound...]
            var records: [[Draft.Field]] = []
            for item in list.split(whereSeparator: { "；;。".contains($0) }) {
                guard let match = item.wholeMatch(of: /\s*([^—－-]+?)\s*[—－-]+\s*(.+?)\s*([0-9]+(?:\.[0-9]+)?)\s*分\s*/) else { continue }
                records.append([
                    Draft.Field(key: "一级指标", value: .text(String(match.1))),
                    Draft.Field(key: "二级指标", value: .text(String(match.2))),
                    Draft.Field(key: "得分", value: .number(String(match.3))),
                ])
            }
            if !records.isEmpty { draft.set("自评表.指标", .records(records), from: line) }
        }
    }
}
