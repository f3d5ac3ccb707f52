import Foundation
import JixiaoArchive

#if canImport(FoundationXML)
import FoundationXML
#endif

/// The paragraphs of a .docx in reading order: body paragraphs, and inside tables one
/// paragraph per cell paragraph, as Word's own "save as text" puts cells one per line.
///
/// Only `word/document.xml` is read: `w:p` ends a paragraph, `w:t` is text, `w:tab` a tab,
/// `w:br`/`w:cr` a line break inside the paragraph (kept as a space); deleted text
/// (`w:del`) and field codes (`w:instrText`) are left out.
enum DocxParagraphs {
    static let documentPath = "word/document.xml"

    static func paragraphs(fromDocx bytes: [UInt8]) throws(ImportFailure) -> [String] {
        let xml: [UInt8]
        do {
            let archive = try ZipReader(bytes: bytes)
            xml = try archive.contents(of: documentPath)
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
        return collector.paragraphs
    }
}

/// XMLParser's delegate: collects the text of each `w:p`.
private final class ParagraphCollector: NSObject, XMLParserDelegate {
    var paragraphs: [String] = []
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
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "w:t": isInText = false
        case "w:del": deletedDepth -= 1
        case "w:p":
            paragraphs.append(current)
            current = ""
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if isInText { current += string }
    }
}
