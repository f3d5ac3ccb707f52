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
    /// Built once the map holds more than `indexThreshold` entries; a smaller map (most of a
    /// data file's) is searched in order, which costs less than hashing into a dictionary.
    private var indexByKey: [Key: Int]?

    public init() {}

    public var startIndex: Int { entries.startIndex }
    public var endIndex: Int { entries.endIndex }
    public subscript(position: Int) -> Entry { entries[position] }

    /// The value for `key`, if present.
    public subscript(key: String) -> DataNode? {
        index(ofKey: key).map { entries[$0].value }
    }

    /// The entry already holding `key`, if any (readers use it to refuse duplicates).
    public func entry(forKey key: String) -> Entry? {
        index(ofKey: key).map { entries[$0] }
    }

    /// Adds an entry at the end; a key that is already present replaces nothing and returns false.
    @discardableResult
    public mutating func append(_ entry: Entry) -> Bool {
        guard index(ofKey: entry.key) == nil else { return false }
        entries.append(entry)
        if indexByKey != nil {
            indexByKey?[Key(entry.key)] = entries.count - 1
        } else if entries.count > Self.indexThreshold {
            var index: [Key: Int] = [:]
            index.reserveCapacity(entries.count * 2)
            for (offset, existing) in entries.enumerated() { index[Key(existing.key)] = offset }
            indexByKey = index
        }
        return true
    }

    /// Replaces the value of an existing key, keeping its place; does nothing for a new key.
    public mutating func replace(_ key: String, with value: DataNode) {
        guard let index = index(ofKey: key) else { return }
        entries[index].value = value
    }

    public static func == (lhs: DataMap, rhs: DataMap) -> Bool {
        lhs.entries == rhs.entries
    }

    private static let indexThreshold = 12

    private func index(ofKey key: String) -> Int? {
        if let indexByKey { return indexByKey[Key(key)] }
        return entries.firstIndex { Key.sameBytes($0.key, key) }
    }

    /// A key hashed and compared over its UTF-8 bytes: `String` hashing normalises Unicode on
    /// every lookup, which dominated reading files with Chinese keys. Keys typed with one input
    /// method have one spelling, so byte equality is the right equality here. The key keeps
    /// the `String` itself (no copy of its bytes per entry or per lookup).
    private struct Key: Hashable {
        let text: String

        init(_ text: String) { self.text = text }

        func hash(into hasher: inout Hasher) {
            var value: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in text.utf8 { value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
            hasher.combine(value)
        }

        static func == (lhs: Key, rhs: Key) -> Bool { sameBytes(lhs.text, rhs.text) }

        static func sameBytes(_ lhs: String, _ rhs: String) -> Bool {
            lhs.utf8.count == rhs.utf8.count && lhs.utf8.elementsEqual(rhs.utf8)
        }
    }
}
