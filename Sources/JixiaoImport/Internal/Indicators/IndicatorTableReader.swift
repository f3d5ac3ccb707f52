import Foundation

/// The indicator table of a 自评表 (湖南: 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 |
/// 分值 | 得分 | 偏差原因…) or a 评分表 (广东: 序号 | 一级指标 | 二级指标 | 三级指标 | 指标分值 | 自评得分 |
/// 扣分原因), read by its header words, not by column positions.
///
/// Worked example (cells of a text export, a merged cell written again empty):
/// header `绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因`,
/// rows ` | 产出指标 | 数量指标 | 宣传活动 | 活动场次 | ≥3 | 5 | 5 | ` and ` |  |  | 办理单位 | 经费 | >1 | 5 | 5 | `
/// → two indicators of 产出指标/数量指标, the second taking its 一级 and 二级 from the row above.
/// A row with fewer cells than the header (a merged cell written once) is aligned to the right;
/// a row of a text export that an empty paragraph cut in two is joined back when the two parts
/// make exactly one row. Rows without a number under 分值 or 得分 only name the levels below them.
enum IndicatorTableReader {
    enum Column: Sendable {
        case first, second, third, target, actual, weight, score, reason
    }

    /// What one table gave.
    struct Result: Sendable {
        var rows: [IndicatorRow] = []
        /// 总分 (合计) under 得分, with its row.
        var total: (score: String, source: ReportLine)?
        /// The lines of the rows read, for the unplaced block to leave out.
        var usedLines: Set<Int> = []
    }

    /// The column a header cell names, if any (`指标解释`, `评分标准`, `序号` name none).
    static func column(named header: String) -> Column? {
        let words = IndicatorName.key(header)
        if words.contains("一级指标") { return .first }
        if words.contains("二级指标") { return .second }
        if words.contains("三级指标") { return .third }
        if words.contains("实际完成") { return .actual }
        if words.contains("指标值") { return .target }
        if words.contains("偏差原因") || words.contains("扣分原因") { return .reason }
        if words.contains("得分") { return .score }
        if words.contains("分值") { return .weight }
        return nil
    }

    static let totalWords: Set<String> = ["总分", "合计", "总计", "得分合计", "合计得分"]

    /// The table's indicators, or nil when it has no header naming 一级指标 and 分值 or 得分.
    static func read(_ table: ReportTable) -> Result? {
        let grids = table.rows.map(grid)
        guard let headerIndex = grids.firstIndex(where: { row in
            let columns = row.compactMap { column(named: $0.text) }
            return columns.contains(.first) && (columns.contains(.score) || columns.contains(.weight))
        }) else { return nil }
        let header = grids[headerIndex]
        var columns: [Column: Int] = [:]
        for (index, cell) in header.enumerated() {
            if let column = column(named: cell.text), columns[column] == nil { columns[column] = index }
        }
        var result = Result()
        result.usedLines.formUnion(header.flatMap(\.lines))
        let width = header.count
        var rows = Array(grids[(headerIndex + 1)...])
        var first: String?
        var second: String?
        var index = 0
        while index < rows.count {
            var row = aligned(rows[index], width: width)
            let isComplete = IndicatorName.number(text(row, columns[.score])) != nil
                || IndicatorName.number(text(row, columns[.weight])) != nil
            if !isComplete, !isTotal(row), rows[index].count < width, index + 1 < rows.count,
               rows[index].count + rows[index + 1].count == width {
                rows[index + 1] = rows[index] + rows[index + 1]
                index += 1
                continue
            }
            index += 1
            row = aligned(row, width: width)
            let source = ReportLine(number: row.lazy.flatMap(\.lines).first ?? 0,
                                    text: row.map(\.text).filter { !$0.isEmpty }.joined(separator: " | "))
            if isTotal(row) {
                if let score = IndicatorName.number(text(row, columns[.score])) { result.total = (score, source) }
                result.usedLines.formUnion(row.flatMap(\.lines))
                break
            }
            if let named = text(row, columns[.first]) {
                first = named
                second = nil
            }
            if let named = text(row, columns[.second]) { second = named }
            let weight = IndicatorName.number(text(row, columns[.weight]))
            let score = IndicatorName.number(text(row, columns[.score]))
            guard let first, weight != nil || score != nil, source.number > 0 else {
                result.usedLines.formUnion(row.flatMap(\.lines))
                continue
            }
            result.rows.append(IndicatorRow(
                first: first, second: second, third: text(row, columns[.third]), target: text(row, columns[.target]),
                actual: text(row, columns[.actual]), weight: weight, score: score, reason: text(row, columns[.reason]),
                source: source, isFromTable: true))
            result.usedLines.formUnion(row.flatMap(\.lines))
        }
        return result.rows.isEmpty && result.total == nil ? nil : result
    }

    /// A row's cells at grid columns: a cell covering three columns is itself and two empty cells.
    static func grid(_ row: [ReportTable.Cell]) -> [ReportTable.Cell] {
        row.flatMap { cell in
            [cell] + Array(repeating: ReportTable.Cell(text: "", lines: [], isMergedFromAbove: cell.isMergedFromAbove),
                           count: max(cell.span, 1) - 1)
        }
    }

    /// A short row pushed to the right (its missing leading cells merged from above), a long one cut.
    private static func aligned(_ row: [ReportTable.Cell], width: Int) -> [ReportTable.Cell] {
        if row.count >= width { return Array(row.prefix(width)) }
        return Array(repeating: ReportTable.Cell(text: "", lines: [], isMergedFromAbove: true), count: width - row.count) + row
    }

    private static func text(_ row: [ReportTable.Cell], _ column: Int?) -> String? {
        guard let column, column < row.count else { return nil }
        let text = row[column].text.trimmingCharacters(in: .whitespaces)
        return text.isEmpty ? nil : text
    }

    private static func isTotal(_ row: [ReportTable.Cell]) -> Bool {
        row.contains { totalWords.contains(IndicatorName.key($0.text)) }
    }

    /// 年度总体目标 of a 自评表: the row `年度总体目标 | 预期目标 | 实际完成情况` and the one under it,
    /// in this table or one of its own; the lines of both rows.
    static func goal(in table: ReportTable) -> (expected: ReportLine, achieved: ReportLine, lines: Set<Int>)? {
        let rows = table.rows.map(grid)
        for index in rows.indices.dropLast() {
            let keys = rows[index].map { IndicatorName.key($0.text) }
            guard let expected = keys.firstIndex(of: "预期目标"),
                  let achieved = keys.firstIndex(where: { $0.hasPrefix("实际完成") }) else { continue }
            let values = rows[index + 1]
            guard let left = text(values, expected), let right = text(values, achieved) else { continue }
            return (ReportLine(number: values[expected].lines.first ?? 0, text: left),
                    ReportLine(number: values[achieved].lines.first ?? 0, text: right),
                    Set(rows[index].flatMap(\.lines) + values.flatMap(\.lines)))
        }
        return nil
    }
}
