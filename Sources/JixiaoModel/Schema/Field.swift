/// One key of the data file: its Chinese name as the forms write it, what it holds, and
/// what it means. `DataFileSchema` is the table of all of them; the decoder, the README's
/// key reference and `jixiao init` all read it.
struct Field: Sendable {
    var key: String
    var kind: FieldKind
    var isRequired: Bool
    /// One sentence for the key reference (what goes there, in which unit).
    var help: String

    init(_ key: String, _ kind: FieldKind, required: Bool = false, _ help: String) {
        self.key = key
        self.kind = kind
        self.isRequired = required
        self.help = help
    }
}

/// What a key holds.
indirect enum FieldKind: Sendable {
    /// Free text (a name, a sentence, a paragraph).
    case text
    /// A whole number of people, items or square metres (never negative).
    case count
    /// Money in the file's 金额单位 (元 or 万元), never negative.
    case amount
    /// Money that may be negative (a change, a difference).
    case signedAmount
    /// A score (分值, 得分): a number that is not negative.
    case score
    /// A year such as 2024.
    case year
    /// A date written `2025-07-28`.
    case date
    /// One of the listed words.
    case choice([String])
    /// A list whose items all have the given kind.
    case list(FieldKind)
    /// Fixed keys.
    case record([Field])
    /// Keys the unit chooses (kinds of staff, functional classes), each with the given kind;
    /// `合计`, if present, is the typed total checked against the parts.
    case breakdown(FieldKind)
    /// Narrative: one text, a list of texts, or a list of `{标题, 内容}` sections (nested).
    case narrative

    /// Whether a negative number is a legitimate value (a change, a difference).
    var allowsNegative: Bool {
        if case .signedAmount = self { return true }
        return false
    }

    /// How the kind reads in a message (`金额`, `文字` …).
    var name: String {
        switch self {
        case .text: "文字"
        case .count: "整数"
        case .amount, .signedAmount: "金额"
        case .score: "分数"
        case .year: "年份"
        case .date: "日期"
        case .choice(let words): "「" + words.joined(separator: "」「") + "」之一"
        case .list: "列表"
        case .record, .breakdown: "键值表"
        case .narrative: "文字或文字列表"
        }
    }
}
