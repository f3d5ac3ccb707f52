import JixiaoArchive
import JixiaoDiagnostics

/// Why a report could not be imported; all of the importer's wording is in this one switch.
///
/// Every case is about the report file as a whole (its encoding, its container, its content),
/// so `diagnostic(file:)` places it at the whole file, as `OutputFile` does for a file it
/// cannot write.
public enum ImportFailure: Error, Sendable, Equatable {
    /// The file has no bytes, or only white space.
    case emptyFile
    /// No file at the path given.
    case missingFile
    /// The file exists but could not be read (a folder, no permission).
    case unreadable
    /// An extension jixiao does not import (`.pdf`, `.xlsx`…).
    case unsupportedExtension(String)
    /// An old binary Word file (`.doc`, or an OLE2 file with another name).
    case binaryWord
    /// The .docx container is damaged, encrypted or not a ZIP file.
    case archive(ArchiveFailure)
    /// `word/document.xml` is not well-formed XML.
    case damagedDocumentXML(line: Int, column: Int)
    /// The text is none of UTF-8, UTF-16 or GB18030; `offset` is the first byte that fits none.
    case undecodableText(offset: Int)
    /// The text decodes but reads as no report: none of the cover, the notice or the sections.
    case notAReport

    /// The message and hint a user reads, placed at the report file.
    public func diagnostic(file: String) -> Diagnostic {
        Diagnostic(at: .wholeFile(file), message: message, hint: hint)
    }

    var message: String {
        switch self {
        case .emptyFile: "文件是空的，里面没有报告的文字"
        case .missingFile: "找不到这个文件"
        case .unreadable: "无法读取这个文件（它是文件夹，或没有读取权限）"
        case .unsupportedExtension(let name): "jixiao 不能导入「.\(name)」文件，只能导入 Word 文档（.docx）或纯文本（.txt）"
        case .binaryWord: "这是旧版 Word 的 .doc 文件（二进制格式），jixiao 只能读 .docx"
        case .archive(let failure): failure.description
        case .damagedDocumentXML(let line, let column):
            "文件已损坏：Word 文档的正文（word/document.xml）第 \(line) 行第 \(column) 列不是完整的 XML"
        case .undecodableText(let offset):
            "无法识别文字的编码：第 \(offset + 1) 字节起既不是 UTF-8、UTF-16，也不是 GB18030/GBK"
        case .notAReport: "这个文件看起来不是部门整体支出绩效自评报告：没有找到评价年度、评价单位、通知或报告的小节标题"
        }
    }

    var hint: String? {
        switch self {
        case .emptyFile: "请确认选对了文件；Word 里另存为时要选“Word 文档（*.docx）”或“纯文本（*.txt）”"
        case .missingFile: "检查文件名和所在的文件夹是否写对；文件名里有空格时要加引号"
        case .unreadable: "给出报告文件本身（.docx 或 .txt），并确认有读取权限"
        case .unsupportedExtension: "在 Word 或 WPS 里打开报告，另存为“Word 文档（*.docx）”或“纯文本（*.txt）”再导入"
        case .binaryWord: "在 Word 或 WPS 里打开它，选“另存为”，保存类型选“Word 文档（*.docx）”，再导入新文件"
        case .archive: "在 Word 或 WPS 里打开报告，另存为一份新的 .docx（不要设置密码）再导入"
        case .damagedDocumentXML: "在 Word 或 WPS 里打开报告，另存为一份新的 .docx 再导入"
        case .undecodableText: "在记事本里打开它，选“另存为”，编码选“UTF-8”，再导入"
        case .notAReport: "请确认选的是上一年的自评报告；用 jixiao init 可以从空白开始"
        }
    }
}
