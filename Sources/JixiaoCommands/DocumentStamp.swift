import Foundation
import JixiaoDocuments

/// The first line of every document jixiao writes: it says the file is generated and from
/// which data file, so that a render never replaces a user's own file, nor the documents of
/// another data file (a copy such as `更正.yaml` rendering into the original's folder).
///
/// ```
/// <!-- 由 jixiao 生成，修改请改数据文件后重新生成；数据文件：../2024年度遂溪县人民政府办公室本级.yaml -->
/// ```
/// Only a file whose first line is exactly such a stamp counts as jixiao's; a file that merely
/// quotes the text elsewhere is the user's. A Word file carries the same sentence in its
/// document properties (`WordFile.description(of:)`).
enum DocumentStamp {
    private static let opening = "<!-- "
    private static let source = "；数据文件："
    private static let closing = " -->"

    /// What the first line of an existing file says.
    enum Origin: Equatable {
        /// Not written by jixiao (or no such file's first line is a stamp).
        case user
        /// Written by jixiao from the data file at this path, relative to the file's folder
        /// (nil for documents of an earlier jixiao that did not record it).
        case jixiao(dataFile: String?)
    }

    /// The stamp's sentence for documents in `folder` generated from `dataFile`.
    static func sentence(dataFile: String, folder: String) -> String {
        WordFile.stamp + source + relativePath(of: dataFile, from: folder)
    }

    /// Where the file at `path` came from, judged by its first line alone.
    static func origin(ofFileAt path: String) -> Origin? {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue else { return nil }
        if path.hasSuffix("." + DocumentFormat.docx.fileExtension) {
            guard let data = FileManager.default.contents(atPath: path), let description = WordFile.description(of: [UInt8](data)) else { return .user }
            return origin(of: description)
        }
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 4096)) ?? Data()
        let lines = String(decoding: head, as: UTF8.self).split(separator: "\n", maxSplits: 2, omittingEmptySubsequences: false)
        guard let first = lines.first.map(String.init) else { return .user }
        // Documents of jixiao before the stamp moved to the first line: an HTML doctype, then the stamp.
        if first.hasPrefix("<!DOCTYPE"), lines.count > 1, lines[1] == opening + WordFile.stamp + closing { return .jixiao(dataFile: nil) }
        guard first.hasPrefix(opening), first.hasSuffix(closing) else { return .user }
        return origin(of: String(first.dropFirst(opening.count).dropLast(closing.count)))
    }

    /// What a stamp's sentence says: jixiao's, and from which data file.
    private static func origin(of sentence: String) -> Origin {
        if sentence == WordFile.stamp { return .jixiao(dataFile: nil) }
        guard sentence.hasPrefix(WordFile.stamp + source) else { return .user }
        return .jixiao(dataFile: String(sentence.dropFirst(WordFile.stamp.count + source.count)))
    }

    /// Whether a stamp's data file is `dataFile` (both seen from `folder`).
    static func names(_ recorded: String, sameAs dataFile: String, folder: String) -> Bool {
        let recordedURL = URL(fileURLWithPath: recorded, relativeTo: URL(fileURLWithPath: folder, isDirectory: true)).standardizedFileURL
        return recordedURL.path == URL(fileURLWithPath: dataFile).standardizedFileURL.path
    }

    /// `../更正.yaml`: `file` as seen from `folder`.
    static func relativePath(of file: String, from folder: String) -> String {
        let target = URL(fileURLWithPath: file).standardizedFileURL.pathComponents
        let base = URL(fileURLWithPath: folder, isDirectory: true).standardizedFileURL.pathComponents
        var common = 0
        while common < min(target.count, base.count), target[common] == base[common] { common += 1 }
        let path = Array(repeating: "..", count: base.count - common) + target[common...]
        return path.joined(separator: "/")
    }
}
