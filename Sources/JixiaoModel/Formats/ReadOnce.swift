import Foundation

/// Values read from files on first use, each once, from any thread: a library lists its
/// formats and frameworks by file name when it is made, and reads the one a data file names
/// when a check first asks for it (a cold run of one unit reads one of each, not all).
final class ReadOnce<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [String: Value] = [:]

    /// The value for `name`, from `read` the first time it is asked for.
    func value(for name: String, read: () -> Value) -> Value {
        lock.withLock {
            if let value = values[name] { return value }
            let value = read()
            values[name] = value
            return value
        }
    }
}
