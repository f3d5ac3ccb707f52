/// Reads an HTML page into a tree of `HTMLNode`s, the way a browser would for the markup
/// jixiao's templates write, and without losing text for any other markup.
///
/// It knows what the Word converter needs: void elements (`<br>`, `<col>`, `<meta>`), raw text
/// (`<style>` and `<script>` are dropped, `<title>` kept), the implied end of `<p>`, `<li>`,
/// `<tr>`, `<td>` and `<th>`, and character references. A stray end tag is ignored, an unclosed
/// element ends with the page, a `<` that starts no tag is text. Nesting deeper than
/// `maximumDepth` keeps its text in the element at that depth, so no page makes the layout
/// recurse without bound. For example
///
///     <p class="不缩进">甲&amp;乙<br>丙
///     <p>丁</p>
///
/// gives two `p` elements, the first holding `甲&乙`, a `br` and `丙\n`.
struct HTMLParser {
    static let maximumDepth = 100

    /// The nodes of `html` (usually one `html` element, after any doctype).
    static func nodes(from html: String) -> [HTMLNode] {
        var parser = HTMLParser(reader: HTMLReader(html))
        parser.parse()
        return parser.finish()
    }

    private var reader: HTMLReader
    /// The open elements; the first is a root that holds the page.
    private var stack: [HTMLElement] = [HTMLElement(name: "", attributes: [:])]
    private var text = ""

    private init(reader: HTMLReader) {
        self.reader = reader
    }

    private mutating func parse() {
        while let byte = reader.current {
            guard byte == UInt8(ascii: "<") else {
                text += reader.read { $0 != UInt8(ascii: "<") }
                continue
            }
            if reader.read("<!--") {
                _ = reader.read(until: "-->")
            } else if reader.read("</") {
                readEndTag()
            } else if reader.peek(1).map({ $0 == UInt8(ascii: "!") || $0 == UInt8(ascii: "?") }) == true {
                _ = reader.read(until: ">")
            } else if reader.peek(1)?.isASCIILetter == true {
                reader.advance()
                readStartTag()
            } else {
                reader.advance()
                text += "<"
            }
        }
    }

    private mutating func readStartTag() {
        let name = reader.read { !$0.isHTMLWhitespace && $0 != UInt8(ascii: ">") && $0 != UInt8(ascii: "/") }.lowercased()
        var attributes: [String: String] = [:]
        var isSelfClosing = false
        while true {
            reader.discardWhitespaces()
            guard let byte = reader.current else { break }
            if byte == UInt8(ascii: ">") { reader.advance(); break }
            if reader.read("/>") { isSelfClosing = true; break }
            if byte == UInt8(ascii: "/") { reader.advance(); continue }
            let key = reader.read { !$0.isHTMLWhitespace && $0 != UInt8(ascii: ">") && $0 != UInt8(ascii: "=") && $0 != UInt8(ascii: "/") }
                .lowercased()
            reader.discardWhitespaces()
            var value = ""
            if reader.read("=") {
                reader.discardWhitespaces()
                if let quote = reader.current, quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                    reader.advance()
                    value = reader.read(until: quote == UInt8(ascii: "\"") ? "\"" : "'")
                } else {
                    value = reader.read { !$0.isHTMLWhitespace && $0 != UInt8(ascii: ">") }
                }
            }
            if !key.isEmpty, attributes[key] == nil { attributes[key] = Self.decodingReferences(in: value) }
        }
        if name == "style" || name == "script" {
            _ = reader.read(until: "</\(name)")
            _ = reader.read(until: ">")
            return
        }
        closeImplied(before: name)
        let element = HTMLElement(name: name, attributes: attributes)
        if name == "title" || name == "textarea" {
            flushText()
            var titled = element
            titled.children = [.text(Self.decodingReferences(in: reader.read(until: "</\(name)")))]
            _ = reader.read(until: ">")
            append(.element(titled))
        } else if isSelfClosing || Self.voidElements.contains(name) || stack.count > Self.maximumDepth {
            flushText()
            append(.element(element))
        } else {
            flushText()
            stack.append(element)
        }
    }

    private mutating func readEndTag() {
        let name = reader.read { !$0.isHTMLWhitespace && $0 != UInt8(ascii: ">") }.lowercased()
        _ = reader.read(until: ">")
        guard let open = stack.lastIndex(where: { $0.name == name }), open > 0 else { return }
        flushText()
        while stack.count > open { closeTop() }
    }

    /// A `<p>` ends at the next block, a cell at the next cell or row, a row at the next row.
    private mutating func closeImplied(before name: String) {
        let closes: Set<String> = switch name {
        case "td", "th": ["td", "th", "p"]
        case "tr": ["td", "th", "tr", "p"]
        case "thead", "tbody", "tfoot": ["td", "th", "tr", "thead", "tbody", "tfoot", "p"]
        case "li": ["li", "p"]
        case _ where Self.blockElements.contains(name): ["p"]
        default: []
        }
        guard !closes.isEmpty else { return }
        flushText()
        while stack.count > 1, let top = stack.last, closes.contains(top.name) { closeTop() }
    }

    private mutating func closeTop() {
        let element = stack.removeLast()
        append(.element(element))
    }

    private mutating func append(_ node: HTMLNode) {
        stack[stack.count - 1].children.append(node)
    }

    private mutating func flushText() {
        guard !text.isEmpty else { return }
        append(.text(Self.decodingReferences(in: text)))
        text = ""
    }

    private mutating func finish() -> [HTMLNode] {
        flushText()
        while stack.count > 1 { closeTop() }
        return stack[0].children
    }

    private static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    ]
    static let blockElements: Set<String> = [
        "address", "article", "aside", "blockquote", "div", "dl", "dd", "dt", "figure", "footer", "h1", "h2", "h3",
        "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "ul",
    ]
}
