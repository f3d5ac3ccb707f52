/// Writes `word/document.xml`: the blocks of a `WordLayout` as WordprocessingML, each section
/// ending in a `w:sectPr` with the page of `PageGeometry`.
///
/// A section's properties sit in its last paragraph; where a section ends in a table, two tables
/// meet (Word would join them into one) or the body ends in a table, an invisible `spacer`
/// paragraph stands between.
enum DocumentPart {
    static let oddFooter = "rIdFooterOdd"
    static let evenFooter = "rIdFooterEven"

    static func xml(_ blocks: [WordBlock], lastSection: PageGeometry.Orientation) -> String {
        var xml = XMLText.declaration
        xml += #"<w:document xmlns:w="\#(XMLText.wordNamespace)" xmlns:r="\#(XMLText.relationshipNamespace)"><w:body>"#
        var previousWasTable = false
        for (index, block) in blocks.enumerated() {
            let next = index + 1 < blocks.count ? blocks[index + 1] : nil
            switch block {
            case .paragraph(let paragraph):
                var section: PageGeometry.Orientation?
                if case .sectionEnd(let orientation)? = next { section = orientation }
                xml += self.paragraph(paragraph, endingSection: section)
                previousWasTable = false
            case .table(let table):
                if previousWasTable { xml += self.paragraph(WordParagraph(style: .spacer), endingSection: nil) }
                xml += self.table(table)
                previousWasTable = true
            case .sectionEnd(let orientation):
                let previous = index > 0 ? blocks[index - 1] : nil
                if case .paragraph? = previous { continue }
                xml += paragraph(WordParagraph(style: .spacer), endingSection: orientation)
                previousWasTable = false
            }
        }
        // Word ends a body, as a cell, with a paragraph: one after a closing table.
        if previousWasTable { xml += paragraph(WordParagraph(style: .spacer), endingSection: nil) }
        return xml + sectionProperties(lastSection) + "</w:body></w:document>"
    }

    static func paragraph(_ paragraph: WordParagraph, endingSection section: PageGeometry.Orientation?) -> String {
        var properties = "<w:pStyle w:val=\"\(paragraph.style.rawValue)\"/>"
        if paragraph.startsOnNewPage { properties += "<w:pageBreakBefore/>" }
        if !paragraph.tabStops.isEmpty {
            properties += "<w:tabs>"
            for stop in paragraph.tabStops { properties += "<w:tab w:val=\"\(stop.alignment.rawValue)\" w:pos=\"\(stop.position)\"/>" }
            properties += "</w:tabs>"
        }
        if let indent = paragraph.leftIndent { properties += "<w:ind w:left=\"\(indent)\" w:firstLineChars=\"0\" w:firstLine=\"0\"/>" }
        if let alignment = paragraph.alignment { properties += "<w:jc w:val=\"\(alignment.rawValue)\"/>" }
        if let section { properties += sectionProperties(section) }
        var xml = "<w:p><w:pPr>\(properties)</w:pPr>"
        for run in paragraph.runs { xml += self.run(run) }
        return xml + "</w:p>"
    }

    private static func run(_ run: WordRun) -> String {
        switch run {
        case .lineBreak: return "<w:r><w:br/></w:r>"
        case .tab: return "<w:r><w:tab/></w:r>"
        case .text(let text, let format):
            var properties = ""
            if format.isBold { properties += "<w:b/><w:bCs/>" }
            if format.isItalic { properties += "<w:i/><w:iCs/>" }
            if format.isUnderlined { properties += "<w:u w:val=\"single\"/>" }
            if format.verticalAlignment != .baseline { properties += "<w:vertAlign w:val=\"\(format.verticalAlignment.rawValue)\"/>" }
            let rPr = properties.isEmpty ? "" : "<w:rPr>\(properties)</w:rPr>"
            // A tab in the text is Word's tab, not a character of the text.
            guard text.utf8.contains(0x09) else { return "<w:r>\(rPr)<w:t xml:space=\"preserve\">\(XMLText.escaped(text))</w:t></w:r>" }
            return text.split(separator: "\t", omittingEmptySubsequences: false).map { piece in
                "<w:r>\(rPr)<w:t xml:space=\"preserve\">\(XMLText.escaped(String(piece)))</w:t></w:r>"
            }.joined(separator: "<w:r><w:tab/></w:r>")
        }
    }

    private static func table(_ table: WordTable) -> String {
        let width = table.columns.reduce(0, +)
        var xml = "<w:tbl><w:tblPr><w:tblW w:w=\"\(width)\" w:type=\"dxa\"/><w:jc w:val=\"center\"/><w:tblBorders>"
        for edge in ["top", "left", "bottom", "right", "insideH", "insideV"] {
            xml += "<w:\(edge) w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
        }
        xml += "</w:tblBorders><w:tblLayout w:type=\"fixed\"/>"
        xml += "<w:tblCellMar><w:left w:w=\"85\" w:type=\"dxa\"/><w:right w:w=\"85\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr><w:tblGrid>"
        for column in table.columns { xml += "<w:gridCol w:w=\"\(column)\"/>" }
        xml += "</w:tblGrid>"
        for row in table.rows {
            xml += "<w:tr>"
            if row.isHeader || row.minimumHeight != nil {
                xml += "<w:trPr>"
                if let height = row.minimumHeight { xml += "<w:trHeight w:val=\"\(height)\" w:hRule=\"atLeast\"/>" }
                if row.isHeader { xml += "<w:tblHeader/>" }
                xml += "</w:trPr>"
            }
            var column = 0
            for cell in row.cells {
                let end = min(column + cell.span, table.columns.count)
                let cellWidth = table.columns[min(column, table.columns.count - 1)..<end].reduce(0, +)
                column = end
                xml += "<w:tc><w:tcPr><w:tcW w:w=\"\(cellWidth)\" w:type=\"dxa\"/>"
                if cell.span > 1 { xml += "<w:gridSpan w:val=\"\(cell.span)\"/>" }
                switch cell.verticalMerge {
                case .none: break
                case .restart: xml += "<w:vMerge w:val=\"restart\"/>"
                case .continue: xml += "<w:vMerge/>"
                }
                xml += "<w:vAlign w:val=\"center\"/></w:tcPr>"
                for paragraph in cell.paragraphs { xml += self.paragraph(paragraph, endingSection: nil) }
                xml += "</w:tc>"
            }
            xml += "</w:tr>"
        }
        return xml + "</w:tbl>"
    }

    static func sectionProperties(_ orientation: PageGeometry.Orientation) -> String {
        let margins = PageGeometry.margins(orientation)
        let size = switch orientation {
        case .portrait: "<w:pgSz w:w=\"\(PageGeometry.a4Width)\" w:h=\"\(PageGeometry.a4Height)\"/>"
        case .landscape: "<w:pgSz w:w=\"\(PageGeometry.a4Height)\" w:h=\"\(PageGeometry.a4Width)\" w:orient=\"landscape\"/>"
        }
        return "<w:sectPr><w:footerReference w:type=\"default\" r:id=\"\(oddFooter)\"/>"
            + "<w:footerReference w:type=\"even\" r:id=\"\(evenFooter)\"/>"
            + size
            + "<w:pgMar w:top=\"\(margins.top)\" w:right=\"\(margins.right)\" w:bottom=\"\(margins.bottom)\""
            + " w:left=\"\(margins.left)\" w:header=\"\(PageGeometry.headerDistance)\" w:footer=\"\(margins.footer)\" w:gutter=\"0\"/>"
            + "<w:cols w:space=\"425\"/>"
            + "<w:docGrid w:type=\"lines\" w:linePitch=\"\(PageGeometry.linePitch)\"/></w:sectPr>"
    }
}
