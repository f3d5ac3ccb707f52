import JixiaoDiagnostics

/// A mapping in file order, as written: keys are unique, each with its own position.
///
/// Iteration yields entries in the order the user wrote them, which the templates and
/// `jixiao parse --json` rely on.
public struct DataMap: Sendable, Equatable, RandomAccessCollection {
    /// One `key: value` pair.
    public struct Entry: Sendable, Equatable {
        public var key: String
        /// Where the key is written (the value has its own position).
        public var keyPosition: TextPosition
        public var value: DataNode

        public init(key: String, keyPosition: TextPosition, value: DataNode) {
            self.key = key
            self.keyPosition = keyPosition
            self.value = value
        }
    }

    public private(set) var entries: [Entry] = []
    private var indexByKey: [String: Int] = [:]

    public init() {}

    public var startIndex: Int { entries.startIndex }
    public var endIndex: Int { entries.endIndex }
    public subscript(position: Int) -> Entry { entries[position] }

    /// The value for `key`, if present.
    public subscript(key: String) -> DataNode? {
        indexByKey[key].map { entries[$0].value }
    }

    /// The entry already holding `key`, if any (readers use it to refuse duplicates).
    public func entry(forKey key: String) -> Entry? {
        indexByKey[key].map { entries[$0] }
    }

    /// Adds an entry at the end; a key that is already present replaces nothing and returns false.
    @discardableResult
    public mutating func append(_ entry: Entry) -> Bool {
        guard indexByKey[entry.key] == nil else { return false }
        indexByKey[entry.key] = entries.count
        entries.append(entry)
        return true
    }

    public static func == (lhs: DataMap, rhs: DataMap) -> Bool {
        lhs.entries == rhs.entries
    }
}
