extension ReportTable {
    /// The tables of a text export (or of a .docx saved from one, whose paragraphs keep the
    /// tabs): runs of lines opening with a tab, a row ending at an empty line.
    ///
    /// Word's "save as plain text" writes a table row as its cells in order, each opening with
    /// a tab, a cell's further paragraphs on the lines after it without a tab, and an empty line
    /// after the row. A vertically merged cell is written again as an empty cell (`→`). An
    /// empty paragraph inside a cell also ends a line with nothing, so one row may come out as
    /// two (`IndicatorTableReader` joins them back). A line without a tab after an empty line
    /// ends the table.
    static func tables(inTextExport texts: [String]) -> [ReportTable] {
        var tables: [ReportTable] = []
        var rows: [[Cell]] = []
        var row: [Cell] = []
        func endRow() {
            if !row.isEmpty { rows.append(row) }
            row = []
        }
        func endTable() {
            endRow()
            if rows.count >= 2 { tables.append(ReportTable(rows: rows)) }
            rows = []
        }
        for (index, raw) in texts.enumerated() {
            let number = index + 1
            if raw.hasPrefix("\t") {
                let text = LineCleaner.clean(raw)
                row.append(Cell(text: text, lines: text.isEmpty ? [] : [number]))
            } else if raw.allSatisfy({ $0 == " " || $0 == "\u{3000}" || $0 == "\r" }) {
                endRow()
            } else if !row.isEmpty {
                let text = LineCleaner.clean(raw)
                row[row.count - 1].text += text
                if !text.isEmpty { row[row.count - 1].lines.append(number) }
            } else {
                endTable()
            }
        }
        endTable()
        return tables
    }
}
