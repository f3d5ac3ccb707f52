import Foundation
import JixiaoDiagnostics

/// Writes documents so that no run, failed or killed, loses a file or leaves half of one.
///
/// Each file is first written in full to a temporary beside it, named
/// `.<name>.jixiao-<pid>-<random>.tmp`; then:
/// - replacing (`render`, `--force`): `rename(2)` puts it in place, atomically, so a reader sees
///   the old file or the new one. A set is staged completely before the first rename, and the
///   renames follow one another, so a failure while writing leaves the old set whole;
/// - creating (`init`, `rollover`, `template -o`): `link(2)` gives the temporary its name only
///   if nothing has that name yet, so of two runs racing for one name exactly one wins and the
///   other says the file exists (then the temporary is unlinked).
///
/// Every failure path removes the temporaries it made; temporaries left by a run that was
/// killed (its process no longer exists) are removed by the next run writing to that folder.
/// After the renames the folder is fsync'ed once, so a power cut cannot undo them; the files
/// themselves are not fsync'ed one by one (README "生成的文件" says what that guarantees).
enum OutputFile {
    /// Makes `folder` and the folders above it, if they are not there.
    static func createFolder(_ folder: String) throws(CommandError) {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw OutputFailure.cannotCreateFolder(folder).error
        }
    }

    static func write(_ text: String, to path: String, overwriting: Bool) throws(CommandError) {
        try write([(text, path)], overwriting: overwriting)
    }

    /// Writes several files as a set: every one is written in full before any replaces the file
    /// it stands for, so a full disk or a missing permission leaves the old set whole, not a
    /// report from this run beside a sheet from the last.
    static func write(_ files: [(text: String, path: String)], overwriting: Bool) throws(CommandError) {
        try write(files.map { (Array($0.text.utf8), $0.path) }, overwriting: overwriting)
    }

    /// The same for files of any bytes (a Word file, a CSV with its BOM).
    static func write(_ files: [(bytes: [UInt8], path: String)], overwriting: Bool) throws(CommandError) {
        let manager = FileManager.default
        if !overwriting, let existing = files.first(where: { manager.fileExists(atPath: $0.path) }) {
            throw OutputFailure.exists(existing.path).error
        }
        var isFolder: ObjCBool = false
        if let folder = files.first(where: { manager.fileExists(atPath: $0.path, isDirectory: &isFolder) && isFolder.boolValue }) {
            throw OutputFailure.folderInTheWay(folder.path).error
        }
        let folders = Set(files.map { (($0.path as NSString).deletingLastPathComponent as NSString).standardizingPath })
        for folder in folders { removeStaleTemporaries(in: folder) }

        var staged: [(temporary: String, path: String)] = []
        defer { for file in staged { unlink(file.temporary) } }
        for file in files {
            let temporary = temporaryPath(for: file.path)
            staged.append((temporary, file.path))
            if let code = writeCompletely(file.bytes, to: temporary) {
                throw OutputFailure.cannotWrite(file.path, reason: reason(code)).error
            }
        }
        if overwriting {
            // The renames follow one another with nothing else between them (paths converted
            // beforehand): the window in which a kill leaves a mixed set is a few syscalls wide.
            let names = staged.map { ($0.temporary.utf8CString, $0.path.utf8CString) }
            var renamed = 0
            defer { staged.removeFirst(renamed) }
            for (temporary, path) in names {
                let result = temporary.withUnsafeBufferPointer { from in path.withUnsafeBufferPointer { to in rename(from.baseAddress!, to.baseAddress!) } }
                guard result == 0 else { throw OutputFailure.cannotWrite(staged[renamed].path, reason: reason(errno)).error }
                renamed += 1
            }
        } else {
            var created: [String] = []
            for file in staged {
                if let failure = createWithoutReplacing(file.path, from: file.temporary) {
                    for path in created { unlink(path) }
                    throw failure.error
                }
                created.append(file.path)
            }
        }
        for folder in folders { synchronize(folder: folder) }
    }

    /// `.<name>.jixiao-<pid>-<random>.tmp` beside `path`, the name cut to keep within 255 bytes.
    static func temporaryPath(for path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        let suffix = ".\(temporaryTag)-\(getpid())-\(String(UInt32.random(in: 0...UInt32.max), radix: 16)).tmp"
        var name = (path as NSString).lastPathComponent
        while 1 + name.utf8.count + suffix.utf8.count > 255 { name.removeLast() }
        return (folder as NSString).appendingPathComponent("." + name + suffix)
    }

    static let temporaryTag = "jixiao"

    /// Removes the temporaries in `folder` whose writing process is gone (killed mid-write):
    /// `.<name>.jixiao-<pid>-<random>.tmp` with no live process `<pid>`. A temporary of a
    /// run still writing is left alone.
    static func removeStaleTemporaries(in folder: String) {
        let path = folder.isEmpty ? "." : folder
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return }
        for name in names {
            let file = (path as NSString).appendingPathComponent(name)
            if let pid = writerProcess(ofTemporary: name) {
                if pid != getpid(), kill(pid, 0) == -1, errno == ESRCH { unlink(file) }
            } else if isEarlierTemporary(name), let modified = try? FileManager.default.attributesOfItem(atPath: file)[.modificationDate] as? Date,
                modified.timeIntervalSinceNow < -600 {
                unlink(file)
            }
        }
    }

    /// `.<name>.<UUID>.tmp`, the temporaries of jixiao before the process id was in the name;
    /// they carry no owner, so they count as stale ten minutes after their last write.
    static func isEarlierTemporary(_ name: String) -> Bool {
        guard name.hasPrefix("."), name.hasSuffix(".tmp") else { return false }
        let parts = name.dropLast(4).split(separator: ".")
        return parts.count >= 2 && UUID(uuidString: String(parts.last!)) != nil
    }

    /// The process id in a temporary's name, or nil when the name is not one of jixiao's.
    static func writerProcess(ofTemporary name: String) -> pid_t? {
        guard name.hasPrefix("."), name.hasSuffix(".tmp"), let tag = name.range(of: ".\(temporaryTag)-", options: .backwards) else { return nil }
        let parts = name[tag.upperBound...].dropLast(4).split(separator: "-")
        guard parts.count == 2, let pid = pid_t(parts[0]), pid > 0, UInt32(parts[1], radix: 16) != nil else { return nil }
        return pid
    }

    /// Writes `bytes` to a new file at `path` (which must not exist); nil on success, else the
    /// errno, and then no file is left.
    private static func writeCompletely(_ bytes: [UInt8], to path: String) -> Int32? {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { return errno }
        var failure: Int32?
        bytes.withUnsafeBytes { buffer in
            var written = 0
            while written < buffer.count {
                let result = systemWrite(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if result < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                written += result
            }
        }
        if close(descriptor) != 0, failure == nil { failure = errno }
        if failure != nil { unlink(path) }
        return failure
    }

    /// Gives `temporary` the name `path` only if nothing has it: link(2) fails with EEXIST
    /// otherwise, atomically. File systems without hard links get an exclusive create
    /// (O_EXCL) of the name instead, written in place.
    private static func createWithoutReplacing(_ path: String, from temporary: String) -> OutputFailure? {
        if link(temporary, path) == 0 { return nil }
        let code = errno
        if code == EEXIST { return .exists(path) }
        guard code == EPERM || code == ENOTSUP || code == EOPNOTSUPP || code == EXDEV || code == EMLINK,
            let data = FileManager.default.contents(atPath: temporary)
        else { return .cannotWrite(path, reason: reason(code)) }
        guard let failure = writeCompletely(Array(data), to: path) else { return nil }
        return failure == EEXIST ? .exists(path) : .cannotWrite(path, reason: reason(failure))
    }

    /// fsync(2) of the folder, so the renames and links in it survive a power cut. A file
    /// system that cannot sync folders (EINVAL) has nothing to do.
    private static func synchronize(folder: String) {
        let descriptor = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }

    private static func reason(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}

/// write(2), under a name that `OutputFile.write` does not shadow.
private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, buffer, count)
}
