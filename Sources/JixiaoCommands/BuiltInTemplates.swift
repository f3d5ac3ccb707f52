import Foundation
import JixiaoDiagnostics

/// The standard `Templates/` folder compiled into the executable, so `jixiao` copied alone to
/// another machine still renders: when no templates folder is found on disk, the built-in set
/// is written once into the user's cache (`~/.cache/jixiao/Templates-<fingerprint>/`) and used
/// from there. `jixiao templates export DIR` writes the same set out for a bureau to edit.
///
/// The files themselves are in `BuiltInTemplates+Files.swift`, generated from `Templates/`
/// (`JIXIAO_RECORD=1 swift test --filter BuiltInTemplatesTests`); a test fails when they differ.
enum BuiltInTemplates {
    /// Every file of the templates folder, by path relative to it, in path order (decoded once).
    static let files: [(path: String, bytes: [UInt8])] =
        encodedFiles.compactMap { path, base64 in Data(base64Encoded: base64).map { (path, [UInt8]($0)) } }

    /// FNV-1a over every path and byte: the same set gives the same cache folder.
    static let fingerprint: String = {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for (path, bytes) in files {
            for byte in Array(path.utf8) + [0] + bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        }
        return String(hash, radix: 16)
    }()

    /// The user's cache folder: `$XDG_CACHE_HOME`, else `~/.cache`, else the temporary folder.
    static var cacheFolder: String {
        let environment = ProcessInfo.processInfo.environment
        return environment["XDG_CACHE_HOME"] ?? environment["HOME"].map { ($0 as NSString).appendingPathComponent(".cache") }
            ?? NSTemporaryDirectory()
    }

    /// The folder holding the built-in set, written into `cache` the first time; nil when no
    /// cache folder can be written.
    static func extractedFolder(cache: String = cacheFolder) -> String? {
        let root = (cache as NSString).appendingPathComponent("jixiao")
        let folder = (root as NSString).appendingPathComponent("Templates-\(fingerprint)")
        let complete = (folder as NSString).appendingPathComponent(completeMarker)
        if FileManager.default.fileExists(atPath: complete) { return folder }
        // Written beside, then renamed into place: a half-written set is never used.
        let staging = (root as NSString).appendingPathComponent(".staging-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(atPath: staging) }
        guard write(to: staging), FileManager.default.createFile(atPath: (staging as NSString).appendingPathComponent(completeMarker), contents: Data())
        else { return nil }
        if rename(staging, folder) != 0, !FileManager.default.fileExists(atPath: complete) { return nil }
        return folder
    }

    /// Writes the set into `folder` for a bureau to edit; no file is written when any of them
    /// exists already.
    static func export(to folder: String) throws(CommandError) {
        let targets = files.map { ((folder as NSString).appendingPathComponent($0.path), $0.bytes) }
        if let existing = targets.first(where: { FileManager.default.fileExists(atPath: $0.0) }) {
            throw .diagnostics([Diagnostic(at: .wholeFile(existing.0), message: "文件已经存在，jixiao 不会覆盖它",
                                           hint: "导出到一个新的或空的文件夹")])
        }
        for (path, _) in targets {
            do {
                try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            } catch {
                throw .diagnostics([Diagnostic(at: .wholeFile(path), message: "无法创建文件夹", hint: "检查路径和写入权限")])
            }
        }
        try OutputFile.write(targets.map { (bytes: $0.1, path: $0.0) }, overwriting: false)
    }

    private static let completeMarker = ".jixiao-完整"

    private static func write(to folder: String) -> Bool {
        for (path, bytes) in files {
            let target = (folder as NSString).appendingPathComponent(path)
            guard (try? FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)) != nil,
                FileManager.default.createFile(atPath: target, contents: Data(bytes))
            else { return false }
        }
        return true
    }
}
