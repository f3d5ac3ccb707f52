/// One line of a text export or one paragraph (or table cell) of a .docx, cleaned of export
/// noise, with the number a person finds it by.
struct ReportLine: Sendable, Hashable {
    /// 1-based, counted over the report and then its attachments (`Draft.place(of:)` turns it
    /// back into a file and its own line or paragraph number).
    var number: Int
    var text: String
}

/// What a line number counts: lines of a text file or paragraphs of a Word document.
enum LineUnit: Sendable {
    case line, paragraph
}

/// Where a value came from, as the person finishing the draft looks for it: the file (nil for
/// the report itself) and the line or paragraph in that file.
struct SourcePlace: Sendable, Equatable {
    var file: String?
    var number: Int
    var unit: LineUnit
}

/// One file read for the draft: the report first, then attachments given after it (the 自评表
/// or 评分表 saved as a file of its own), each numbered on from the one before.
struct ReportPart: Sendable {
    /// The file's name as the user gave it; nil for the report.
    var file: String?
    /// Lines of a .txt or paragraphs of a .docx, as read.
    var texts: [String]
    var tables: [ReportTable]
    var unit: LineUnit
    /// What the part's first line is numbered in the draft, less one.
    var offset = 0
}
