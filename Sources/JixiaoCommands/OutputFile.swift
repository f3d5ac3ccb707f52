import Foundation
import JixiaoDiagnostics

/// Writes documents safely: each to a temporary file beside it, then renamed into place, so an
/// error never leaves half a file; an existing file is kept unless the user asked to overwrite.
enum OutputFile {
    static func write(_ text: String, to path: String, overwriting: Bool) throws(CommandError) {
        try write([(text, path)], overwriting: overwriting)
    }

    /// Writes several files as a set: every one is written in full before any replaces the file
    /// it stands for, so a full disk or a missing permission leaves the old set whole, not a
    /// report from this run beside a sheet from the last.
    static func write(_ files: [(text: String, path: String)], overwriting: Bool) throws(CommandError) {
        try write(files.map { (Array($0.text.utf8), $0.path) }, overwriting: overwriting)
    }

    /// The same for files of any bytes (a Word file).
    static func write(_ files: [(bytes: [UInt8], path: String)], overwriting: Bool) throws(CommandError) {
        let manager = FileManager.default
        if !overwriting, let existing = files.first(where: { manager.fileExists(atPath: $0.path) }) {
            throw .diagnostics([Diagnostic(at: Location(file: existing.path, line: 0, column: 0), message: "文件已经存在，jixiao 不会覆盖它", hint: "换一个文件名，或加上 --force 覆盖")])
        }
        var isFolder: ObjCBool = false
        if let folder = files.first(where: { manager.fileExists(atPath: $0.path, isDirectory: &isFolder) && isFolder.boolValue }) {
            throw failure(writing: folder.path, "同名的文件夹已经存在")
        }
        var staged: [(temporary: URL, path: String)] = []
        defer { for file in staged { try? manager.removeItem(at: file.temporary) } }
        for file in files {
            let url = URL(fileURLWithPath: file.path)
            let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
            do {
                try Data(file.bytes).write(to: temporary)
            } catch {
                throw failure(writing: file.path, error.localizedDescription)
            }
            staged.append((temporary, file.path))
        }
        while let file = staged.first {
            // rename(2) replaces the destination atomically: readers see the old file or the new one.
            guard rename(file.temporary.path, file.path) == 0 else {
                throw failure(writing: file.path, String(cString: strerror(errno)))
            }
            staged.removeFirst()
        }
    }

    private static func failure(writing path: String, _ reason: String) -> CommandError {
        .diagnostics([Diagnostic(at: Location(file: path, line: 0, column: 0), message: "无法写入这个文件：\(reason)", hint: "检查文件夹是否存在、是否有写入权限、磁盘是否已满")])
    }
}
