/// A mapping in insertion (file) order, as templates iterate it.
public struct TemplateMap: Sendable {
    private var storage: NameTable = [:]

    public init() {}

    public init(_ pairs: [(String, TemplateValue)]) {
        for (key, value) in pairs { self[key] = value }
    }

    public var count: Int { storage.count }
    public var isEmpty: Bool { storage.count == 0 }

    /// The keys in order.
    public var keys: [String] { storage.names.map(\.text) }

    /// The value for `key`; setting a new key appends it, setting an old one keeps its place.
    public subscript(key: String) -> TemplateValue? {
        get { storage[TemplateName(key)] }
        set { storage[TemplateName(key)] = newValue }
    }

    /// The value for a name hashed when the template was parsed.
    subscript(name name: TemplateName) -> TemplateValue? { storage[name] }

    /// Key and value pairs in order.
    public var pairs: [(key: String, value: TemplateValue)] {
        storage.map { (key: $0.text, value: $1) }
    }
}
