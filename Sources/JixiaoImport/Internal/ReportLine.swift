/// One line of a text export or one paragraph (or table cell) of a .docx, cleaned of export
/// noise, with the number a person finds it by.
struct ReportLine: Sendable, Hashable {
    /// 1-based: the line of the .txt, or the paragraph of the .docx counted from the top.
    var number: Int
    var text: String
}

/// What a line number counts: lines of a text file or paragraphs of a Word document.
enum LineUnit: Sendable {
    case line, paragraph
}
