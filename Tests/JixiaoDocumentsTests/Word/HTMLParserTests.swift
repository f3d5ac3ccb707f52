import Testing

@testable import JixiaoDocuments

@Suite struct HTMLParserTests {
    /// `p[class=甲]("text",br)`: an element with its sorted attributes and children, text quoted.
    static func describe(_ nodes: [HTMLNode]) -> String {
        nodes.map { node in
            switch node {
            case .text(let text): "\"\(text)\""
            case .element(let element):
                element.name
                    + (element.attributes.isEmpty ? "" : "[" + element.attributes.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ",") + "]")
                    + (element.children.isEmpty ? "" : "(" + describe(element.children) + ")")
            }
        }.joined(separator: ",")
    }

    @Test(arguments: [
        // What the templates write.
        (#"<p class="不缩进">甲&amp;乙<br>丙</p>"#, #"p[class=不缩进]("甲&乙",br,"丙")"#),
        (#"<td colspan="2" rowspan=3>数</td>"#, #"td[colspan=2,rowspan=3]("数")"#),
        (#"<colgroup><col style="width:40%"><col style="width:60%"></colgroup>"#, #"colgroup(col[style=width:40%],col[style=width:60%])"#),
        ("<!DOCTYPE html><html><head><style>p { x: 1 }</style><title>标题&lt;</title></head></html>", #"html(head(title("标题<")))"#),
        ("<p>甲<!-- 注释 -->乙</p>", #"p("甲乙")"#),
        // What a browser infers: implied ends of paragraphs, cells and rows.
        ("<p>一<p>二", #"p("一"),p("二")"#),
        ("<tr><td>甲<td>乙<tr><td>丙", #"tr(td("甲"),td("乙")),tr(td("丙"))"#),
        ("<p>段<div>块</div>", #"p("段"),div("块")"#),
        // Markup from a user's template: text kept, nothing thrown.
        ("<P CLASS='x'>大写</P>", #"p[class=x]("大写")"#),
        ("甲</span>乙", #""甲乙""#),
        ("<b>未闭合", #"b("未闭合")"#),
        ("1 < 2 <3", #""1 < 2 <3""#),
        ("&unknown; &#x2014; &#20013; &#0; &amp", #""&unknown; — 中 � &amp""#),
        ("<custom-tag data-x=\"1\">自定义</custom-tag>", #"custom-tag[data-x=1]("自定义")"#),
        ("<br/><img src=\"a.png\"/>图<img src=b.png/>", #"br,img[src=a.png],"图",img[src=b.png/]"#),
    ])
    func readsTheMarkupAsABrowserWould(_ example: (html: String, tree: String)) {
        #expect(Self.describe(HTMLParser.nodes(from: example.html)) == example.tree, "\(example.html)")
    }

    @Test func deepNestingKeepsItsTextWithoutGrowingTheTree() {
        let depth = 10_000
        let html = String(repeating: "<div>", count: depth) + "深处" + String(repeating: "</div>", count: depth)
        let nodes = HTMLParser.nodes(from: html)
        func deepest(_ nodes: [HTMLNode], _ level: Int) -> Int {
            nodes.map { if case .element(let element) = $0 { deepest(element.children, level + 1) } else { level } }.max() ?? level
        }
        #expect(deepest(nodes, 0) <= HTMLParser.maximumDepth + 1)
        #expect(Self.describe(nodes).contains("\"深处\""))
    }

    @Test(arguments: [("2", 2), ("0", 1), ("", 1), ("x", 1), ("-3", 1), ("99999999999999999999", 63), ("70", 63)])
    func spansAreHeldToWhatWordCanHold(_ example: (written: String, span: Int)) {
        let element = HTMLElement(name: "td", attributes: ["colspan": example.written])
        #expect(element.count("colspan", within: 1...63) == example.span, "colspan=\"\(example.written)\"")
    }
}
