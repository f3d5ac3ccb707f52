import JixiaoReader

/// Writes a `Draft` as jixiao YAML: a comment naming the source above every value, keys in
/// the data file's order, every text double-quoted (a JSON string is a valid YAML
/// double-quoted scalar, so no text can be misread as a number, a date or a list), and the
/// unplaced lines at the end as comments, verbatim.
enum DraftWriter {
    /// Top-level keys in the order of `DataFileSchema` (the order `jixiao init` writes).
    static let topLevelOrder = [
        "评价年度", "评价单位", "报告格式", "预算级次", "附件编号", "报告标题", "填报日期", "金额单位", "指标体系", "通知",
        "单位基本情况", "绩效目标", "收支情况", "三公经费", "公用经费", "政府采购", "固定资产", "存量资金", "比率口径",
        "自评工作", "自评表", "自评结果", "绩效指标分析", "重点工作完成情况", "主要做法和经验", "存在问题", "改进措施",
        "其他自评情况",
    ]
    static let excerptLength = 40

    static func yaml(_ draft: Draft, report: String, format: String) -> String {
        var output = comment(DraftNote.header(report: report, format: format).text, indent: 0)
        output += "\n"
        var tree = Node(key: "")
        for entry in draft.entries { tree.insert(entry, at: entry.path[...]) }
        tree.children.sort { rank($0.key) < rank($1.key) }
        for child in tree.children { write(child, indent: 0, draft: draft, into: &output) }
        let unplaced = draft.remainingUnplaced
        if !unplaced.isEmpty {
            output += "\n" + comment(DraftNote.unplacedHeader(count: unplaced.count).text, indent: 0)
            for line in unplaced {
                output += comment(DraftNote.unplaced(draft.place(of: line.number), text: line.text).text, indent: 0)
            }
        }
        return output
    }

    /// A key in the draft's tree: a value, or a map of further keys.
    private struct Node {
        var key: String
        var entry: Draft.Entry?
        var children: [Node] = []

        mutating func insert(_ entry: Draft.Entry, at path: ArraySlice<String>) {
            guard let first = path.first else {
                self.entry = entry
                return
            }
            if let index = children.firstIndex(where: { $0.key == first }) {
                children[index].insert(entry, at: path.dropFirst())
            } else {
                var child = Node(key: first)
                child.insert(entry, at: path.dropFirst())
                children.append(child)
            }
        }
    }

    private static func rank(_ key: String) -> Int {
        topLevelOrder.firstIndex(of: key) ?? topLevelOrder.count
    }

    private static func write(_ node: Node, indent: Int, draft: Draft, into output: inout String) {
        let pad = String(repeating: " ", count: indent)
        guard let entry = node.entry else {
            output += "\(pad)\(key(node.key)):\n"
            for child in node.children { write(child, indent: indent + 2, draft: draft, into: &output) }
            return
        }
        // A list of records cites a source above each record instead.
        if case .records(let records) = entry.content, records.allSatisfy({ $0.source != nil }) {} else {
            output += comment(sourceNote(entry.source, draft: draft).text, indent: indent)
        }
        for note in entry.notes { output += comment(note.text, indent: indent) }
        switch entry.content {
        case .number(let text), .date(let text): output += "\(pad)\(key(node.key)): \(text)\n"
        case .text(let text): output += "\(pad)\(key(node.key)): \(quoted(text))\n"
        case .texts(let texts):
            output += "\(pad)\(key(node.key)):\n"
            for text in texts { output += "\(pad)  - \(quoted(text))\n" }
        case .sections(let sections):
            output += "\(pad)\(key(node.key)):\n"
            for section in sections { write(section, indent: indent + 2, into: &output) }
        case .records(let records):
            output += "\(pad)\(key(node.key)):\n"
            for record in records {
                if record.source != nil || !record.notes.isEmpty {
                    output += comment(sourceNote(record.source, draft: draft).text, indent: indent + 2)
                    for note in record.notes { output += comment(note.text, indent: indent + 2) }
                }
                for (index, field) in record.fields.enumerated() {
                    output += "\(pad)  \(index == 0 ? "- " : "  ")\(key(field.key)): \(scalar(field.value))\n"
                }
            }
        }
    }

    private static func sourceNote(_ source: ReportLine?, draft: Draft) -> DraftNote {
        guard let source else { return .inferred }
        let excerpt = source.text.count > excerptLength ? String(source.text.prefix(excerptLength)) + "…" : source.text
        return .source(draft.place(of: source.number), excerpt: excerpt)
    }

    /// A record's value: numbers and dates as written, everything else quoted.
    private static func scalar(_ content: Draft.Content) -> String {
        switch content {
        case .number(let text), .date(let text): text
        case .text, .texts, .sections, .records: quoted(content.summary)
        }
    }

    private static func write(_ section: Draft.Section, indent: Int, into output: inout String) {
        let pad = String(repeating: " ", count: indent)
        if section.title.isEmpty {
            output += "\(pad)- \(quoted(section.body.joined(separator: "\n")))\n"
            return
        }
        output += "\(pad)- 标题: \(quoted(section.title))\n"
        switch section.body.count {
        case 0: break
        case 1: output += "\(pad)  内容: \(quoted(section.body[0]))\n"
        default:
            output += "\(pad)  内容:\n"
            for text in section.body { output += "\(pad)    - \(quoted(text))\n" }
        }
    }

    private static func comment(_ text: String, indent: Int) -> String {
        let pad = String(repeating: " ", count: indent)
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { "\(pad)# \($0)\n" }.joined()
    }

    /// A key as written: quoted only when YAML would read it otherwise.
    private static func key(_ key: String) -> String {
        key.contains(where: { ":#[]{},\"'&*!|>%@`".contains($0) }) || key.first == "-" || key.first == " "
            ? quoted(key) : key
    }

    /// A double-quoted scalar with JSON escapes (the reader's own, so a draft always reads back).
    static func quoted(_ text: String) -> String {
        String.jsonQuoted(text)
    }
}
