import Testing

@testable import JixiaoDocuments

@Suite struct WordLayoutTests {
    /// One line per block: `Style: text` for a paragraph (`|` a line break, `→` a tab), the grid
    /// for a table, `section: orientation` for a section end, and `last: orientation` at the end.
    static func describe(_ html: String) -> [String] {
        let layout = WordLayout.layout(of: HTMLParser.nodes(from: html))
        return layout.blocks.map { block in
            switch block {
            case .paragraph(let paragraph): describe(paragraph)
            case .sectionEnd(let orientation): "section: \(orientation)"
            case .table(let table):
                "table \(table.columns): " + table.rows.map { row in
                    (row.isHeader ? "header " : "") + row.cells.map { cell in
                        let merge = switch cell.verticalMerge {
                        case .none: ""
                        case .restart: "v"
                        case .continue: "^"
                        }
                        return "\(cell.paragraphs.map(describe).joined(separator: "/"))\(cell.span > 1 ? "×\(cell.span)" : "")\(merge)"
                    }.joined(separator: " | ")
                }.joined(separator: " ; ")
            }
        } + ["last: \(layout.orientation)"]
    }

    static func describe(_ paragraph: WordParagraph) -> String {
        var text = paragraph.style.rawValue
        if paragraph.startsOnNewPage { text += " (new page)" }
        if let alignment = paragraph.alignment { text += " \(alignment)" }
        text += ": "
        for run in paragraph.runs {
            switch run {
            case .text(let string, let format): text += format.isBold ? "**\(string)**" : string
            case .lineBreak: text += "|"
            case .tab: text += "→"
            }
        }
        return text
    }

    @Test(arguments: [
        ("<h1>部门整体支出绩效自评报告</h1><h2>一、基本情况</h2><h3>（一）机构</h3><h4>1.收入</h4>",
         ["Title: 部门整体支出绩效自评报告", "Heading1: 一、基本情况", "Heading2: （一）机构", "Heading3: 1.收入", "last: portrait"]),
        (#"<p class="附件编号">附件1-1</p><p class="不缩进">评价年度：2024年度</p><p class="落款">单位</p><p>正文</p>"#,
         ["AttachmentLabel: 附件1-1", "NoIndent: 评价年度：2024年度", "Signature: 单位", "Normal: 正文", "last: portrait"]),
        // White space as a browser shows it; <br> a line break; <b> bold.
        ("<p>\n  甲  乙\n<br>\n丙 <b>丁</b> </p>", ["Normal: 甲 乙|丙 **丁**", "last: portrait"]),
        // Text outside any paragraph and unknown elements keep their text as body text.
        ("<body>散文<custom>自定义</custom><section><span>节</span></section></body>", ["Normal: 散文自定义", "Normal: 节", "last: portrait"]),
        (#"<p class="表头"><span>填报单位：甲</span> <span>金额单位：万元</span></p>"#, ["TableCaption: 填报单位：甲→金额单位：万元", "last: portrait"]),
        // Each 附件 after the first starts a page; a 横排 one is a landscape section of its own.
        (#"<div class="附件"><p>一</p></div><div class="附件"><p>二</p></div>"#, ["Normal: 一", "Normal (new page): 二", "last: portrait"]),
        (#"<p>竖</p><div class="附件 横排"><p>横</p></div><p>又竖</p>"#,
         ["Normal: 竖", "section: portrait", "Normal: 横", "section: landscape", "Normal: 又竖", "last: portrait"]),
        (#"<div class="横排"><p>全是横排</p></div>"#, ["Normal: 全是横排", "last: landscape"]),
    ])
    func eachMarkedElementGetsItsStyle(_ example: (html: String, blocks: [String])) {
        #expect(Self.describe(example.html) == example.blocks, "\(example.html)")
    }

    @Test(arguments: [
        // rowspan and colspan become vMerge and gridSpan on the grid; thead rows repeat.
        ("<table><thead><tr><th>甲</th><th>乙</th></tr></thead><tr><td rowspan=\"2\">丙</td><td>丁</td></tr><tr><td>戊</td></tr></table>",
         "table [4422, 4423]: header TableHeading: 甲 | TableHeading: 乙 ; TableText: 丙v | TableText: 丁 ; TableText: ^ | TableText: 戊"),
        ("<table><tr><th colspan=\"2\" rowspan=\"2\">甲</th><td>乙</td></tr><tr><td class=\"数\">1.00</td></tr></table>",
         "table [2948, 2948, 2949]: TableHeading: 甲×2v | TableText: 乙 ; TableText: ×2^ | TableText right: 1.00"),
        // Column widths from <col>; a short row is filled out; a span running into a cell is shrunk.
        (#"<table><colgroup><col style="width:25%"><col style="width:75%"></colgroup><tr><td>甲</td></tr><tr><td>乙</td><td>丙</td></tr></table>"#,
         "table [2211, 6634]: TableText: 甲 | TableText:  ; TableText: 乙 | TableText: 丙"),
        ("<table><tr><td>甲</td><td rowspan=\"2\">乙</td></tr><tr><td colspan=\"2\">丙</td></tr></table>",
         "table [4422, 4423]: TableText: 甲 | TableText: 乙v ; TableText: 丙 | TableText: ^"),
        // thead written after the body still comes first; rowspan ends with its row group.
        ("<table><tbody><tr><td rowspan=\"9\">体</td></tr></tbody><thead><tr><th>头</th></tr></thead></table>",
         "table [8845]: header TableHeading: 头 ; TableText: 体"),
    ])
    func tablesKeepTheirMerges(_ example: (html: String, table: String)) {
        #expect(Self.describe(example.html).first == example.table, "\(example.html)")
    }

    @Test func textAroundTheCellsIsKeptBeforeTheTable() {
        #expect(Self.describe("<table><caption>表名</caption>漏字<tr><td>格</td>行里的字</tr></table>")
                    == ["Normal: 表名漏字行里的字", "table [8845]: TableText: 格", "last: portrait"])
    }

    @Test func twoTablesInARowStayTwoTables() {
        let layout = WordLayout.layout(of: HTMLParser.nodes(from: "<table><tr><td>一</td></tr></table><table><tr><td>二</td></tr></table>"))
        let xml = DocumentPart.xml(layout.blocks, lastSection: layout.orientation)
        #expect(xml.contains("</w:tbl><w:p><w:pPr><w:pStyle w:val=\"Spacer\"/></w:pPr></w:p><w:tbl>"))
    }

    @Test func aSectionEndingInATableGetsAParagraphForItsProperties() {
        let layout = WordLayout.layout(of: HTMLParser.nodes(from: #"<div class="横排"><table><tr><td>表</td></tr></table></div><p>后</p>"#))
        let xml = DocumentPart.xml(layout.blocks, lastSection: layout.orientation)
        #expect(xml.contains("</w:tbl><w:p><w:pPr><w:pStyle w:val=\"Spacer\"/><w:sectPr>"))
        #expect(xml.components(separatedBy: "w:orient=\"landscape\"").count == 2)
        #expect(xml.components(separatedBy: "<w:sectPr>").count == 3)
    }
}
