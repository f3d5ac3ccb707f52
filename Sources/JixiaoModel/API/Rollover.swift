import JixiaoDiagnostics
import JixiaoReader

/// Next year's data file drafted from this year's: the year moves on, this year's final
/// figures become last year's columns, the figures and scores of the new year are emptied for
/// the unit to fill in, and the organisation, people, duties and narrative stay as a start.
///
/// What happens to each key is written beside it in `DataFileSchema` (`next:`), so the table
/// of keys is the one place that says it.
public enum Rollover {
    /// The drafted tree for the year after `document`'s.
    public static func nextYear(from document: DataDocument) -> DataNode {
        var draft = roll(document.root, fields: DataFileSchema.root)
        for (from, to) in carried(DataFileSchema.root, under: []) {
            if let value = value(at: from, in: document.root), case .number = value.value { draft = setting(value, at: to[...], in: draft) }
        }
        return draft
    }

    /// Every `.carriedTo` field's path with its target, in schema order.
    private static func carried(_ fields: [Field], under path: [String]) -> [(from: [String], to: [String])] {
        fields.flatMap { field -> [(from: [String], to: [String])] in
            var found: [(from: [String], to: [String])] = []
            if case .carriedTo(let target) = field.nextYear { found.append((path + [field.key], target)) }
            if case .record(let children) = field.kind { found += carried(children, under: path + [field.key]) }
            return found
        }
    }

    private static func value(at path: [String], in node: DataNode) -> DataNode? {
        path.reduce(Optional(node)) { node, key in node?[key] }
    }

    /// `node` with `value` at `path`, adding the maps on the way that it lacks.
    private static func setting(_ value: DataNode, at path: ArraySlice<String>, in node: DataNode) -> DataNode {
        guard let key = path.first else { return value }
        var map: DataMap
        switch node.value {
        case .map(let entries): map = entries
        case .null: map = DataMap()
        default: return node
        }
        if let existing = map[key] {
            map.replace(key, with: setting(value, at: path.dropFirst(), in: existing))
        } else {
            let empty = DataNode(.map(DataMap()), at: value.position)
            map.append(.init(key: key, keyPosition: value.position, value: setting(value, at: path.dropFirst(), in: empty)))
        }
        return DataNode(.map(map), at: node.position)
    }

    private static func roll(_ node: DataNode, fields: [Field]) -> DataNode {
        guard case .map(var map) = node.value else { return node }
        for field in fields {
            guard let entry = map.entry(forKey: field.key) else {
                // No figure this year: last year's column of next year's draft is unknown too.
                if case .movedTo(let sibling) = field.nextYear, let stale = map[sibling] { map.replace(sibling, with: DataNode(.null, at: stale.position)) }
                continue
            }
            let value = entry.value
            switch field.nextYear {
            case .kept: map.replace(field.key, with: roll(value, kind: field.kind))
            case .emptied, .carriedTo: map.replace(field.key, with: DataNode(.null, at: value.position))
            case .numbersEmptied: map.replace(field.key, with: emptyingNumbers(value))
            case .advanced:
                if case .number(let year) = value.value, let next = Int(year.text).flatMap({ DataFileSchema.years.contains($0) ? $0 + 1 : nil }) {
                    map.replace(field.key, with: DataNode(.number(DataNumber(integer: next)), at: value.position))
                }
            case .movedTo(let sibling):
                if map[sibling] == nil {
                    map.append(.init(key: sibling, keyPosition: entry.keyPosition, value: value))
                } else {
                    map.replace(sibling, with: value)
                }
                map.replace(field.key, with: DataNode(.null, at: value.position))
            }
        }
        return DataNode(.map(map), at: node.position)
    }

    private static func roll(_ node: DataNode, kind: FieldKind) -> DataNode {
        switch (kind, node.value) {
        case (.record(let fields), _): return roll(node, fields: fields)
        case (.list(let itemKind), .list(let items)): return DataNode(.list(items.map { roll($0, kind: itemKind) }), at: node.position)
        case (.breakdown(let partKind), .map(let parts)):
            var map = parts
            for entry in parts { map.replace(entry.key, with: roll(entry.value, kind: partKind)) }
            return DataNode(.map(map), at: node.position)
        default: return node
        }
    }

    private static func emptyingNumbers(_ node: DataNode) -> DataNode {
        switch node.value {
        case .number: return DataNode(.null, at: node.position)
        case .map(let entries):
            var map = entries
            for entry in entries { map.replace(entry.key, with: emptyingNumbers(entry.value)) }
            return DataNode(.map(map), at: node.position)
        default: return node
        }
    }
}
