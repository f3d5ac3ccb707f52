/// The HTML table model: cells placed on a grid of slots, row by row, each skipping the slots a
/// `rowspan` from above already holds, so a Word row can say for every column whether a cell
/// starts there, continues a merge from above, or is missing.
///
///     <tr><th rowspan="2">甲</th><td>乙</td></tr>      slots  甲 乙
///     <tr><td>丙</td></tr>                                    甲 丙
///
/// Spans are held inside the table and its row group, and shrunk where they would run into a
/// cell already placed, so every cell is a rectangle and no two overlap.
struct TableGrid {
    private struct Placed {
        let element: HTMLElement
        let row: Int
        let rowSpan: Int
        let columnSpan: Int
        /// Cells past the last column Word can hold, whose text this cell keeps.
        var overflow: [HTMLNode] = []
    }

    private var cells: [Placed] = []
    private var slots: [[Int?]] = []
    var rowCount: Int { slots.count }
    var columnCount: Int { slots.map(\.count).max() ?? 0 }

    /// Places one row group (`<thead>`, `<tbody>` or rows outside any): spans end with it.
    mutating func place(_ rows: [HTMLElement]) {
        let start = slots.count
        let end = start + rows.count
        slots.append(contentsOf: Array(repeating: [], count: rows.count))
        for (offset, row) in rows.enumerated() {
            let top = start + offset
            var column = 0
            for case .element(let cell) in row.children where cell.name == "td" || cell.name == "th" {
                while slot(top, column) != nil { column += 1 }
                guard column < WordLayout.maximumColumns else {
                    if let last = slots[top].last, let index = last { cells[index].overflow += [.text(" ")] + cell.children }
                    continue
                }
                let wantedWidth = cell.count("colspan", within: 1...(WordLayout.maximumColumns - column))
                var width = 1
                while width < wantedWidth, slot(top, column + width) == nil { width += 1 }
                let wantedHeight = cell.count("rowspan", within: 1...WordLayout.maximumRowSpan)
                var height = 1
                while height < wantedHeight, top + height < end,
                      (column..<column + width).allSatisfy({ slot(top + height, $0) == nil }) {
                    height += 1
                }
                cells.append(Placed(element: cell, row: top, rowSpan: height, columnSpan: width))
                for row in top..<top + height {
                    for slotColumn in column..<column + width { fill(row, slotColumn, with: cells.count - 1) }
                }
                column += width
            }
        }
    }

    /// Every row's Word cells, left to right across all `columnCount` columns; `laidOut` gives a
    /// starting cell's paragraphs.
    func rows(laidOut: (HTMLElement) -> [WordParagraph]) -> [[WordTable.Cell]] {
        let width = columnCount
        return slots.indices.map { row in
            var cells: [WordTable.Cell] = []
            var column = 0
            while column < width {
                guard let index = slot(row, column) else {
                    cells.append(WordTable.Cell(span: 1, verticalMerge: .none, paragraphs: [WordParagraph(style: .tableText)]))
                    column += 1
                    continue
                }
                let placed = self.cells[index]
                if placed.row == row {
                    var element = placed.element
                    element.children += placed.overflow
                    cells.append(WordTable.Cell(span: placed.columnSpan, verticalMerge: placed.rowSpan > 1 ? .restart : .none,
                                                paragraphs: laidOut(element)))
                } else {
                    let empty = WordParagraph(style: .tableText)
                    cells.append(WordTable.Cell(span: placed.columnSpan, verticalMerge: .continue, paragraphs: [empty]))
                }
                column += placed.columnSpan
            }
            return cells
        }
    }

    private func slot(_ row: Int, _ column: Int) -> Int? {
        row < slots.count && column < slots[row].count ? slots[row][column] : nil
    }

    private mutating func fill(_ row: Int, _ column: Int, with index: Int) {
        while slots[row].count <= column { slots[row].append(nil) }
        slots[row][column] = index
    }
}
