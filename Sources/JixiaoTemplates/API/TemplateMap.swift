/// A mapping in insertion (file) order, as templates iterate it.
public struct TemplateMap: Sendable {
    public private(set) var keys: [String] = []
    private var storage: NameTable = [:]

    public init() {}

    public init(_ pairs: [(String, TemplateValue)]) {
        for (key, value) in pairs { self[key] = value }
    }

    public var count: Int { keys.count }
    public var isEmpty: Bool { keys.isEmpty }

    /// The value for `key`; setting a new key appends it, setting an old one keeps its place.
    public subscript(key: String) -> TemplateValue? {
        get { storage[TemplateName(key)] }
        set {
            let name = TemplateName(key)
            if storage[name] == nil, newValue != nil { keys.append(key) }
            if newValue == nil, storage[name] != nil { keys.removeAll { $0 == key } }
            storage[name] = newValue
        }
    }

    /// The value for a name hashed when the template was parsed.
    subscript(name name: TemplateName) -> TemplateValue? { storage[name] }

    /// Key and value pairs in order.
    public var pairs: [(key: String, value: TemplateValue)] {
        keys.map { ($0, storage[TemplateName($0)]!) }
    }
}
