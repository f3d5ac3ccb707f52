import Foundation

/// Notices when any of a set of files (a data file, every template under a folder) is saved,
/// by comparing modification dates, sizes and file numbers: polling works the same on every platform.
struct FileWatcher {
    private let paths: [String]
    private let folders: [String]
    private var stamps: [String: String] = [:]

    init(files: [String], folders: [String]) {
        self.paths = files
        self.folders = folders
        stamps = currentStamps()
    }

    /// Whether anything changed since the last call (or since the watcher was made).
    mutating func hasChanged() -> Bool {
        let now = currentStamps()
        defer { stamps = now }
        return now != stamps
    }

    private func currentStamps() -> [String: String] {
        let manager = FileManager.default
        var files = paths
        for folder in folders {
            let enumerator = manager.enumerator(atPath: folder)
            while let name = enumerator?.nextObject() as? String { files.append((folder as NSString).appendingPathComponent(name)) }
        }
        var stamps: [String: String] = [:]
        for file in files {
            guard let attributes = try? manager.attributesOfItem(atPath: file) else { continue }
            let date = (attributes[.modificationDate] as? Date).map { "\($0.timeIntervalSinceReferenceDate)" } ?? ""
            // The file number too: a save that replaces the file (as editors and atomic writes do)
            // within one tick of the clock, at the same size, is still noticed.
            stamps[file] = "\(date)/\(attributes[.size] ?? "")/\(attributes[.systemFileNumber] ?? "")"
        }
        return stamps
    }
}
