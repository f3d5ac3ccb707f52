import Foundation
import JixiaoDiagnostics

/// A data file read into a tree, with its text kept for diagnostics.
public struct DataDocument: Sendable {
    /// The text as read (UTF-8, `\n` line breaks), for quoting lines in later diagnostics.
    public let source: SourceText
    public let root: DataNode
    public let syntax: DataFileSyntax
}

/// The two syntaxes a data file may use.
public enum DataFileSyntax: Sendable {
    case json
    case yaml

    /// `.json` files are JSON; every other name is read as the YAML subset.
    public init(fileName: String) {
        self = fileName.lowercased().hasSuffix(".json") ? .json : .yaml
    }
}

/// Reads the data file a finance officer filled in, or says exactly what is wrong with it.
///
/// Both syntaxes give the same `DataNode` tree. Every failure is a `Diagnostic` naming file,
/// line and column, quoting the line, and saying in Chinese what to type instead.
public enum DataFileReader {
    /// Reads the file at `path` (the name shown in diagnostics is `path` as given).
    public static func read(contentsOf path: String) throws(Diagnostic) -> DataDocument {
        guard let data = FileManager.default.contents(atPath: path) else {
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            var status = stat()
            let isLinkLoop = !exists && stat(path, &status) != 0 && errno == ELOOP
            throw Diagnostic(
                at: Location(file: path, line: 0, column: 0),
                message: isLinkLoop ? "这是循环的符号链接（链接最终指回自己），读不到数据文件"
                    : exists && isDirectory.boolValue ? "这是一个文件夹，不是数据文件" : (exists ? "无法读取这个文件" : "找不到这个文件"),
                hint: isLinkLoop ? "删掉这个符号链接，或让它指向真正的数据文件" : "检查文件名和路径；数据文件通常以 .yaml 或 .json 结尾")
        }
        return try read(bytes: Array(data), file: path, syntax: DataFileSyntax(fileName: path))
    }

    /// Reads a file's raw bytes (`file` is only used in diagnostics).
    public static func read(bytes raw: [UInt8], file: String, syntax: DataFileSyntax) throws(Diagnostic) -> DataDocument {
        let text: [UInt8]
        do {
            text = try InputDecoder.normalizedText(from: raw)
        } catch {
            let source = SourceText(file: file, bytes: Array(raw.prefix(error.offset)))
            var diagnostic = Diagnostic(in: source, atByteOffset: error.offset, message: error.message, hint: error.hint)
            diagnostic.sourceLine = nil
            throw diagnostic
        }
        let source = SourceText(file: file, bytes: text)
        do {
            let root: DataNode
            switch syntax {
            case .json:
                var parser = JSONParser(source: source)
                root = try parser.parseDocument()
            case .yaml:
                var parser = YAMLParser(source: source)
                root = try parser.parseDocument()
            }
            return DataDocument(source: source, root: root, syntax: syntax)
        } catch {
            throw Diagnostic(in: source, atByteOffset: error.offset, message: error.message, hint: error.hint)
        }
    }

    /// Reads text already in memory (tests, standard input).
    public static func read(text: String, file: String, syntax: DataFileSyntax) throws(Diagnostic) -> DataDocument {
        try read(bytes: Array(text.utf8), file: file, syntax: syntax)
    }
}
