import Foundation

/// Reads template files for a `TemplateLibrary`, refusing any whose real path (symbolic links
/// followed) is outside the templates folder.
///
/// With `root` = `Templates/`, `广东/自评报告.md` may name `../共用/_报告.md`; `../../etc/passwd`
/// and a link `广东/x.md → /etc/passwd` are both `.outsideFolder`.
struct TemplateFileReader {
    enum Problem: Error {
        case notFound
        case outsideFolder
        case symbolicLinkLoop
        case unreadable(String)
    }

    /// The real path of the templates folder, with a trailing `/`; nil when it does not exist
    /// (then every file is reported missing or outside).
    private let root: String?
    /// The folder as written, `..` removed: a missing file is outside when its name leaves it.
    private let writtenRoot: String

    init(root: URL) {
        self.root = Self.realPath(root.path).map(Self.asFolder)
        self.writtenRoot = Self.asFolder(root.standardizedFileURL.path)
    }

    func read(_ path: String) -> Result<[UInt8], Problem> {
        guard let real = Self.realPath(path) else {
            let code = errno
            if !URL(fileURLWithPath: path).standardizedFileURL.path.hasPrefix(writtenRoot) { return .failure(.outsideFolder) }
            return .failure(code == ELOOP ? .symbolicLinkLoop : (code == ENOENT || code == ENOTDIR ? .notFound : .unreadable(Self.reason(code))))
        }
        guard let root, real.hasPrefix(root) else { return .failure(.outsideFolder) }
        guard let data = FileManager.default.contents(atPath: real) else { return .failure(.unreadable(Self.reason(EACCES))) }
        return .success(Array(data))
    }

    /// realpath(3): nil with `errno` set when the path cannot be resolved.
    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private static func asFolder(_ path: String) -> String {
        path.hasSuffix("/") ? path : path + "/"
    }

    private static func reason(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}
