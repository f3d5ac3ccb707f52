import Foundation

/// `已完成 37/200 个单位` on one line of a terminal, rewritten as units finish; nothing when
/// standard error is not a terminal (a log file, a test) or there is only one unit.
final class ProgressLine: @unchecked Sendable {
    private let total: Int
    private let isShown: Bool
    private var done = 0
    private let lock = NSLock()

    init(total: Int) {
        self.total = total
        isShown = total > 1 && isatty(STDERR_FILENO) == 1
    }

    /// One more unit finished.
    func advance() {
        guard isShown else { return }
        let line = lock.withLock { () -> String in
            done += 1
            return "\r已完成 \(done)/\(total) 个单位"
        }
        FileHandle.standardError.write(Data(line.utf8))
    }

    /// Clears the line before the results are printed.
    func finish() {
        guard isShown else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
