import Foundation
import JixiaoArchive

#if canImport(FoundationXML)
import FoundationXML
#endif

/// The paragraphs of a .docx in reading order: body paragraphs, and inside tables one
/// paragraph per cell paragraph, as Word's own "save as text" puts cells one per line; and
/// the tables themselves (`ReportTable`), their cells citing those paragraphs by number.
///
/// Only `word/document.xml` is read: `w:p` ends a paragraph, `w:t` is text, `w:tab` a tab,
/// `w:br`/`w:cr` a line break inside the paragraph (kept as a space); deleted text
/// (`w:del`) and field codes (`w:instrText`) are left out. In a table, `w:gridSpan` is how many
/// grid columns a cell covers and `w:vMerge` without `restart` continues the cell above.
struct DocxParagraphs: Sendable {
    static let documentPath = "word/document.xml"

    var paragraphs: [String]
    var tables: [ReportTable]

    init(docx bytes: [UInt8]) throws(ImportFailure) {
        let xml: [UInt8]
        do {
            let archive = try ZipReader(bytes: bytes)
            xml = try archive.contents(of: Self.documentPath)
        } catch {
            if case .compoundDocument = error { throw .binaryWord }
            throw .archive(error)
        }
        let collector = ParagraphCollector()
        let parser = XMLParser(data: Data(xml))
        parser.delegate = collector
        parser.shouldProcessNamespaces = false
        guard parser.parse(), parser.parserError == nil else {
            throw .damagedDocumentXML(line: max(parser.lineNumber, 1), column: max(parser.columnNumber, 1))
        }
        paragraphs = collector.paragraphs
        tables = collector.tables
    }
}

/// XMLParser's delegate: collects the text of each `w:p`.
private final class ParagraphCollector: NSObject, XMLParserDelegate {
    var paragraphs: [String] = []
    var tables: [ReportTable] = []
    /// Tables being read, the innermost last (a table may sit in a cell of another).
    private var open: [(rows: [[ReportTable.Cell]], row: [ReportTable.Cell], cell: ReportTable.Cell?)] = []
    private var current = ""
    private var isInText = false
    private var deletedDepth = 0

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        switch name {
        case "w:t": isInText = deletedDepth == 0
        case "w:tab": if deletedDepth == 0 { current += "\t" }
        case "w:br", "w:cr": if deletedDepth == 0 { current += " " }
        case "w:del": deletedDepth += 1
        case "w:tbl": open.append(([], [], nil))
        case "w:tr": if !open.isEmpty { open[open.count - 1].row = [] }
        case "w:tc": if !open.isEmpty { open[open.count - 1].cell = ReportTable.Cell(text: "", lines: []) }
        case "w:gridSpan":
            if !open.isEmpty, let value = attributes["w:val"].flatMap(Int.init), (1...64).contains(value) {
                open[open.count - 1].cell?.span = value
            }
        case "w:vMerge":
            if !open.isEmpty, attributes["w:val"] != "restart" { open[open.count - 1].cell?.isMergedFromAbove = true }
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "w:t": isInText = false
        case "w:del": deletedDepth -= 1
        case "w:p":
            paragraphs.append(current)
            if !open.isEmpty, open[open.count - 1].cell != nil {
                let text = LineCleaner.clean(current)
                if !text.isEmpty {
                    open[open.count - 1].cell?.text += text
                    open[open.count - 1].cell?.lines.append(paragraphs.count)
                }
            }
            current = ""
        case "w:tc":
            if !open.isEmpty, let cell = open[open.count - 1].cell {
                open[open.count - 1].row.append(cell)
                open[open.count - 1].cell = nil
            }
        case "w:tr":
            if !open.isEmpty {
                open[open.count - 1].rows.append(open[open.count - 1].row)
                open[open.count - 1].row = []
            }
        case "w:tbl":
            if let table = open.popLast() { tables.append(ReportTable(rows: table.rows)) }
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if isInText { current += string }
    }
}
