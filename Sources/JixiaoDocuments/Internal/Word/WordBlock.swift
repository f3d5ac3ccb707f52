/// What a Word document's body is made of, between the HTML tree and WordprocessingML:
/// paragraphs, tables, and the end of a section with its page orientation.
enum WordBlock: Sendable, Equatable {
    case paragraph(WordParagraph)
    case table(WordTable)
    /// The section that ends here is laid out `orientation`; the next one starts on a new page.
    case sectionEnd(PageGeometry.Orientation)
}

/// One paragraph: a style from `WordStyles`, what the HTML's classes add to it, and its runs.
struct WordParagraph: Sendable, Equatable {
    var style: WordStyles.Paragraph
    var alignment: Alignment? = nil
    /// Left indent in twips (`td.缩进1`).
    var leftIndent: Int? = nil
    var startsOnNewPage = false
    /// Tab stops (twips from the left margin) that spread a `p.表头` across the line.
    var tabStops: [TabStop] = []
    var runs: [WordRun] = []

    enum Alignment: String, Sendable {
        case left, center, right
    }

    struct TabStop: Sendable, Equatable {
        let position: Int
        let alignment: Alignment
    }

    /// Whether the paragraph holds nothing a reader would see.
    var isEmpty: Bool {
        runs.allSatisfy { if case .text(let text, _) = $0 { text.isEmpty } else { false } }
    }
}

/// A piece of a paragraph: text in one format, a line break (`<br>`) or a tab.
enum WordRun: Sendable, Equatable {
    case text(String, Format)
    case lineBreak
    case tab

    struct Format: Sendable, Equatable {
        var isBold = false
        var isItalic = false
        var isUnderlined = false
        var verticalAlignment: VerticalAlignment = .baseline
    }

    enum VerticalAlignment: String, Sendable {
        case baseline, superscript, `subscript`
    }
}

/// A table laid on a grid of columns, each cell starting or continuing a merge exactly where the
/// HTML cell had `colspan` or `rowspan`.
struct WordTable: Sendable, Equatable {
    /// Column widths in twips; they add up to the table's width.
    var columns: [Int]
    var rows: [Row]

    struct Row: Sendable, Equatable {
        /// A `<thead>` row, repeated at the top of every page the table reaches.
        var isHeader: Bool
        /// `tr.空行`: at least this tall (twips), so an empty row can be written in by hand.
        var minimumHeight: Int?
        var cells: [Cell]
    }

    struct Cell: Sendable, Equatable {
        /// How many grid columns the cell covers (`colspan`).
        var span: Int
        var verticalMerge: VerticalMerge
        /// The cell's paragraphs; a continuing cell has one empty paragraph, as Word needs.
        var paragraphs: [WordParagraph]
    }

    enum VerticalMerge: Sendable, Equatable {
        case none
        /// The top cell of a `rowspan`.
        case restart
        /// A row the cell above spans into.
        case `continue`
    }
}
