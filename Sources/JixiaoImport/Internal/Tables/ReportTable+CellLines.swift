extension ReportTable {
    /// Indicator tables of a text export that writes every cell on a line of its own, without
    /// tabs and without marking where a row ends (LibreOffice's "Text" export; an empty cell is
    /// an empty line, and a merged cell may be written once or again as an empty line).
    ///
    /// The rows are found from the scores: after a header naming 一级指标 and 分值/得分 on lines
    /// of their own, each row ends with its 分值 and 得分 (two number lines; one when the header
    /// has only one of them) and the cells the header has after them (偏差原因). The cells before
    /// the numbers are the row's levels and texts, as many as the header has before them and
    /// aligned to the right; lines before those (a row without scores: `效益指标` `经济效益指标`) only
    /// name the levels of the rows below. Lines opening with a tab are left to `tables(inTextExport:)`.
    ///
    /// Worked example: header `一级指标` `二级指标` `三级指标` `分值` `得分`, then `产出指标` `数量指标`
    /// `宣传活动` `5` `5` `质量指标` `办理质量` `15` `14` → rows `产出指标 | 数量指标 | 宣传活动 | 5 | 5` and
    /// ` | 质量指标 | 办理质量 | 15 | 14`.
    static func tables(inCellLines texts: [String]) -> [ReportTable] {
        let cells = texts.map { $0.hasPrefix("\t") ? nil : LineCleaner.clean($0) }
        var tables: [ReportTable] = []
        var index = 0
        while index < cells.count {
            guard let header = header(at: index, in: cells) else {
                index += 1
                continue
            }
            var reader = CellLineReader(cells: cells, header: header)
            let table = reader.table()
            if table.rows.count > 1 { tables.append(table) }
            index = max(reader.position, header.end)
        }
        return tables
    }

    /// Header cells starting at `index`: consecutive lines each naming a column (or 序号,
    /// 指标解释, 评分标准), with 一级指标 and 分值 or 得分 among them.
    private static func header(at index: Int, in cells: [String?]) -> (columns: [IndicatorTableReader.Column?], lines: [Int], end: Int)? {
        guard let first = cells[index], IndicatorTableReader.column(named: first) == .first || isLabel(first) else { return nil }
        var columns: [IndicatorTableReader.Column?] = []
        var lines: [Int] = []
        var end = index
        while end < cells.count, let text = cells[end], !text.isEmpty,
              IndicatorTableReader.column(named: text) != nil || isLabel(text), columns.count < 16 {
            columns.append(IndicatorTableReader.column(named: text))
            lines.append(end + 1)
            end += 1
        }
        guard columns.contains(.first), columns.contains(.score) || columns.contains(.weight) else { return nil }
        return (columns, lines, end)
    }

    private static func isLabel(_ text: String) -> Bool {
        ["序号", "指标解释", "评分标准", "绩效指标"].contains(IndicatorName.key(text))
    }
}

/// Reads the rows after one header of `ReportTable.tables(inCellLines:)`.
private struct CellLineReader {
    let cells: [String?]
    let header: (columns: [IndicatorTableReader.Column?], lines: [Int], end: Int)
    private(set) var position: Int

    /// How far a row's score may be from where the row starts before the table is taken to end.
    static let longestRow = 40

    init(cells: [String?], header: (columns: [IndicatorTableReader.Column?], lines: [Int], end: Int)) {
        self.cells = cells
        self.header = header
        position = header.end
    }

    mutating func table() -> ReportTable {
        let columns = header.columns
        let anchorStart = columns.firstIndex { $0 == .weight || $0 == .score } ?? 0
        let anchorLength = anchorStart + 1 < columns.count
            && [.weight, .score].contains(columns[anchorStart + 1]) ? 2 : 1
        let trailing = columns.count - anchorStart - anchorLength
        var rows: [[ReportTable.Cell]] = [header.lines.map { line in ReportTable.Cell(text: cells[line - 1] ?? "", lines: [line]) }]
        while let anchor = nextAnchor(length: anchorLength) {
            let chunk = Array(position..<anchor)
            let window = Array(chunk.suffix(anchorStart))
            let named = chunk.dropLast(window.count).filter { !(cells[$0] ?? "").isEmpty }
            if !named.isEmpty {
                // A row without scores: its names are the levels of the rows below (two: 一级 and
                // 二级; one: a 二级 under the 一级 above).
                var group = Array(repeating: empty, count: columns.count)
                let levels = [columns.firstIndex(of: .first), columns.firstIndex(of: .second)].compactMap { $0 }
                for (column, line) in zip(levels.suffix(min(named.count, 2)), named.suffix(2)) { group[column] = cell(line) }
                rows.append(group)
            }
            let tail = Array((anchor + anchorLength)..<min(anchor + anchorLength + trailing, cells.count))
            let row = padded(window.map(cell), to: anchorStart) + (anchor..<(anchor + anchorLength)).map(cell) + tail.map(cell)
            rows.append(row + Array(repeating: empty, count: max(columns.count - row.count, 0)))
            position = anchor + anchorLength + tail.count
            if row.contains(where: { IndicatorTableReader.totalWords.contains(IndicatorName.key($0.text)) }) { break }
        }
        return ReportTable(rows: rows)
    }

    private var empty: ReportTable.Cell { ReportTable.Cell(text: "", lines: []) }

    private func cell(_ index: Int) -> ReportTable.Cell {
        let text = cells[index] ?? ""
        return ReportTable.Cell(text: text, lines: text.isEmpty ? [] : [index + 1])
    }

    private func padded(_ row: [ReportTable.Cell], to width: Int) -> [ReportTable.Cell] {
        Array(repeating: empty, count: max(width - row.count, 0)) + row.suffix(width)
    }

    /// Where the next row's 分值 (or 得分) is: the last `length` lines of the first run of number
    /// lines that a text line comes before (a 序号 `1.1` opening the row is no score).
    private func nextAnchor(length: Int) -> Int? {
        var index = position
        var hasText = false
        while index < cells.count, index - position <= Self.longestRow {
            guard let text = cells[index] else { return nil }
            if IndicatorName.number(text) != nil, hasText || length == 2 {
                var end = index
                while end + 1 < cells.count, IndicatorName.number(cells[end + 1]) != nil { end += 1 }
                if end - index + 1 >= length { return end - length + 1 }
                index = end + 1
                continue
            }
            if !text.isEmpty { hasText = true }
            index += 1
        }
        return nil
    }
}
