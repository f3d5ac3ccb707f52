import JixiaoReader
import JixiaoTemplates

/// Data-file values as template values: numbers written without a fraction are integers,
/// others exact decimals with their written scale; mappings keep file order.
public enum TemplateData {
    public static func value(of node: DataNode) -> TemplateValue {
        switch node.value {
        case .null: return .none
        case .bool(let flag): return .bool(flag)
        case .number(let number):
            if number.isInteger, let integer = Int(number.text) { return .integer(integer) }
            return .decimal(TemplateDecimal(number.text) ?? TemplateDecimal(number.decimal, scale: number.scale))
        case .string(let text): return .string(text)
        case .list(let items): return .list(items.map(value(of:)))
        case .map(let map): return .map(TemplateMap(map.map { ($0.key, value(of: $0.value)) }))
        }
    }

    /// The names a template sees: the top-level keys of the data file (a file whose top level
    /// is not a mapping gives no names).
    public static func names(of node: DataNode) -> TemplateMap {
        if case .map(let map) = value(of: node) { return map }
        return TemplateMap()
    }
}
