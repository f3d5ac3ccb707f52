/// The styles of a jixiao Word file (`word/styles.xml`) and the fonts they name
/// (`word/fontTable.xml`): one paragraph style per thing the HTML templates mark, with the
/// faces and sizes of GB/T 9704-2012 (`PageGeometry`).
///
/// East Asian faces go in `w:eastAsia`, digits and Latin letters in Times New Roman; each face
/// has the alternative names Word and WPS fall back to on a machine without it.
enum WordStyles {
    /// A paragraph style, named by what it is in the report.
    enum Paragraph: String, Sendable, CaseIterable {
        /// Body text: 仿宋 3号, two characters indented, justified on the page grid.
        case body = "Normal"
        /// `<h1>`: 方正小标宋简体 2号, centred.
        case title = "Title"
        /// `<h2>`, 一级标题: 黑体 3号.
        case heading1 = "Heading1"
        /// `<h3>`, 二级标题: 楷体 3号.
        case heading2 = "Heading2"
        /// `<h4>` and lower: 仿宋 3号.
        case heading3 = "Heading3"
        /// `p.不缩进`: body text at the margin (the cover lines).
        case noIndent = "NoIndent"
        /// `p.落款`.
        case signature = "Signature"
        /// `p.附件编号`: 黑体 3号 at the margin.
        case attachmentLabel = "AttachmentLabel"
        /// `p.表头`, `p.表尾`: 小四, its parts spread by tab stops.
        case tableCaption = "TableCaption"
        /// `<td>`: 五号, off the page grid so rows stay compact.
        case tableText = "TableText"
        /// `<th>`: 黑体 五号, centred.
        case tableHeading = "TableHeading"
        /// The invisible paragraph Word needs between two tables, so they stay two tables.
        case spacer = "Spacer"
        /// The page number.
        case footer = "Footer"
    }

    enum Face: String, CaseIterable {
        case fangSong = "仿宋_GB2312"
        case heiTi = "黑体"
        case kaiTi = "楷体_GB2312"
        case xiaoBiaoSong = "方正小标宋简体"
        case songTi = "宋体"

        /// Names the same face has on Windows, macOS and in WPS.
        var alternativeName: String {
            switch self {
            case .fangSong: "仿宋"
            case .heiTi: "SimHei"
            case .kaiTi: "楷体"
            case .xiaoBiaoSong: "FZXiaoBiaoSong-B05S"
            case .songTi: "SimSun"
            }
        }

        var isSerif: Bool { self != .heiTi }
    }

    static let latinFace = "Times New Roman"

    /// `word/styles.xml`.
    static func stylesPart() -> String {
        var xml = XMLText.declaration + #"<w:styles xmlns:w="\#(XMLText.wordNamespace)">"#
        xml += "<w:docDefaults><w:rPrDefault><w:rPr>\(fonts(.fangSong))<w:kern w:val=\"0\"/>"
        xml += "<w:sz w:val=\"\(PageGeometry.bodySize)\"/><w:szCs w:val=\"\(PageGeometry.bodySize)\"/>"
        xml += #"<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>"#
        xml += "<w:pPrDefault><w:pPr><w:spacing w:before=\"0\" w:after=\"0\"/></w:pPr></w:pPrDefault></w:docDefaults>"
        for style in Paragraph.allCases { xml += definition(of: style) }
        xml += #"<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/>"#
        xml += #"<w:uiPriority w:val="1"/><w:semiHidden/></w:style>"#
        xml += #"<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/>"#
        xml += #"<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>"#
        xml += #"<w:left w:w="85" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>"#
        return xml + "</w:styles>"
    }

    /// `word/fontTable.xml`.
    static func fontTablePart() -> String {
        var xml = XMLText.declaration + #"<w:fonts xmlns:w="\#(XMLText.wordNamespace)">"#
        for face in Face.allCases {
            xml += "<w:font w:name=\"\(face.rawValue)\"><w:altName w:val=\"\(face.alternativeName)\"/><w:charset w:val=\"86\"/>"
            xml += "<w:family w:val=\"\(face.isSerif ? "roman" : "modern")\"/><w:pitch w:val=\"fixed\"/></w:font>"
        }
        xml += "<w:font w:name=\"\(latinFace)\"><w:charset w:val=\"00\"/><w:family w:val=\"roman\"/><w:pitch w:val=\"variable\"/></w:font>"
        return xml + "</w:fonts>"
    }

    private static func definition(of style: Paragraph) -> String {
        let (name, face, size, paragraph) = properties(of: style)
        var xml = "<w:style w:type=\"paragraph\"\(style == .body ? " w:default=\"1\"" : "") w:styleId=\"\(style.rawValue)\">"
        xml += "<w:name w:val=\"\(name)\"/>"
        if style != .body { xml += "<w:basedOn w:val=\"Normal\"/>" }
        if style == .title || style.isHeading { xml += "<w:next w:val=\"Normal\"/>" }
        xml += "<w:qFormat/><w:pPr>\(paragraph)</w:pPr><w:rPr>"
        if let face { xml += fonts(face) }
        if size == nil { xml += "<w:spacing w:val=\"\(PageGeometry.characterSpacing)\"/>" }
        if let size { xml += "<w:sz w:val=\"\(size)\"/><w:szCs w:val=\"\(size)\"/>" }
        return xml + "</w:rPr></w:style>"
    }

    /// Name, face, size (half-points) and paragraph properties, in the schema's element order.
    private static func properties(of style: Paragraph) -> (String, Face?, Int?, String) {
        let pitch = PageGeometry.linePitch
        let keep = "<w:keepNext/><w:keepLines/>"
        let indent = "<w:ind w:firstLineChars=\"200\" w:firstLine=\"\(2 * PageGeometry.bodyCharacter)\"/>"
        let noIndent = "<w:ind w:firstLineChars=\"0\" w:firstLine=\"0\"/>"
        // wordWrap 0 is Word's 允许西文在单词中间换行: a long number or formula breaks where the
        // line ends instead of leaving the line before it stretched letter by letter. No
        // punctuation hanging past the margin (overflowPunct) and no extra space between Chinese
        // and Latin letters or digits (autoSpaceDE/DN), as in the HTML: both formats then hold 28
        // characters to the line and break their lines at the same places.
        let wrap = "<w:wordWrap w:val=\"0\"/><w:overflowPunct w:val=\"0\"/><w:autoSpaceDE w:val=\"0\"/><w:autoSpaceDN w:val=\"0\"/>"
        func lines(_ twips: Int, before: Int? = nil, after: Int? = nil, offGrid: Bool = false, exact: Bool = true) -> String {
            (offGrid ? "<w:snapToGrid w:val=\"0\"/>" : "") + "<w:spacing"
                + (before.map { " w:before=\"\($0)\"" } ?? "") + (after.map { " w:after=\"\($0)\"" } ?? "")
                + " w:line=\"\(twips)\" w:lineRule=\"\(exact ? "exact" : "auto")\"/>"
        }
        func aligned(_ alignment: String) -> String { "<w:jc w:val=\"\(alignment)\"/>" }
        func outline(_ level: Int) -> String { "<w:outlineLvl w:val=\"\(level)\"/>" }
        // Tables: 1.3 lines of 五号 exactly, as `table { line-height: 1.3 }` in the HTML.
        let table = wrap + lines(273, offGrid: true) + noIndent
        return switch style {
        case .body: ("Normal", nil, nil, wrap + lines(pitch) + indent + aligned("both"))
        // Off the line grid: a 2号 line would snap to two grid lines, a blank one above the title.
        case .title: ("Title", .xiaoBiaoSong, 44, keep + wrap + lines(pitch, after: pitch, offGrid: true) + noIndent + aligned("center") + outline(0))
        case .heading1: ("heading 1", .heiTi, nil, keep + wrap + lines(pitch) + indent + outline(1))
        case .heading2: ("heading 2", .kaiTi, nil, keep + wrap + lines(pitch) + indent + outline(2))
        case .heading3: ("heading 3", .fangSong, nil, keep + wrap + lines(pitch) + indent + outline(3))
        case .noIndent: ("jixiao 不缩进", nil, nil, wrap + lines(pitch) + noIndent)
        case .signature: ("jixiao 落款", nil, nil, wrap + lines(pitch, before: pitch) + noIndent)
        case .attachmentLabel: ("jixiao 附件编号", .heiTi, nil, "<w:keepNext/>" + wrap + lines(pitch) + noIndent + aligned("left"))
        case .tableCaption: ("jixiao 表头表尾", nil, 24, "<w:keepNext/>" + wrap + lines(384, offGrid: true) + noIndent + aligned("left"))
        case .tableText: ("jixiao 表格", nil, 21, table + aligned("left"))
        case .tableHeading: ("jixiao 表格标题", .heiTi, 21, table + aligned("center"))
        case .spacer: ("jixiao 表间", nil, 2, lines(20, offGrid: true) + noIndent)
        case .footer: ("footer", .songTi, PageGeometry.pageNumberSize, lines(240, offGrid: true, exact: false) + noIndent)
        }
    }

    private static func fonts(_ face: Face) -> String {
        let latin = face == .songTi ? face.rawValue : latinFace
        return "<w:rFonts w:ascii=\"\(latin)\" w:hAnsi=\"\(latin)\" w:eastAsia=\"\(face.rawValue)\" w:cs=\"\(latin)\"/>"
    }
}

extension WordStyles.Paragraph {
    var isHeading: Bool { self == .heading1 || self == .heading2 || self == .heading3 }
}
