/// A table of the report: rows of cells, each cell with the lines (or paragraphs) it came
/// from, as a .docx's `<w:tbl>` holds it or as a text export scatters it over lines.
///
/// Worked example (a text export, `→` a tab): `→一级指标` `→二级指标` `→年度` `指标值` then an
/// empty line is one row of three cells, `一级指标 | 二级指标 | 年度指标值`: a line opening with a
/// tab starts a cell, a line without one goes on with the cell before it.
struct ReportTable: Sendable, Equatable {
    struct Cell: Sendable, Equatable {
        /// The cell's paragraphs joined and cleaned (`绩 效 指 标` → `绩效指标`).
        var text: String
        /// 1-based numbers of the lines or paragraphs the cell is made of; empty for a cell with none.
        var lines: [Int]
        /// How many grid columns the cell covers (`w:gridSpan`); 1 in a text export.
        var span: Int = 1
        /// A `w:vMerge` continuation: the cell above goes on into this row.
        var isMergedFromAbove = false
    }

    var rows: [[Cell]]

    /// Every line or paragraph number the table's cells are made of.
    var lineNumbers: Set<Int> { Set(rows.flatMap { $0.flatMap(\.lines) }) }
}

extension ReportTable {
    /// The same table with its line numbers counted on from `offset` (an attachment's).
    func numbered(from offset: Int) -> ReportTable {
        ReportTable(rows: rows.map { row in
            row.map { cell in
                var cell = cell
                cell.lines = cell.lines.map { $0 + offset }
                return cell
            }
        })
    }
}
