import Foundation
import JixiaoModel

/// 自评表.指标 from every place a report states indicator scores: the 自评表 or 评分表 tables
/// (`IndicatorTableReader`), the paragraphs of 绩效指标分析 (`IndicatorParagraphReader`), and
/// jixiao's older sentence `各项指标自评得分：履职效能—预算编制与目标设置20分；…`.
///
/// One record per indicator, in the order the table gives them (then the paragraphs'), each
/// with a comment naming its row or paragraph. When a table and a paragraph score the same
/// indicator differently, the table's score is kept and a comment names both.
enum IndicatorReader {
    static func read(tables: [ReportTable], analysis: [ReportLine], lines: [ReportLine], framework: Framework?,
                     into draft: inout Draft) {
        var rows: [IndicatorRow] = []
        var used: Set<Int> = []
        for table in tables {
            if let goal = IndicatorTableReader.goal(in: table) {
                draft.set("自评表.年度总体目标.预期目标", .text(goal.expected.text), from: goal.expected)
                draft.set("自评表.年度总体目标.实际完成情况", .text(goal.achieved.text), from: goal.achieved)
                used.formUnion(goal.lines)
            }
            guard let result = IndicatorTableReader.read(table) else { continue }
            rows += result.rows.map { canonical($0, in: framework) }
            used.formUnion(result.usedLines)
            if let total = result.total { draft.set("自评结果.总分", .number(total.score), from: total.source) }
        }
        draft.markPlaced(lines.filter { used.contains($0.number) })
        let stated = (framework.map { IndicatorParagraphReader.rows(in: analysis, framework: $0) } ?? []) + sentenceRows(lines)
        var kept: [IndicatorRow] = []
        var records: [Draft.Record] = []
        var indexes: [String: Int] = [:]
        // A paragraph names no 三级指标: it scores the one table row under its 一级 and 二级.
        var underSecond: [String: [Int]] = [:]
        for row in rows + stated {
            let only = row.third == nil ? underSecond[row.secondKey].flatMap { $0.count == 1 ? $0.first : nil } : nil
            guard let index = indexes[row.key] ?? only else {
                indexes[row.key] = kept.count
                underSecond[row.secondKey, default: []].append(kept.count)
                kept.append(row)
                records.append(Draft.Record(fields: row.fields, source: row.source))
                continue
            }
            guard let first = kept[index].score, let other = row.score, Decimal(string: first) != Decimal(string: other)
            else { continue }
            let note: DraftNote = kept[index].isFromTable && !row.isFromTable
                ? .scoreConflict(indicator: row.name, table: first, tableAt: draft.place(of: kept[index].source.number),
                                 paragraph: other, paragraphAt: draft.place(of: row.source.number))
                : .conflict(kept: first, other: other, at: draft.place(of: row.source.number))
            if !records[index].notes.contains(note) { records[index].notes.append(note) }
        }
        if let first = kept.first { draft.set("自评表.指标", .records(records), from: first.source) }
    }

    /// A table row's names as the framework spells them (`“三公”经费控制情况` → `三公经费控制情况`).
    private static func canonical(_ row: IndicatorRow, in framework: Framework?) -> IndicatorRow {
        guard let framework else { return row }
        var row = row
        guard let parent = framework.indicators.first(where: { IndicatorName.key($0.name) == IndicatorName.key(row.first) })
        else { return row }
        row.first = parent.name
        if let second = row.second,
           let child = parent.children.first(where: { IndicatorName.key($0.name) == IndicatorName.key(second) }) {
            row.second = child.name
        }
        return row
    }

    /// jixiao's older sentence: `各项指标自评得分：履职效能—预算编制与目标设置20分；管理效率—信息公开3分。`
    private static func sentenceRows(_ lines: [ReportLine]) -> [IndicatorRow] {
        var rows: [IndicatorRow] = []
        for line in lines where line.text.contains("得分") {
            guard let start = line.text.firstMatch(of: /各项指标(?:自评)?得分[：:]/) else { continue }
            for item in line.text[start.range.upperBound...].split(whereSeparator: { "；;。".contains($0) }) {
                guard let match = item.wholeMatch(of: /\s*([^—－-]+?)\s*[—－-]+\s*(.+?)\s*([0-9]+(?:\.[0-9]+)?)\s*分\s*/) else { continue }
                rows.append(IndicatorRow(first: String(match.1), second: String(match.2), score: String(match.3),
                                         source: line, isFromTable: false))
            }
        }
        return rows
    }
}
