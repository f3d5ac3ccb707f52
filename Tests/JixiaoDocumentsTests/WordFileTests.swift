import Foundation
import JixiaoArchive
import JixiaoDocuments
import JixiaoTestSupport
import Testing

/// The `.docx` files, read back as Word would: the ZIP, then each part with Foundation's XML parser.
@Suite struct WordFileTests {
    /// The three documents of `input` in every format, by file name (rendered once for all tests).
    func rendered(_ input: String) throws -> [String: DocumentSet.Document] {
        try #require(renderedExamples[input], "\(input) did not render")
    }

    /// The file name `kind` has among `documents` in `format` (the region names the attachments).
    func name(_ documents: [String: DocumentSet.Document], _ kind: DocumentSet.Kind, _ format: DocumentFormat) throws -> String {
        try #require(documents.values.first { $0.kind == kind && $0.fileName.hasSuffix(".\(format.fileExtension)") }?.fileName)
    }

    func docx(_ documents: [String: DocumentSet.Document], _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [UInt8] {
        let document = try #require(documents[name], "no \(name)", sourceLocation: sourceLocation)
        guard case .bytes(let bytes) = document.contents else {
            Issue.record("\(name) is text", sourceLocation: sourceLocation)
            return []
        }
        return bytes
    }

    static let parts = [
        "[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml", "word/document.xml",
        "word/_rels/document.xml.rels", "word/styles.xml", "word/settings.xml", "word/fontTable.xml",
        "word/footer1.xml", "word/footer2.xml",
    ]

    @Test(arguments: inputs)
    func everyWordFileIsAWellFormedPackageWithTheHTMLsText(_ input: String) throws {
        let documents = try rendered(input)
        for kind in DocumentSet.Kind.allCases {
            let parts = try wordParts(try docx(documents, try name(documents, kind, .docx)))
            #expect(parts.keys.sorted() == Self.parts.sorted())
            var roots: [String: XMLElementNode] = [:]
            for (path, xml) in parts { roots[path] = try parsedXML(xml, named: "\(kind.rawValue) \(path)") }
            let types = try #require(roots["[Content_Types].xml"])
            let overridden = Set(types.all("Override").compactMap { $0["PartName"] })
            #expect(overridden == Set(Self.parts.filter { !$0.hasSuffix(".rels") && $0 != "[Content_Types].xml" }.map { "/" + $0 }))
            // Every figure and sentence, in order: the Word text is the HTML's, and the report's the Markdown's.
            let text = withoutWhitespace(wordText(try #require(roots["word/document.xml"])))
            let html = withoutWhitespace(htmlText(try #require(documents[try name(documents, kind, .html)]?.text)))
            let isTheHTMLsText = text == html
            #expect(isTheHTMLsText, "\(kind.rawValue): \(firstDifference(html, text))")
            if kind == .report {
                let markdown = withoutWhitespace(markdownText(try #require(documents[try name(documents, kind, .markdown)]?.text)))
                let isTheMarkdownsText = text == markdown
                #expect(isTheMarkdownsText, "\(firstDifference(markdown, text))")
            }
        }
    }

    @Test(arguments: inputs)
    func theSameDataGivesTheSameBytes(_ input: String) throws {
        let first = try rendered(input)
        let second = try DocumentSet.render(try checkedReport(input), templates: templatesFolder, formats: [.docx]).documents
        #expect(second.count == 3)
        for document in second { #expect(document == first[document.fileName], "\(document.fileName)") }
    }

    /// GB/T 9704-2012 in twips: A4, margins 37/26/35/28 mm, 22 lines of 28.95 pt, the official faces.
    @Test func theReportIsLaidOnTheOfficialPage() throws {
        let documents = try rendered("2024年度遂溪县人民政府办公室本级.yaml")
        let parts = try wordParts(try docx(documents, "2024年度遂溪县人民政府办公室本级-自评报告.docx"))
        let document = try parsedXML(try #require(parts["word/document.xml"]), named: "document.xml")
        let sections = document.all("w:sectPr")
        #expect(sections.count == 1)
        let section = try #require(sections.first)
        #expect(section.first("w:pgSz")?.attributes == ["w:w": "11906", "w:h": "16838"])
        let margins = try #require(section.first("w:pgMar"))
        #expect([margins["w:top"], margins["w:bottom"], margins["w:left"], margins["w:right"]] == ["2098", "1984", "1587", "1474"])
        #expect(section.first("w:docGrid")?["w:linePitch"] == "579")
        #expect(section.all("w:footerReference").map { $0["w:type"] } == ["default", "even"])

        let styles = try parsedXML(try #require(parts["word/styles.xml"]), named: "styles.xml")
        func style(_ id: String) throws -> XMLElementNode {
            try #require(styles.all("w:style").first { $0["w:styleId"] == id }, "no style \(id)")
        }
        let faces = try ["Title", "Heading1", "Heading2", "Heading3", "AttachmentLabel", "Footer"].map { try style($0).first("w:rFonts")?["w:eastAsia"] }
        #expect(faces == ["方正小标宋简体", "黑体", "楷体_GB2312", "仿宋_GB2312", "黑体", "宋体"])
        #expect(styles.first("w:docDefaults")?.first("w:rFonts")?["w:eastAsia"] == "仿宋_GB2312")
        #expect(styles.first("w:docDefaults")?.first("w:sz")?["w:val"] == "32")
        #expect(try style("Title").first("w:sz")?["w:val"] == "44")
        let body = try style("Normal")
        #expect(body.first("w:spacing")?.attributes == ["w:line": "579", "w:lineRule": "exact"])
        #expect(body.first("w:ind")?["w:firstLineChars"] == "200")
        for heading in ["Title", "Heading1", "Heading2", "Heading3", "AttachmentLabel"] {
            #expect(try style(heading).first("w:keepNext") != nil, "\(heading) keeps with the next paragraph")
        }
        // The headings of the document use those styles, in the HTML's order.
        let used = document.all("w:pStyle").map { $0["w:val"] ?? "" }
        #expect(used.first == "AttachmentLabel" && used.dropFirst().first == "Title")
        #expect(used.contains("Heading1") && used.contains("Heading2"))
    }

    @Test func pageNumbersAreDashedAndAlternateSides() throws {
        let documents = try rendered("2024年度遂溪县人民政府办公室本级.yaml")
        let parts = try wordParts(try docx(documents, "2024年度遂溪县人民政府办公室本级-自评报告.docx"))
        let settings = try parsedXML(try #require(parts["word/settings.xml"]), named: "settings.xml")
        #expect(settings.first("w:evenAndOddHeaders") != nil)
        let relationships = try parsedXML(try #require(parts["word/_rels/document.xml.rels"]), named: "rels")
        let targets = Dictionary(uniqueKeysWithValues: relationships.all("Relationship").map { ($0["Id"] ?? "", $0["Target"] ?? "") })
        let document = try parsedXML(try #require(parts["word/document.xml"]), named: "document.xml")
        let references = document.all("w:footerReference").map { ($0["w:type"] ?? "", targets[$0["r:id"] ?? ""] ?? "") }
        for (type, side) in [("default", "right"), ("even", "left")] {
            let target = try #require(references.first { $0.0 == type }?.1)
            let footer = try parsedXML(try #require(parts["word/" + target]), named: target)
            #expect(footer.first("w:jc")?["w:val"] == side)
            #expect(footer.first("w:instrText")?.text.trimmingCharacters(in: .whitespaces) == "PAGE")
            #expect(wordText(footer) == "— 1 —")
            #expect(footer.first("w:pStyle")?["w:val"] == "Footer")
        }
    }

    /// A sheet the HTML lays out landscape (`横排`, Hunan's 自评表) is landscape in Word; 表头 rows
    /// repeat; every rowspan and colspan of the HTML is a merge.
    @Test(arguments: inputs)
    func theAttachmentsKeepTheirMergesAndHeaderRows(_ input: String) throws {
        let documents = try rendered(input)
        for kind in [DocumentSet.Kind.baseData, .scoringSheet] {
            let parts = try wordParts(try docx(documents, try name(documents, kind, .docx)))
            let document = try parsedXML(try #require(parts["word/document.xml"]), named: "document.xml")
            let html = try #require(documents[try name(documents, kind, .html)]?.text)
            let size = try #require(document.first("w:sectPr")?.first("w:pgSz"))
            if html.contains("class=\"附件 横排\"") {
                #expect(size.attributes == ["w:w": "16838", "w:h": "11906", "w:orient": "landscape"])
            } else {
                #expect(size.attributes == ["w:w": "11906", "w:h": "16838"])
            }
            let body = html.components(separatedBy: "<body>").last ?? ""
            let headerRows = body.components(separatedBy: "<thead>").dropFirst().map { $0.components(separatedBy: "</thead>")[0].components(separatedBy: "<tr").count - 1 }
            #expect(document.all("w:tblHeader").count == headerRows.reduce(0, +))
            #expect(document.all("w:tblHeader").count > 0, "\(kind.rawValue): no header row repeats")
            let spans = attributeValues("colspan", in: html)
            let cells = document.all("w:tc").map { cell in
                (span: Int(cell.first("w:gridSpan")?["w:val"] ?? "1") ?? 0, merge: cell.first("w:vMerge").map { $0["w:val"] ?? "continue" })
            }
            let starting = cells.filter { $0.merge != "continue" }
            #expect(starting.map(\.span).filter { $0 > 1 } == spans.filter { $0 > 1 }, "\(kind.rawValue) colspans")
            let rowSpans = attributeValues("rowspan", in: html).filter { $0 > 1 }
            let merges = document.all("w:vMerge")
            #expect(merges.filter { $0["w:val"] == "restart" }.count == rowSpans.count, "\(kind.rawValue) rowspans")
            #expect(merges.filter { $0["w:val"] == nil }.count == rowSpans.map { $0 - 1 }.reduce(0, +), "\(kind.rawValue) merged rows")
        }
    }

    /// A bureau's own template may write any markup: the Word file keeps every character of it.
    @Test(arguments: [
        "<html><body><article><h5>五级</h5><ul><li>甲</li><li>乙<ol><li>丙</li></ol></li></ul></article></body></html>",
        "<div>散字<table><caption>表名</caption><tr><td><table><tr><td>嵌套</td></tr></table></td><td>外</td></tr></table>尾</div>",
        "<p>未闭合<span class=\"x\">行内<b>粗</b><i>斜</i><sup>2</sup>",
        "<table><tr><td rowspan=\"0\" colspan=\"99999\">大跨度</td></tr><tr><td>次行</td></tr></table>",
        "<p>数据 &lt; 100 &amp; 大于 0</p></div></table></tr>多余的结束标签",
        "<div class=\"横排\"><div class=\"横排\"><p>横中横</p></div></div><div class=\"附件\">附件</div>",
        // More columns than Word holds (63): the cells past the last keep their text in it.
        "<table><tr>" + (1...70).map { "<td>格\($0)</td>" }.joined() + "</tr></table>",
    ])
    func foreignMarkupKeepsItsText(_ html: String) throws {
        let parts = try wordParts(WordFile.docx(fromHTML: html))
        let document = try parsedXML(try #require(parts["word/document.xml"]), named: "document.xml")
        #expect(withoutWhitespace(wordText(document)) == withoutWhitespace(htmlText(html)))
    }

    @Test func aTruncatedPageStillGivesAWordFile() throws {
        let html = try #require(renderedExamples["2023年度邵阳市北塔区人民政府办公室.yaml"]?["2023年度邵阳市北塔区人民政府办公室-自评表.html"]?.text)
        for end in stride(from: 0, to: html.count, by: 211) {
            let docx = WordFile.docx(fromHTML: String(html.prefix(end)))
            #expect(try ZipReader(bytes: docx).paths.count == Self.parts.count)
        }
    }

    @Test func theStampIsReadBackFromTheDocumentProperties() throws {
        let documents = try rendered("2024年度遂溪县人民政府办公室本级.yaml")
        let report = try docx(documents, "2024年度遂溪县人民政府办公室本级-自评报告.docx")
        #expect(WordFile.isGeneratedByJixiao(report))
        let parts = try wordParts(report)
        #expect(parts["docProps/core.xml"]?.contains("<dc:description>\(WordFile.stamp)</dc:description>") == true)
        var foreign = ZipWriter()
        for path in Self.parts {
            let xml = path == "docProps/core.xml" ? "<cp:coreProperties/>" : parts[path] ?? ""
            foreign.add(path, bytes: Array(xml.utf8))
        }
        // The stamp in the body is a user's text, not jixiao's stamp.
        foreign.add("word/notes.xml", bytes: Array(WordFile.stamp.utf8))
        #expect(!WordFile.isGeneratedByJixiao(foreign.archive()))
        #expect(!WordFile.isGeneratedByJixiao(Array("单位自己的 Word 文件".utf8)))
        #expect(!WordFile.isGeneratedByJixiao([]))
    }
}

/// Every example's documents in every format, by input and file name.
private let renderedExamples: [String: [String: DocumentSet.Document]] = Dictionary(uniqueKeysWithValues: inputs.compactMap { input in
    guard let set = try? DocumentSet.render(try checkedReport(input), templates: templatesFolder, formats: [.markdown, .html, .docx])
    else { return nil }
    return (input, Dictionary(uniqueKeysWithValues: set.documents.map { ($0.fileName, $0) }))
})

/// The numbers written as `name="…"` in `html`, in order.
private func attributeValues(_ name: String, in html: String) -> [Int] {
    html.components(separatedBy: "\(name)=\"").dropFirst().compactMap { Int($0.prefix { $0 != "\"" }) }
}
