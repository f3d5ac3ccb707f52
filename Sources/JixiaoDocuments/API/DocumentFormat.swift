import JixiaoTemplates

/// A format jixiao writes the documents in: its file extension and how it is made.
public enum DocumentFormat: String, Sendable, CaseIterable {
    case markdown = "md"
    case html
    /// Word, converted from the HTML the `.html` templates render (`WordFile`).
    case docx

    /// The extension of the files written, and of the templates read (`.html` for Word).
    public var fileExtension: String { rawValue }
    var templateExtension: String { self == .markdown ? "md" : "html" }
    var escaping: OutputFormat { self == .markdown ? .markdown : .html }
}
