import Foundation
import JixiaoDiagnostics

/// Writes a document safely: to a temporary file beside it, then renamed into place, so an
/// error never leaves half a file; an existing file is kept unless the user asked to overwrite.
enum OutputFile {
    static func write(_ text: String, to path: String, overwriting: Bool) throws(CommandError) {
        let manager = FileManager.default
        if manager.fileExists(atPath: path), !overwriting {
            throw .diagnostics([Diagnostic(at: Location(file: path, line: 0, column: 0), message: "文件已经存在，jixiao 不会覆盖它", hint: "换一个文件名，或加上 --force 覆盖")])
        }
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            try Data(text.utf8).write(to: temporary)
            // rename(2) replaces the destination atomically: readers see the old file or the new one.
            guard rename(temporary.path, path) == 0 else { throw CocoaError(.fileWriteUnknown) }
        } catch {
            try? manager.removeItem(at: temporary)
            throw .diagnostics([Diagnostic(at: Location(file: path, line: 0, column: 0), message: "无法写入这个文件：\(error.localizedDescription)", hint: "检查文件夹是否存在、是否有写入权限")])
        }
    }
}
