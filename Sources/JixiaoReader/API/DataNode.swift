import JixiaoDiagnostics

/// One value of a data file, with the place it was written.
///
/// JSON and the YAML subset read into the same tree. Mappings keep their keys in file order
/// (`DataMap`); numbers keep the exact decimal that was written (`DataNumber`).
public struct DataNode: Sendable, Equatable {
    /// The value itself: what YAML 1.2's core schema or JSON says the text means.
    public enum Value: Sendable, Equatable {
        case null
        case bool(Bool)
        case number(DataNumber)
        case string(String)
        case list([DataNode])
        case map(DataMap)
    }

    public var value: Value
    /// Where the value starts (for a mapping or list, its first entry or its bracket).
    public var position: TextPosition

    public init(_ value: Value, at position: TextPosition) {
        self.value = value
        self.position = position
    }

    /// The entry for `key` when this is a mapping; nil otherwise or when the key is absent.
    public subscript(key: String) -> DataNode? {
        if case .map(let map) = value { return map[key] }
        return nil
    }

    /// The node at a dotted key path (`收支情况.支出.决算数`; a number steps into a list,
    /// `项目支出明细.0.名称`), or nil when a step is missing.
    public func node(at path: String) -> DataNode? {
        var current: DataNode? = self
        for step in path.split(separator: ".") {
            if case .list(let items) = current?.value, let index = Int(step) {
                current = items.indices.contains(index) ? items[index] : nil
            } else {
                current = current?[String(step)]
            }
        }
        return current
    }

    /// The type of the value in the words a user reads (文本, 数字 …).
    public var kindName: String {
        switch value {
        case .null: "空值"
        case .bool: "是/否值"
        case .number: "数字"
        case .string: "文本"
        case .list: "列表"
        case .map: "键值表"
        }
    }
}
