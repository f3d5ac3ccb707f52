import JixiaoDiagnostics
import JixiaoReader

/// The data tree with the complete shape of `DataFileSchema`: every key present, in schema
/// order, then any others the file has; absent or empty values are null, absent lists empty
/// lists, absent records and breakdowns empty mappings. A template reading it can never meet
/// an undefined name, whatever the unit left out.
enum CompleteTree {
    static func of(_ root: DataNode) -> DataNode {
        complete(root, fields: DataFileSchema.root)
    }

    /// A scored indicator row with every key of `自评表.指标[]`; nil gives an empty row (a 二级 the
    /// unit did not fill in, printed as the form prints it).
    static func indicatorRow(_ node: DataNode?) -> DataNode {
        guard case .record(let sheet)? = DataFileSchema.root.first(where: { $0.key == "自评表" })?.kind,
            case .list(let row)? = sheet.first(where: { $0.key == "指标" })?.kind
        else { return DataNode(.map(DataMap()), at: TextPosition(line: 1, column: 1)) }
        return complete(node, kind: row, at: node?.position ?? TextPosition(line: 1, column: 1))
    }

    private static func complete(_ node: DataNode?, fields: [Field]) -> DataNode {
        let position = node?.position ?? TextPosition(line: 1, column: 1)
        var map = DataMap()
        let written: DataMap = if case .map(let existing)? = node?.value { existing } else { DataMap() }
        for field in fields {
            let entry = written.entry(forKey: field.key)
            map.append(.init(key: field.key, keyPosition: entry?.keyPosition ?? position,
                             value: complete(entry?.value, kind: field.kind, at: position)))
        }
        for entry in written where map[entry.key] == nil { map.append(entry) }
        return DataNode(.map(map), at: position)
    }

    private static func complete(_ node: DataNode?, kind: FieldKind, at position: TextPosition) -> DataNode {
        switch kind {
        case .record(let fields):
            return complete(isMap(node) ? node : nil, fields: fields)
        case .list(let itemKind):
            guard let node, case .list(let items) = node.value else { return DataNode(.list([]), at: position) }
            return DataNode(.list(items.map { complete($0, kind: itemKind, at: $0.position) }), at: node.position)
        case .breakdown(let partKind):
            guard let node, case .map(let parts) = node.value else { return DataNode(.map(DataMap()), at: position) }
            var map = DataMap()
            for entry in parts {
                map.append(.init(key: entry.key, keyPosition: entry.keyPosition, value: complete(entry.value, kind: partKind, at: entry.keyPosition)))
            }
            return DataNode(.map(map), at: node.position)
        case .custom:
            return isMap(node) ? node! : DataNode(.map(DataMap()), at: position)
        case .narrative:
            return UnfilledSectionCheck.isFilled(node) ? node! : DataNode(.null, at: position)
        case .text, .count, .amount, .signedAmount, .score, .year, .date, .choice, .format, .bool:
            return node ?? DataNode(.null, at: position)
        }
    }

    private static func isMap(_ node: DataNode?) -> Bool {
        if case .map? = node?.value { return true }
        return false
    }
}
