extension WordLayout {
    /// The most grid columns a table gets; Word itself holds at most 63.
    static let maximumColumns = 63
    /// The most rows one cell may span (HTML's own limit).
    static let maximumRowSpan = 65534

    /// A `<table>`: `<thead>` rows first and marked to repeat, then the body and `<tfoot>` rows,
    /// laid on a grid so that each `colspan` is a `w:gridSpan` and each `rowspan` a `w:vMerge`.
    /// Text a browser would show outside the cells (a caption, stray text) comes before it.
    mutating func layTable(_ table: HTMLElement) {
        var groups: [(order: Int, isImplicit: Bool, rows: [HTMLElement])] = []
        var widths: [String] = []
        var outside: [HTMLNode] = []
        func addRow(_ row: HTMLElement, to group: Int) {
            groups[group].rows.append(row)
            // Text a row holds outside its cells shows before the table in a browser.
            for node in row.children {
                if case .element(let cell) = node, cell.name == "td" || cell.name == "th" { continue }
                outside.append(node)
            }
        }
        for child in table.children {
            guard case .element(let element) = child else {
                outside.append(child)
                continue
            }
            switch element.name {
            case "thead", "tbody", "tfoot":
                groups.append((element.name == "thead" ? 0 : element.name == "tbody" ? 1 : 2, false, []))
                for node in element.children {
                    if case .element(let row) = node, row.name == "tr" { addRow(row, to: groups.count - 1) } else { outside.append(node) }
                }
            case "tr":
                if groups.last?.isImplicit != true { groups.append((1, true, [])) }
                addRow(element, to: groups.count - 1)
            case "colgroup":
                for case .element(let column) in element.children where column.name == "col" { widths.append(Self.width(of: column)) }
            case "col":
                widths.append(Self.width(of: element))
            default:
                outside.append(child)
            }
        }
        var strays = WordLayout()
        strays.lay(outside, in: Context())
        strays.flush()
        for case .paragraph(let paragraph) in strays.blocks { add(.paragraph(paragraph)) }

        let ordered = groups.enumerated().sorted { ($0.element.order, $0.offset) < ($1.element.order, $1.offset) }.map(\.element)
        var rows: [WordTable.Row] = []
        var grid = TableGrid()
        for group in ordered {
            let start = grid.rowCount
            grid.place(group.rows)
            for index in start..<grid.rowCount {
                let row = group.rows[index - start]
                rows.append(WordTable.Row(isHeader: group.order == 0, minimumHeight: row.hasClass("空行") ? 336 : nil, cells: []))
            }
        }
        guard !rows.isEmpty, grid.columnCount > 0 else { return }
        let columns = Self.columns(widths, count: grid.columnCount, total: PageGeometry.textWidth(orientation))
        for (index, row) in grid.rows(laidOut: { WordLayout.paragraphs(of: $0) }).enumerated() { rows[index].cells = row }
        add(.table(WordTable(columns: columns, rows: rows)))
    }

    /// A cell's content as paragraphs of the table styles, with the alignment its class asks for.
    static func paragraphs(of cell: HTMLElement) -> [WordParagraph] {
        var context = Context(style: cell.name == "th" ? .tableHeading : .tableText)
        if cell.hasClass("数") { context.alignment = .right }
        if cell.hasClass("中") { context.alignment = .center }
        if cell.hasClass("缩进1") { context.leftIndent = 315 }
        if cell.hasClass("缩进2") { context.leftIndent = 630 }
        var layout = WordLayout(isInCell: true)
        layout.lay(cell.children, in: context)
        layout.flush()
        let paragraphs = layout.blocks.compactMap { block -> WordParagraph? in
            if case .paragraph(let paragraph) = block { paragraph } else { nil }
        }
        return paragraphs.isEmpty ? [WordParagraph(style: context.style, alignment: context.alignment)] : paragraphs
    }

    /// `style="width:40%"` or `width="40%"`, as written.
    private static func width(of column: HTMLElement) -> String {
        if let style = column.attributes["style"], let range = style.range(of: "width:") {
            return String(style[range.upperBound...].prefix { $0 != ";" }).trimmingCharacters(in: .whitespaces)
        }
        return column.attributes["width"] ?? ""
    }

    /// Column widths in twips adding up to `total`: in proportion to the `<col>` percentages when
    /// there is one for every column, else equal.
    private static func columns(_ written: [String], count: Int, total: Int) -> [Int] {
        let shares = written.map(hundredthsOfPercent)
        let weights: [Int] = if shares.count == count, shares.allSatisfy({ $0 != nil && $0! > 0 }) {
            shares.map { $0! }
        } else {
            Array(repeating: 1, count: count)
        }
        let sum = weights.reduce(0, +)
        var columns = weights.map { total * $0 / sum }
        columns[columns.count - 1] += total - columns.reduce(0, +)
        return columns
    }

    /// `"12.5%"` → 1250; anything else (a length, a bad number) → nil.
    private static func hundredthsOfPercent(_ text: String) -> Int? {
        guard text.hasSuffix("%") else { return nil }
        let number = text.dropLast().split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let whole = number.first, whole.count <= 3, let integer = Int(whole) else { return nil }
        let fraction = number.count > 1 ? String(number[1].prefix(2)).padding(toLength: 2, withPad: "0", startingAt: 0) : "00"
        guard let hundredths = Int(fraction) else { return nil }
        return integer * 100 + hundredths
    }
}

import Foundation
