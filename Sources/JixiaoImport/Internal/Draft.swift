import Foundation

/// The data file being drafted: values by key path in the order they were found, each with
/// the report line it came from, and the lines that found no place.
///
/// A key set twice to the same value keeps its first source; set to a different value it
/// keeps the first and records the other (`DraftNote.conflict`), so a report that says
/// 655.69 in one sentence and 665.69 in the next shows both to the person finishing the file.
struct Draft: Sendable {
    struct Section: Sendable, Equatable {
        var title: String
        var body: [String]
    }

    /// One key of a record: `得分: 20`.
    struct Field: Sendable, Equatable {
        var key: String
        var value: Content
    }

    indirect enum Content: Sendable, Equatable {
        /// A number exactly as the report wrote it (`1557.15`, `0`).
        case number(String)
        /// A date in data-file form, `2025-05-14`.
        case date(String)
        case text(String)
        case texts([String])
        /// Items that are texts (`title` empty) or `{标题, 内容}` sections.
        case sections([Section])
        /// A list of maps of scalars (自评表.指标), keys in order.
        case records([Record])

        /// Equal, or the same number written with another scale (`1007.3`, `1007.30`).
        func isSameValue(as other: Content) -> Bool {
            if case .number(let left) = self, case .number(let right) = other,
               let a = Decimal(string: left), let b = Decimal(string: right) {
                return a == b
            }
            return self == other
        }

        var summary: String {
            switch self {
            case .number(let text), .date(let text), .text(let text): text
            case .texts(let texts): texts.first ?? ""
            case .sections(let sections): sections.first.map { $0.title.isEmpty ? ($0.body.first ?? "") : $0.title } ?? ""
            case .records(let records): records.first?.fields.first?.value.summary ?? ""
            }
        }
    }

    /// One item of a list of records, with its own source: each indicator of 自评表.指标 cites
    /// the table row or the paragraph its score came from.
    struct Record: Sendable, Equatable {
        var fields: [Field]
        var source: ReportLine?
        var notes: [DraftNote] = []
    }

    struct Entry: Sendable {
        var path: [String]
        var content: Content
        /// The line the value was read from; nil for what jixiao inferred (报告格式, 金额单位).
        var source: ReportLine?
        var notes: [DraftNote] = []
    }

    /// The files read, in numbering order (the report first).
    let parts: [ReportPart]
    private(set) var entries: [Entry] = []
    /// Lines of the report that no value took, in report order.
    private(set) var unplaced: [ReportLine] = []
    /// Lines taken whole, by number and text: a heading's inline text (`（一）评价小组情况。根据……`)
    /// is a line of its own with the heading's number.
    private var placedLines: Set<ReportLine> = []

    init(parts: [ReportPart]) { self.parts = parts }

    /// The file and its own line or paragraph number for a line number of the draft.
    func place(of number: Int) -> SourcePlace {
        let part = parts.last { $0.offset < number } ?? parts.first
        return SourcePlace(file: part?.file, number: number - (part?.offset ?? 0), unit: part?.unit ?? .line)
    }

    /// Sets `path` (`收支情况.收入.决算数`) unless it is set already; see the type's comment.
    mutating func set(_ path: String, _ content: Content, from source: ReportLine?) {
        let keys = path.split(separator: ".").map(String.init)
        if let index = entries.firstIndex(where: { $0.path == keys }) {
            if !entries[index].content.isSameValue(as: content) {
                entries[index].notes.append(
                    .conflict(kept: entries[index].content.summary, other: content.summary, at: source.map { place(of: $0.number) }))
            }
            return
        }
        entries.append(Entry(path: keys, content: content, source: source))
    }

    func has(_ path: String) -> Bool {
        let keys = path.split(separator: ".").map(String.init)
        return entries.contains { $0.path == keys }
    }

    /// Marks lines as taken whole by a value (a narrative, a cover field), so the end block leaves
    /// them out; a line a figure was read from stays there, since the rest of its sentence is not kept.
    mutating func markPlaced(_ lines: [ReportLine]) {
        placedLines.formUnion(lines)
    }

    /// Keeps `lines` verbatim at the end of the draft unless a value took them.
    mutating func keepUnplaced(_ lines: [ReportLine]) {
        unplaced.append(contentsOf: lines)
    }

    /// The kept lines that no value took after all, without duplicates, in report order.
    var remainingUnplaced: [ReportLine] {
        var seen: Set<ReportLine> = []
        return unplaced.filter { line in !placedLines.contains(line) && seen.insert(line).inserted }
            .sorted { $0.number < $1.number }
    }
}
