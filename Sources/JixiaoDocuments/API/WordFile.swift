import JixiaoArchive

/// Word (`.docx`) files made from the HTML documents jixiao renders, so that a bureau that edits
/// its HTML templates changes the Word files too and the formats cannot disagree.
///
/// The converter reads the HTML subset the templates in `Templates/` write (headings,
/// paragraphs and their classes, tables with `<thead>`, `colspan` and `rowspan`) and lays it on
/// the page of GB/T 9704-2012: A4, margins 37/35/28/26 mm, 仿宋 3号 on 22 lines of 28
/// characters, page numbers `— 1 —`. Markup it does not know keeps its text. See
/// `Internal/Word/WordLayout.swift` for the mapping and `WordStyles.swift` for the faces.
public enum WordFile {
    /// The words in every jixiao Word file's document properties (`docProps/core.xml`); a
    /// `.docx` without them is the user's and is never replaced.
    public static let stamp = "由 jixiao 生成，修改请改数据文件后重新生成"

    /// The `.docx` bytes for an HTML page; the same page gives the same bytes. `description`
    /// goes into the document properties: jixiao's stamp, with the data file it came from.
    public static func docx(fromHTML html: String, description: String = stamp) -> [UInt8] {
        WordPackage.archive(of: WordLayout.layout(of: HTMLParser.nodes(from: html)), description: description)
    }
}

extension WordFile {
    /// Whether `docx` is a Word file jixiao wrote: a ZIP whose `docProps/core.xml` (read back with
    /// `ZipReader`, stored or deflated) describes it with `stamp`. Anything else (another
    /// program's file, a broken ZIP, the stamp only in the body) is not.
    public static func isGeneratedByJixiao(_ docx: [UInt8]) -> Bool {
        description(of: docx)?.hasPrefix(stamp) == true
    }

    /// The description in a Word file's document properties (where jixiao puts its stamp), or
    /// nil when `docx` is not a Word file or has none.
    public static func description(of docx: [UInt8]) -> String? {
        guard let reader = try? ZipReader(bytes: docx), reader.paths.contains(WordPackage.corePropertiesPath),
              let core = try? reader.contents(of: WordPackage.corePropertiesPath, limit: 1 << 20) else { return nil }
        let xml = String(decoding: core, as: UTF8.self)
        guard let start = xml.range(of: "<dc:description>"), let end = xml.range(of: "</dc:description>", range: start.upperBound..<xml.endIndex)
        else { return nil }
        return XMLText.unescaped(String(xml[start.upperBound..<end.lowerBound]))
    }
}
