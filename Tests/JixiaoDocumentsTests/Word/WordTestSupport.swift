import Foundation
import JixiaoArchive
import JixiaoDocuments
import JixiaoTestSupport
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// One element of a part read back with Foundation's XMLParser: qualified name, attributes,
/// children and the text directly inside it.
final class XMLElementNode {
    let name: String
    let attributes: [String: String]
    var children: [XMLElementNode] = []
    var text = ""

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    /// Every element named `name` under this one, in document order.
    func all(_ name: String) -> [XMLElementNode] {
        children.flatMap { ($0.name == name ? [$0] : []) + $0.all(name) }
    }

    func first(_ name: String) -> XMLElementNode? { all(name).first }

    subscript(attribute: String) -> String? { attributes[attribute] }
}

private final class TreeBuilder: NSObject, XMLParserDelegate {
    var stack = [XMLElementNode(name: "", attributes: [:])]
    var error: Error?

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        stack.append(XMLElementNode(name: name, attributes: attributes))
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        let element = stack.removeLast()
        stack[stack.count - 1].children.append(element)
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        stack[stack.count - 1].text += string
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        error = parseError
    }
}

/// The root element of `xml`; fails the test when the part is not well formed.
func parsedXML(_ xml: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> XMLElementNode {
    let parser = XMLParser(data: Data(xml.utf8))
    let builder = TreeBuilder()
    parser.delegate = builder
    let didParse = parser.parse()
    #expect(didParse, "\(name) is not well-formed XML: \(String(describing: builder.error ?? parser.parserError))",
            sourceLocation: sourceLocation)
    return try #require(builder.stack.first?.children.first, "\(name) has no root element", sourceLocation: sourceLocation)
}

/// A `.docx` read back through `ZipReader`: each part's text by its path in the archive.
func wordParts(_ docx: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: String] {
    let reader = try ZipReader(bytes: docx)
    var parts: [String: String] = [:]
    for path in reader.paths { parts[path] = String(decoding: try reader.contents(of: path), as: UTF8.self) }
    return parts
}

/// The text a reader sees in a Word body: every `w:t` in order.
func wordText(_ document: XMLElementNode) -> String {
    document.all("w:t").map(\.text).joined()
}

/// The text a browser shows for an HTML document: the body without tags, references decoded.
func htmlText(_ html: String) -> String {
    var text = html
    for pattern in ["(?s)<head>.*?</head>", "(?s)<!--.*?-->", "<[^>]+>"] {
        text = text.replacingOccurrences(of: pattern, with: "", options: .regularExpression)
    }
    let references = ["&lt;": "<", "&gt;": ">", "&quot;": "\"", "&#39;": "'", "&amp;": "&"]
    for (reference, character) in references { text = text.replacingOccurrences(of: reference, with: character) }
    return text
}

/// The text of a Markdown document without its markup: heading marks, table rules and bars,
/// `<br>` and backslash escapes.
func markdownText(_ markdown: String) -> String {
    var text = markdown.replacingOccurrences(of: "(?m)^#+ ", with: "", options: .regularExpression)
    text = text.replacingOccurrences(of: "(?m)^\\|?[-:| ]+\\|$", with: "", options: .regularExpression)
    text = text.replacingOccurrences(of: "<br>", with: "").replacingOccurrences(of: "\\\\(.)", with: "$1", options: .regularExpression)
    return text.replacingOccurrences(of: "|", with: "")
}

/// `text` without any white space, so texts laid out differently compare character by character.
func withoutWhitespace(_ text: String) -> String {
    String(text.unicodeScalars.filter { !CharacterSet.whitespacesAndNewlines.contains($0) }.map(Character.init))
}

/// Where two texts first differ, with some context, for a failure message.
func firstDifference(_ expected: String, _ actual: String) -> String {
    let a = Array(expected), b = Array(actual)
    let index = Array(zip(a, b)).firstIndex { $0 != $1 } ?? min(a.count, b.count)
    let start = max(0, index - 15)
    return "expected …\(String(a[start..<min(a.count, index + 15)]))… got …\(String(b[start..<min(b.count, index + 15)]))…"
}
