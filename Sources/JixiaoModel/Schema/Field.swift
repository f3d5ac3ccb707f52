/// One key of the data file: its Chinese name as the forms write it, what it holds, and
/// what it means. `DataFileSchema` is the table of all of them; the decoder, the README's
/// key reference and `jixiao init` all read it.
struct Field: Sendable {
    var key: String
    var kind: FieldKind
    var isRequired: Bool
    /// One sentence for the key reference (what goes there, in which unit).
    var help: String
    /// What `jixiao rollover` does with the value when it drafts next year's file.
    var nextYear: NextYear

    init(_ key: String, _ kind: FieldKind, required: Bool = false, next nextYear: NextYear = .kept, _ help: String) {
        self.key = key
        self.kind = kind
        self.isRequired = required
        self.help = help
        self.nextYear = nextYear
    }
}

/// What becomes of a value in next year's draft (`Rollover`).
enum NextYear: Sendable {
    /// Kept as a start (organisation, duties, narrative).
    case kept
    /// Emptied for the unit to fill in (this year's dates, figures and scores).
    case emptied
    /// Every number below it emptied, the keys kept as the form to fill in.
    case numbersEmptied
    /// Moved to the sibling key (决算数 → 上年决算数), then emptied.
    case movedTo(String)
    /// Emptied, its value becoming next year's value of the key at this path from the root
    /// (this year's 年末结转和结余 is next year's 上年结转和结余).
    case carriedTo([String])
    /// The year plus one.
    case advanced
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
    /// The name of a report format: a folder of the templates folder (`FormatLibrary`).
    case format
    /// 是 or 否 (true / false).
    case bool
    /// Anything the unit's own templates read (`自定义`): texts, numbers, lists and maps, taken as they are.
    case custom
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
        case .format: "报告格式的名称"
        case .bool: "是或否（true/false）"
        case .custom: "任意内容"
        case .list: "列表"
        case .record, .breakdown: "键值表"
        case .narrative: "文字或文字列表"
        }
    }
}
