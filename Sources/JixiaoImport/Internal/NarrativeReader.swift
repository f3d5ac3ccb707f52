/// A section's lines as a data-file narrative: one text, a list of texts, or `{标题, 内容}`
/// sections, keeping the report's paragraphs and dropping only its numbering.
///
/// Worked example: `1、主动作为，做好信访维稳工作` followed by `（1）加强沟通联系。一是……` becomes
/// `{标题: 主动作为，做好信访维稳工作, 内容: [加强沟通联系。一是……]}`; `1、负责区政府会议的准备……。`
/// (a whole sentence) becomes a list item; an unnumbered line that continues an unfinished
/// item (the export broke it) is joined to it.
enum NarrativeReader {
    static let longestItemTitle = 24

    private struct Item {
        var title: String
        var body: [String]
        var level: Int
    }

    static func content(of lines: [ReportLine], droppingPrefix prefix: Regex<Substring>? = nil) -> Draft.Content? {
        var items: [Item] = []
        let listLevels = levelsWrittenAsSentences(lines, droppingPrefix: prefix)
        for (index, line) in lines.enumerated() {
            var text = line.text
            if let prefix, let match = text.prefixMatch(of: prefix) { text = String(text[match.range.upperBound...]) }
            guard let numbering = Numbering(line: text) else {
                if let last = items.indices.last {
                    if !items[last].title.isEmpty {
                        if let previous = items[last].body.last, !previous.endsSentence {
                            items[last].body[items[last].body.count - 1] = previous + text
                        } else if let match = text.wholeMatch(of: /([^，。：:、；]{2,12})[：:](.+)/) {
                            // After headed items, 「金融服务工作：一是……」 is one more, unnumbered.
                            items.append(Item(title: String(match.1) + "：", body: [String(match.2)], level: 0))
                        } else {
                            items[last].body.append(text)
                        }
                        continue
                    }
                    if let previous = items[last].body.last, !previous.endsSentence {
                        items[last].body[items[last].body.count - 1] = previous + text
                        continue
                    }
                }
                items.append(Item(title: "", body: [text], level: 0))
                continue
            }
            if let last = items.indices.last, !items[last].title.isEmpty, numbering.level > items[last].level {
                items[last].body.append(numbering.rest)
                continue
            }
            let (title, rest) = Outline.splitTitle(numbering.rest)
            let next = index + 1 < lines.count ? Numbering(line: lines[index + 1].text) : nil
            let isFollowedByBody = index + 1 < lines.count && (next.map { $0.level > numbering.level } ?? true)
            if !listLevels.contains(numbering.level), isTitle(title), !rest.isEmpty || isFollowedByBody {
                // A title run into its paragraph keeps its stop, so the report prints it run in again.
                items.append(Item(title: rest.isEmpty ? title : title + "。", body: rest.isEmpty ? [] : [rest], level: numbering.level))
            } else {
                items.append(Item(title: "", body: [numbering.rest], level: numbering.level))
            }
        }
        guard !items.isEmpty else { return nil }
        if items.allSatisfy({ $0.title.isEmpty }) {
            let texts = items.flatMap(\.body)
            return texts.count == 1 ? .text(texts[0]) : .texts(texts)
        }
        return .sections(items.map { Draft.Section(title: $0.title, body: $0.body) })
    }

    private static func isTitle(_ title: String) -> Bool {
        title.count <= longestItemTitle && !title.contains(where: { "；;".contains($0) })
    }

    /// Numbering levels where some item is a whole long sentence: there every item is a list
    /// item, even one that opens with a short sentence (「2.人员素质有待进一步提高。预算绩效……」).
    private static func levelsWrittenAsSentences(_ lines: [ReportLine], droppingPrefix prefix: Regex<Substring>?) -> Set<Int> {
        var levels: Set<Int> = []
        for line in lines {
            guard let numbering = Numbering(line: line.text) else { continue }
            if !isTitle(Outline.splitTitle(numbering.rest).0) { levels.insert(numbering.level) }
        }
        return levels
    }

    /// The numbered items of a section as a list (主要职责), the numbering dropped.
    static func listItems(of lines: [ReportLine]) -> (items: [String], used: [ReportLine]) {
        var items: [String] = []
        var used: [ReportLine] = []
        for line in lines {
            if let numbering = Numbering(line: line.text), numbering.level >= 3 {
                items.append(numbering.rest)
                used.append(line)
            } else if let last = items.last, !last.endsSentence, !used.isEmpty, Numbering(line: line.text) == nil,
                      used.last.map({ $0.number < line.number }) == true {
                items[items.count - 1] = last + line.text
                used.append(line)
            }
        }
        return (items, used)
    }
}

private extension String {
    /// Ends with what ends a sentence or a list item.
    var endsSentence: Bool { last.map { "。；;！!？?：:”".contains($0) } ?? true }
}
