/// The report cut into its recognised sections, with the lines that belong to none.
///
/// A line is a section heading when its title — the text after any numbering, up to the
/// first `。` — is short and names a `SectionKind`; everything up to the next heading is that
/// section's content. A heading with text after its `。` (`（一）评价小组情况。根据……`) keeps
/// that text as the first content line.
struct Outline: Sendable {
    struct Section: Sendable {
        var kind: SectionKind
        var heading: ReportLine
        var title: String
        var content: [ReportLine] = []
    }

    /// Lines before the first heading: the cover and the notice paragraph.
    var front: [ReportLine] = []
    var sections: [Section] = []

    static let longestTitle = 30

    init(lines: [ReportLine]) {
        for line in lines {
            if !sections.isEmpty, line.text.hasPrefix("附件"), line.text.count <= 2 * Self.longestTitle {
                // 「附件：」「附件1-2」 after the sections: the attachments' tables begin.
                sections.append(Section(kind: .table, heading: line, title: line.text))
            } else if sections.last?.kind != .table, let (kind, title, rest) = Self.heading(line.text) {
                // Inside the attachments a cell such as 「“三公”经费」 is no heading.
                var section = Section(kind: kind, heading: line, title: title)
                if !rest.isEmpty { section.content.append(ReportLine(number: line.number, text: rest)) }
                sections.append(section)
            } else if sections.isEmpty {
                front.append(line)
            } else {
                sections[sections.count - 1].content.append(line)
            }
        }
    }

    /// Adds an attachment saved as a file of its own: all of it is one more table section,
    /// headed by its first line (`附件1-2`, `2024年度部门整体支出绩效自评评分表`).
    mutating func attach(_ lines: [ReportLine]) {
        guard let first = lines.first else { return }
        sections.append(Section(kind: .table, heading: first, title: first.text, content: Array(lines.dropFirst())))
    }

    /// Every section of a kind, in report order.
    func sections(_ kind: SectionKind) -> [Section] { sections.filter { $0.kind == kind } }

    /// `(kind, title, text after the title)` when the line is a section heading.
    static func heading(_ text: String) -> (SectionKind, String, String)? {
        let body = Numbering(line: text)?.rest ?? text
        let (title, rest) = splitTitle(body)
        // 「1. 主要做法：构建科学指标体系……」 is a sentence with a colon, not the heading 主要做法.
        guard title.count <= longestTitle, !title.contains("："), !title.contains(":"),
              let kind = SectionKind.named(by: title) else { return nil }
        // An unnumbered heading stands alone on its line and ends with its words (「我办整体支出绩效
        // 目标效率性及效益性较好。」 is a sentence about goals, not the heading 绩效目标).
        // Nor is a sentence with a comma (「2023年，我单位无政府性基金预算支出。」 under its heading).
        if Numbering(line: text) == nil {
            guard rest.isEmpty, !title.contains("，"), endsWithWords(of: kind, title) else { return nil }
        }
        return (kind, title, rest)
    }

    /// At most two characters (`情况`) after the last heading word of the kind.
    private static func endsWithWords(of kind: SectionKind, _ title: String) -> Bool {
        kind.words.contains { word in
            guard let range = title.range(of: word, options: .backwards) else { return false }
            return title[range.upperBound...].count <= 2
        }
    }

    /// `自评工作过程。我办……` → (`自评工作过程`, `我办……`); trailing `。：:` and spaces dropped.
    static func splitTitle(_ body: String) -> (String, String) {
        let end = body.firstIndex { "。".contains($0) }
        let title = end.map { String(body[..<$0]) } ?? body
        let rest = end.map { String(body[body.index(after: $0)...]) } ?? ""
        return (title.trimmingTitlePunctuation(), String(rest.drop { $0 == " " }))
    }
}

extension String {
    /// Without the spaces and `：:。.` a title or cell ends with.
    func trimmingTitlePunctuation() -> String {
        var text = Substring(self)
        while let last = text.last, " ：:。.．、".contains(last) { text = text.dropLast() }
        while let first = text.first, first == " " { text = text.dropFirst() }
        return String(text)
    }
}
