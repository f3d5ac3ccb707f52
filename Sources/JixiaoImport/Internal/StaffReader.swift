/// Head counts from 人员编制 sentences: 核定编制, 在职人员 and 退休人员 by kind, 遗属, 聘用人员.
///
/// Worked example: `核定行政编制 17 名，事业编制 5 名，工勤 5 名。年末在职人数 29 名，其中行政编制 25 名`
/// → 核定编制 {行政编制: 17, 事业编制: 5, 工勤: 5}, 在职人员 {合计: 29, 行政编制: 25}. A sentence
/// opening with 其中 continues the previous one's group.
enum StaffReader {
    private enum Group: String {
        case approved = "核定编制", serving = "在职人员", retired = "退休人员"
    }

    static func read(_ lines: [ReportLine], into draft: inout Draft) {
        var group: Group?
        for line in lines {
            for sentence in line.text.split(whereSeparator: { "。；;".contains($0) }) {
                if !sentence.hasPrefix("其中") { group = nil }
                guard ["名", "人", "个"].contains(where: sentence.contains) else { continue }
                var labelStart = sentence.startIndex
                for match in sentence.matches(of: /([0-9]+)\s*(?:名|人|个)/) {
                    let raw = sentence[labelStart..<match.range.lowerBound]
                    labelStart = match.range.upperBound
                    var label = FigureReader.lastPhrase(of: raw)
                    for word in ["包含", "包括", "含"] where label.hasPrefix(word) { label.removeFirst(word.count) }
                    // 「（包含34名行政人员、3名行政工勤人员）」「其中48人由养老机构发放工资」: the name follows.
                    if label.isEmpty, let name = sentence[match.range.upperBound...].prefixMatch(of: /[^、，,（）()。0-9]{2,12}/) {
                        label = String(name.0)
                        if label.hasPrefix("由") { label.removeFirst() }
                        if label.hasSuffix("工资") { label.removeLast(2) }
                    }
                    let count = String(match.1)
                    if label.contains("财政供养") {
                        draft.set("单位基本情况.财政供养人员", .number(count), from: line)
                        continue
                    }
                    if label.contains("遗属") {
                        draft.set("单位基本情况.遗属", .number(count), from: line)
                        continue
                    }
                    // 「在职人员51人，其中……聘用人员11人」 is a kind of the group; 「（其中雇员8名）」 the unit's count.
                    if label.contains("雇员") || label.contains("合同工") || (label.contains("聘用") && group == nil) {
                        draft.set("单位基本情况.聘用人员", .number(count), from: line)
                        continue
                    }
                    if let named = Self.group(in: label) {
                        group = named
                        guard let kind = Self.kind(label, in: named) else { continue }
                        draft.set("单位基本情况.\(named.rawValue).\(kind)", .number(count), from: line)
                    } else if let group, Self.isKindName(label) {
                        draft.set("单位基本情况.\(group.rawValue).\(label)", .number(count), from: line)
                    }
                }
            }
        }
    }

    private static func group(in label: String) -> Group? {
        if label.contains("退休") { return .retired }
        if label.contains("在职") || label.contains("实有") || label.contains("实际人数") { return .serving }
        if label.contains("核定") || label.contains("编制人数") { return .approved }
        return nil
    }

    /// `核定行政编制` → `行政编制`; `年末在职人数` → `合计`; a label that is a whole phrase → nil.
    private static func kind(_ label: String, in group: Group) -> String? {
        var rest = label
        for word in ["核定", "编制人数", "在职", "实有", "实际人数", "退休"] {
            if let range = rest.range(of: word) { rest = String(rest[range.lowerBound...]) }
        }
        for word in ["年末", "目前", "服务管理的", "实际在职", "在职人数", "在职", "实有人数", "实有", "实际人数", "核定", "编制人数",
                     "退休人员", "退休人数", "退休", "人数", "共", "有", "年底", "年年底", "管理的"] {
            rest = rest.replacingOccurrences(of: word, with: "")
        }
        if rest.isEmpty || rest == "人员" || (group == .approved && rest == "编制") { return "合计" }
        return isKindName(rest) ? rest : nil
    }

    /// A kind of post (`行政编制`, `公务员`, `工勤`), not a clause that happens to precede a number.
    private static func isKindName(_ label: String) -> Bool {
        !label.isEmpty && label.count <= 8 && !label.contains(where: { "（）()<>《》".contains($0) })
            && !["领导职数", "科长", "书记", "总工程师", "督查员", "主任"].contains(where: label.contains)
    }
}
