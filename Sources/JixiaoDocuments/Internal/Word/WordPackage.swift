import JixiaoArchive

/// The parts of a `.docx` (Office Open XML) around the body: content types, relationships,
/// styles, settings, fonts, the two page-number footers and the document properties that carry
/// jixiao's stamp, zipped in a fixed order so the same HTML gives the same bytes.
enum WordPackage {
    /// The `.docx` for `layout`.
    static func archive(of layout: WordLayout, description: String = WordFile.stamp) -> [UInt8] {
        var writer = ZipWriter()
        for (path, xml) in parts(of: layout, description: description) { writer.add(path, bytes: Array(xml.utf8)) }
        return writer.archive()
    }

    static func parts(of layout: WordLayout, description: String = WordFile.stamp) -> [(path: String, xml: String)] {
        [
            ("[Content_Types].xml", contentTypes),
            ("_rels/.rels", packageRelationships),
            (corePropertiesPath, coreProperties(title: layout.title ?? "", description: description)),
            ("docProps/app.xml", applicationProperties),
            ("word/document.xml", DocumentPart.xml(layout.blocks, lastSection: layout.orientation)),
            ("word/_rels/document.xml.rels", documentRelationships),
            ("word/styles.xml", WordStyles.stylesPart()),
            ("word/settings.xml", settings),
            ("word/fontTable.xml", WordStyles.fontTablePart()),
            ("word/footer1.xml", footer(.right)),
            ("word/footer2.xml", footer(.left)),
        ]
    }

    static let corePropertiesPath = "docProps/core.xml"

    /// The stamp, in the description Word shows under 文件 › 信息 › 属性.
    static func coreProperties(title: String, description: String) -> String {
        XMLText.declaration
            + #"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" "#
            + #"xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" "#
            + #"xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">"#
            + "<dc:title>\(XMLText.escaped(title))</dc:title><dc:creator>jixiao</dc:creator>"
            + "<dc:description>\(XMLText.escaped(description))</dc:description></cp:coreProperties>"
    }

    /// `— 1 —` in 4号 宋体, one character in from the text's edge: odd pages at the right, even
    /// pages at the left (GB/T 9704-2012 §7.5).
    static func footer(_ side: WordParagraph.Alignment) -> String {
        let indent = side == .right ? "w:right" : "w:left"
        return XMLText.declaration
            + #"<w:ftr xmlns:w="\#(XMLText.wordNamespace)" xmlns:r="\#(XMLText.relationshipNamespace)"><w:p><w:pPr>"#
            + "<w:pStyle w:val=\"\(WordStyles.Paragraph.footer.rawValue)\"/><w:ind \(indent)=\"\(PageGeometry.pageNumberCharacter)\"/>"
            + "<w:jc w:val=\"\(side.rawValue)\"/></w:pPr>"
            + #"<w:r><w:t xml:space="preserve">— </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>"#
            + #"<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>"#
            + #"<w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> —</w:t></w:r>"#
            + "</w:p></w:ftr>"
    }

    private static let contentTypes = XMLText.declaration
        + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
        + #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
        + #"<Default Extension="xml" ContentType="application/xml"/>"#
        + override("/word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")
        + override("/word/styles.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml")
        + override("/word/settings.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml")
        + override("/word/fontTable.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml")
        + override("/word/footer1.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml")
        + override("/word/footer2.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml")
        + override("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml")
        + override("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml")
        + "</Types>"

    private static let packageRelationships = relationships([
        ("rId1", "officeDocument", "word/document.xml"),
        ("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"),
        ("rId3", "extended-properties", "docProps/app.xml"),
    ])

    private static let documentRelationships = relationships([
        ("rIdStyles", "styles", "styles.xml"),
        ("rIdSettings", "settings", "settings.xml"),
        ("rIdFonts", "fontTable", "fontTable.xml"),
        (DocumentPart.oddFooter, "footer", "footer1.xml"),
        (DocumentPart.evenFooter, "footer", "footer2.xml"),
    ])

    private static let applicationProperties = XMLText.declaration
        + #"<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">"#
        + "<Application>jixiao</Application></Properties>"

    /// Different footers on odd and even pages; punctuation kept full width (each character one
    /// cell of the 28-character grid).
    private static let settings = XMLText.declaration
        + #"<w:settings xmlns:w="\#(XMLText.wordNamespace)"><w:zoom w:percent="100"/><w:defaultTabStop w:val="420"/>"#
        + #"<w:evenAndOddHeaders/><w:characterSpacingControl w:val="doNotCompress"/><w:compat>"#
        + #"<w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>"#
        + "</w:compat></w:settings>"

    private static func override(_ part: String, _ type: String) -> String {
        "<Override PartName=\"\(part)\" ContentType=\"\(type)\"/>"
    }

    /// A relationships part; a short type is one of the office document relationship types.
    private static func relationships(_ entries: [(id: String, type: String, target: String)]) -> String {
        var xml = XMLText.declaration + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        for entry in entries {
            let office = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
            let type = entry.type.hasPrefix("http") ? entry.type : office + entry.type
            xml += "<Relationship Id=\"\(entry.id)\" Type=\"\(type)\" Target=\"\(entry.target)\"/>"
        }
        return xml + "</Relationships>"
    }
}
