/// Lays an HTML page out as Word blocks: each element the templates write becomes the
/// paragraph style, table or section Word needs, and any other markup keeps its text.
///
/// The mapping follows `Templates/共用/_样式.html`: `h1` is the title, `h2`–`h4` the heading
/// levels, `p.附件编号`, `p.不缩进`, `p.落款`, `p.表头` and `p.表尾` their own styles, each
/// `div.附件` after the first starts a page and an element with class `横排` is a landscape
/// section. Text outside any paragraph becomes body text; unknown elements are read through.
struct WordLayout {
    private(set) var blocks: [WordBlock] = []
    /// The page's `<title>`, for the document properties.
    private(set) var title: String?
    /// The orientation of the section still open.
    private(set) var orientation: PageGeometry.Orientation = .portrait

    /// Inside a table cell, every block becomes a paragraph of the cell.
    private let isInCell: Bool
    private var open: WordParagraph?
    private var startsPage = false
    private var endedSection: PageGeometry.Orientation?

    /// How text outside an explicit paragraph is styled and formatted.
    struct Context {
        var style: WordStyles.Paragraph = .body
        var format = WordRun.Format()
        var alignment: WordParagraph.Alignment?
        var leftIndent: Int?
    }

    init(isInCell: Bool = false) {
        self.isInCell = isInCell
    }

    /// The blocks of a whole page and the orientation of its last section.
    static func layout(of nodes: [HTMLNode]) -> WordLayout {
        var layout = WordLayout()
        layout.lay(nodes, in: Context())
        layout.flush()
        if let ended = layout.endedSection { layout.orientation = ended }
        return layout
    }

    mutating func lay(_ nodes: [HTMLNode], in context: Context) {
        for node in nodes {
            switch node {
            case .text(let text): append(text, in: context)
            case .element(let element): lay(element, in: context)
            }
        }
    }

    private mutating func lay(_ element: HTMLElement, in context: Context) {
        var inner = context
        switch element.name {
        case "head":
            for case .element(let child) in element.children where child.name == "title" { title = child.textContent }
        case "title":
            title = element.textContent
        case "h1", "h2", "h3", "h4", "h5", "h6":
            inner.style = isInCell ? context.style : Self.headingStyle(element.name)
            layParagraph(element, in: inner)
        case "p":
            if !isInCell { inner.style = Self.paragraphStyle(element) }
            layParagraph(element, in: inner)
        case "table" where !isInCell:
            flush()
            layTable(element)
        case "br":
            openParagraph(in: context)
            open?.runs.append(.lineBreak)
        case "b", "strong":
            inner.format.isBold = true
            lay(element.children, in: inner)
        case "i", "em":
            inner.format.isItalic = true
            lay(element.children, in: inner)
        case "u", "ins":
            inner.format.isUnderlined = true
            lay(element.children, in: inner)
        case "sup", "sub":
            inner.format.verticalAlignment = element.name == "sup" ? .superscript : .subscript
            lay(element.children, in: inner)
        case "colgroup", "col", "hr", "img":
            flush()
        case "li":
            if !isInCell { inner.style = .body }
            layParagraph(element, in: inner)
        case "tr" where isInCell, "dt", "dd":
            layParagraph(element, in: inner)
        case _ where HTMLParser.blockElements.contains(element.name) || element.name == "body" || element.name == "html":
            layBlock(element, in: inner)
        default:
            lay(element.children, in: inner)
        }
    }

    /// A `div` and its kin: page and section breaks as its classes ask, then its content.
    private mutating func layBlock(_ element: HTMLElement, in context: Context) {
        flush()
        let isLandscape = !isInCell && orientation == .portrait && element.hasClass("横排")
        if isLandscape {
            if !blocks.isEmpty || endedSection != nil { endSection(.portrait) }
            orientation = .landscape
        } else if !isInCell && element.hasClass("附件") && (!blocks.isEmpty || endedSection != nil) {
            startsPage = true
        }
        lay(element.children, in: context)
        flush()
        if isLandscape {
            endedSection = .landscape
            orientation = .portrait
        }
    }

    private mutating func layParagraph(_ element: HTMLElement, in context: Context) {
        flush()
        openParagraph(in: context)
        if context.style == .tableCaption {
            // `<p class="表头"><span>填报单位：…</span><span>金额单位：…</span></p>`: one tab before
            // each part after the first, and tab stops that spread the parts across the line.
            var parts = 0
            for child in element.children {
                switch child {
                case .text(let text) where text.allSatisfy(\.isWhitespace): continue
                case .text, .element:
                    if parts > 0 { open?.runs.append(.tab) }
                    parts += 1
                    lay([child], in: context)
                }
            }
            open?.tabStops = Self.tabStops(spreading: parts, over: PageGeometry.textWidth(orientation))
        } else {
            lay(element.children, in: context)
        }
        flush()
    }

    private mutating func openParagraph(in context: Context) {
        guard open == nil else { return }
        open = WordParagraph(style: context.style, alignment: context.alignment, leftIndent: context.leftIndent)
    }

    /// Text as HTML shows it: each run of white space one space, none at a line's start or end.
    private mutating func append(_ text: String, in context: Context) {
        // On UTF-8 bytes: the white space bytes are ASCII, never part of another character.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var lastWasSpace = false
        for byte in text.utf8 {
            let isSpace = byte.isHTMLWhitespace
            if isSpace {
                if !lastWasSpace { bytes.append(UInt8(ascii: " ")) }
            } else {
                bytes.append(byte)
            }
            lastWasSpace = isSpace
        }
        var collapsed = String(decoding: bytes, as: UTF8.self)
        if collapsed == " " && open == nil { return }
        openParagraph(in: context)
        guard var paragraph = open else { return }
        if collapsed.hasPrefix(" "), paragraph.endsLine { collapsed.removeFirst() }
        guard !collapsed.isEmpty else { return }
        if case .text(let last, let format)? = paragraph.runs.last, format == context.format {
            paragraph.runs[paragraph.runs.count - 1] = .text(last + collapsed, format)
        } else {
            paragraph.runs.append(.text(collapsed, context.format))
        }
        open = paragraph
    }

    /// Closes the open paragraph, if it holds anything, as the next block.
    mutating func flush() {
        guard var paragraph = open else { return }
        open = nil
        paragraph.trimTrailingSpaces()
        guard !paragraph.isEmpty || isInCell else { return }
        if startsPage {
            paragraph.startsOnNewPage = true
            startsPage = false
        }
        add(.paragraph(paragraph))
    }

    mutating func add(_ block: WordBlock) {
        if let ended = endedSection {
            endedSection = nil
            blocks.append(.sectionEnd(ended))
        }
        if startsPage, case .table = block {
            startsPage = false
            blocks.append(.paragraph(WordParagraph(style: .spacer, startsOnNewPage: true)))
        }
        blocks.append(block)
    }

    private mutating func endSection(_ orientation: PageGeometry.Orientation) {
        if let ended = endedSection { blocks.append(.sectionEnd(ended)) }
        endedSection = nil
        blocks.append(.sectionEnd(orientation))
        startsPage = false
    }

    private static func headingStyle(_ name: String) -> WordStyles.Paragraph {
        switch name {
        case "h1": .title
        case "h2": .heading1
        case "h3": .heading2
        default: .heading3
        }
    }

    private static func paragraphStyle(_ element: HTMLElement) -> WordStyles.Paragraph {
        if element.hasClass("附件编号") { return .attachmentLabel }
        if element.hasClass("表头") || element.hasClass("表尾") { return .tableCaption }
        if element.hasClass("落款") { return .signature }
        if element.hasClass("不缩进") { return .noIndent }
        return .body
    }

    /// `parts` pieces spread over `width`: centred between, the last at the right edge.
    private static func tabStops(spreading parts: Int, over width: Int) -> [WordParagraph.TabStop] {
        guard parts > 1 else { return [] }
        return (1..<parts).map { gap in
            WordParagraph.TabStop(position: width / (parts - 1) * gap, alignment: gap == parts - 1 ? .right : .center)
        }
    }
}

private extension WordParagraph {
    /// Whether the next text starts a line (so a leading space would not show).
    var endsLine: Bool {
        switch runs.last {
        case nil, .lineBreak, .tab: true
        case .text(let text, _): text.hasSuffix(" ")
        }
    }

    /// Drops the space before a line break or at the paragraph's end, which shows as nothing.
    mutating func trimTrailingSpaces() {
        for index in runs.indices {
            guard case .text(let text, let format) = runs[index], text.hasSuffix(" ") else { continue }
            let endsLine = index == runs.count - 1 || runs[index + 1] == .lineBreak
            if endsLine { runs[index] = .text(String(text.dropLast()), format) }
        }
        runs.removeAll { if case .text(let text, _) = $0 { text.isEmpty } else { false } }
    }
}
