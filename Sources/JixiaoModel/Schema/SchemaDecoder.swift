import Foundation
import JixiaoDiagnostics
import JixiaoReader

/// Checks a data file against `DataFileSchema`: every key known, every required key present,
/// every value of the right kind. Finds all problems, not just the first, and names each by
/// its key path (`收支情况.支出.决算数`, `自评表.指标[3].得分`).
struct SchemaDecoder {
    let source: SourceText
    /// The report formats the templates folder holds, for `报告格式`.
    let formatNames: [String]
    private(set) var diagnostics: [Diagnostic] = []
    /// Every key path of the file's schema, for a key written at the wrong place.
    private var allPaths: [(path: String, key: String)] = []

    init(source: SourceText, formatNames: [String] = []) {
        self.source = source
        self.formatNames = formatNames
    }

    /// Checks a whole file against the top-level fields (a data file's or a framework's).
    mutating func check(root: DataNode, fields: [Field] = DataFileSchema.root) {
        guard case .map = root.value else {
            report(root.position, DecodeProblem.rootNotMapping)
            return
        }
        allPaths = Self.paths(of: fields, prefix: "")
        check(root, fields: fields, path: [], owner: root.position)
    }

    private mutating func check(_ node: DataNode, fields: [Field], path: [String], owner: TextPosition) {
        guard case .map(let map) = node.value else {
            report(node.position, .wrongKind(path: path.joined(separator: "."), expected: "键值表", found: node))
            return
        }
        for entry in map {
            guard let field = fields.first(where: { $0.key == entry.key }) else {
                let suggestion = Suggestion.nearest(to: entry.key, in: fields.map(\.key)) ?? elsewhere(entry.key)
                report(entry.keyPosition, .unknownKey(path: (path + [entry.key]).joined(separator: "."), suggestion: suggestion))
                continue
            }
            check(entry.value, kind: field.kind, path: path + [entry.key], owner: entry.keyPosition)
        }
        for field in fields where field.isRequired {
            let keyPath = (path + [field.key]).joined(separator: ".")
            if map[field.key] == nil {
                report(owner, .missingKey(path: keyPath, help: field.help))
            } else if let entry = map.entry(forKey: field.key), case .null = entry.value.value {
                report(entry.keyPosition, .emptyKey(path: keyPath, help: field.help))
            }
        }
    }

    private mutating func check(_ node: DataNode, kind: FieldKind, path: [String], owner: TextPosition) {
        let name = path.joined(separator: ".")
        if case .null = node.value { return }
        switch kind {
        case .text:
            switch node.value {
            case .string, .number: return
            default: report(node.position, .wrongKind(path: name, expected: kind.name, found: node))
            }
        case .amount, .signedAmount, .score, .count:
            guard case .number(let number) = node.value else {
                report(node.position, .wrongKind(path: name, expected: kind.name, found: node))
                return
            }
            if number.decimal < 0, !kind.allowsNegative {
                report(node.position, .negative(path: name, kind: kind.name))
            }
            if case .count = kind, !number.isInteger {
                report(node.position, .wrongKind(path: name, expected: kind.name, found: node))
            }
        case .year:
            guard case .number(let number) = node.value, number.isInteger else {
                report(node.position, .wrongKind(path: name, expected: kind.name, found: node))
                return
            }
            guard let year = Int(number.text), DataFileSchema.years.contains(year) else {
                report(node.position, .yearOutOfRange(path: name, found: number.text))
                return
            }
        case .date:
            guard case .string(let text) = node.value, CalendarDate(text) != nil else {
                report(node.position, .badDate(path: name, found: node))
                return
            }
        case .custom:
            return
        case .bool:
            guard case .bool = node.value else {
                report(node.position, .wrongKind(path: name, expected: kind.name, found: node))
                return
            }
        case .format:
            // With no formats at all the templates folder is missing, which is said of the folder (`ReportLibrary`).
            guard !formatNames.isEmpty else { return }
            guard case .string(let text) = node.value, formatNames.contains(text) else {
                let typed: String = if case .string(let text) = node.value { text } else { "" }
                report(node.position, .notAChoice(path: name, choices: formatNames, suggestion: Suggestion.nearest(to: typed, in: formatNames)))
                return
            }
        case .choice(let words):
            guard case .string(let text) = node.value, words.contains(text) else {
                let typed: String = if case .string(let text) = node.value { text } else { "" }
                report(node.position, .notAChoice(path: name, choices: words, suggestion: Suggestion.nearest(to: typed, in: words)))
                return
            }
        case .list(let itemKind):
            guard case .list(let items) = node.value else {
                report(node.position, .wrongKind(path: name, expected: kind.name, found: node))
                return
            }
            for (index, item) in items.enumerated() {
                var itemPath = path
                itemPath[itemPath.count - 1] += "[\(index + 1)]"
                check(item, kind: itemKind, path: itemPath, owner: item.position)
            }
        case .record(let fields):
            check(node, fields: fields, path: path, owner: owner)
        case .breakdown(let partKind):
            guard case .map(let map) = node.value else {
                report(node.position, .wrongKind(path: name, expected: kind.name, found: node))
                return
            }
            for entry in map { check(entry.value, kind: partKind, path: path + [entry.key], owner: entry.keyPosition) }
        case .narrative:
            checkNarrative(node, path: name)
        }
    }

    /// Narrative: a text, or a list whose items are texts or `{标题, 内容}` sections.
    private mutating func checkNarrative(_ node: DataNode, path: String) {
        switch node.value {
        case .string, .number: return
        case .list(let items):
            for (index, item) in items.enumerated() {
                let itemPath = "\(path)[\(index + 1)]"
                switch item.value {
                case .string, .number: continue
                case .map(let map):
                    for entry in map where entry.key != "标题" && entry.key != "内容" {
                        report(entry.keyPosition, .unknownSectionKey(path: "\(itemPath).\(entry.key)"))
                    }
                    if let content = map["内容"] { checkNarrative(content, path: "\(itemPath).内容") }
                default:
                    report(item.position, .wrongKind(path: itemPath, expected: "文字或「标题、内容」", found: item))
                }
            }
        default:
            report(node.position, .wrongKind(path: path, expected: FieldKind.narrative.name, found: node))
        }
    }

    /// The full path of the key nearest to `key` anywhere in the schema (`人员经费` written at
    /// the top level → `收支情况.支出.人员经费`).
    private func elsewhere(_ key: String) -> String? {
        guard let leaf = Suggestion.nearest(to: key, in: allPaths.map(\.key)) else { return nil }
        return allPaths.first { $0.key == leaf }?.path
    }

    private static func paths(of fields: [Field], prefix: String) -> [(path: String, key: String)] {
        fields.flatMap { field -> [(path: String, key: String)] in
            let path = prefix + field.key
            switch field.kind {
            case .record(let children): return [(path, field.key)] + paths(of: children, prefix: path + ".")
            case .list(.record(let children)): return [(path, field.key)] + paths(of: children, prefix: path + "[].")
            default: return [(path, field.key)]
            }
        }
    }

    private mutating func report(_ position: TextPosition, _ problem: DecodeProblem) {
        diagnostics.append(Diagnostic(in: source, at: position, message: problem.message, hint: problem.hint))
    }
}

/// A date written `2025-07-28` (also `2025/7/28`), checked against the calendar.
struct CalendarDate: Sendable, Equatable, CustomStringConvertible {
    var year: Int
    var month: Int
    var day: Int
    /// As the unit wrote it.
    var description: String

    init?(_ text: String) {
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." }).map { Int($0) }
        guard parts.count == 3, let year = parts[0], let month = parts[1], let day = parts[2], (1...12).contains(month) else { return nil }
        let isLeap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days = [31, isLeap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        guard (1...days).contains(day) else { return nil }
        (self.year, self.month, self.day, description) = (year, month, day, text)
    }
}
