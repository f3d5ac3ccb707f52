/// The reference of every data-file key, generated from `DataFileSchema` for the README, so
/// the documentation and the decoder cannot disagree.
public enum DataFileReference {
    /// A Markdown table: key path, what it holds, whether it is required, and what it means.
    public static var markdown: String {
        var lines = ["| 键 | 内容 | 必填 | 说明 |", "|---|---|---|---|"]
        func add(_ fields: [Field], prefix: String) {
            for field in fields {
                let path = prefix + field.key
                lines.append("| `\(path)` | \(kindName(field.kind)) | \(field.isRequired ? "必填" : "") | \(field.help) |")
                switch field.kind {
                case .record(let children): add(children, prefix: path + ".")
                case .list(.record(let children)): add(children, prefix: path + "[].")
                case .breakdown(.record(let children)): add(children, prefix: path + ".<项目>.")
                default: break
                }
            }
        }
        add(DataFileSchema.root, prefix: "")
        return lines.joined(separator: "\n") + "\n"
    }

    private static func kindName(_ kind: FieldKind) -> String {
        switch kind {
        case .list(.text): "文字列表"
        case .list(.record): "列表，每项为键值表"
        case .breakdown(let part): "键值表（项目自定，每项为\(kindName(part))；可写「合计」）"
        case .choice(let words): words.map { "`\($0)`" }.joined(separator: "、")
        default: kind.name
        }
    }
}
