import JixiaoReader

/// What can be wrong with a data file's keys and values; all wording here.
enum DecodeProblem {
    case rootNotMapping
    case unknownKey(path: String, suggestion: String?)
    case unknownSectionKey(path: String)
    case missingKey(path: String, help: String)
    case emptyKey(path: String, help: String)
    case wrongKind(path: String, expected: String, found: DataNode)
    case negative(path: String, kind: String)
    case yearOutOfRange(path: String, found: String)
    case badDate(path: String, found: DataNode)
    case notAChoice(path: String, choices: [String], suggestion: String?)

    var message: String {
        switch self {
        case .rootNotMapping: "数据文件的最外层应当是「键: 值」，例如「评价年度: 2024」"
        case .unknownKey(let path, _), .unknownSectionKey(let path): "不认识的键「\(path)」"
        case .missingKey(let path, _): "缺少「\(path)」"
        case .emptyKey(let path, _): "「\(path)」还没有填写"
        case .wrongKind(let path, let expected, let found): "「\(path)」应当是\(expected)，这里是\(found.kindName)\(Self.shown(found))"
        case .negative(let path, let kind): "「\(path)」是\(kind)，不能是负数"
        case .yearOutOfRange(let path, let found): "「\(path)」的年份不合理：\(found.count > 12 ? String(found.prefix(12)) + "…" : found)"
        case .badDate(let path, let found): "「\(path)」应当是日期，例如 2025-07-28，这里是\(found.kindName)\(Self.shown(found))"
        case .notAChoice(let path, let choices, _): "「\(path)」只能是「\(choices.joined(separator: "」「"))」之一"
        }
    }

    var hint: String? {
        switch self {
        case .rootNotMapping: "每行写一个「键: 值」，冒号是半角的，后面跟一个空格"
        case .unknownKey(_, let suggestion):
            suggestion.map { "是否想写「\($0)」？" } ?? "键的写法见 README 的“数据文件的键”一节"
        case .unknownSectionKey: "分节的文字每一节只写「标题」和「内容」"
        case .missingKey(_, let help), .emptyKey(_, let help): "请补上：\(help)"
        case .wrongKind(_, let expected, let found): Self.listHint(expected: expected, found: found) ?? Self.amountHint(expected: expected, found: found)
        case .negative: "金额和人数写正数；减少、节约的情况写在说明里"
        case .yearOutOfRange: "年份写四位数，在 \(DataFileSchema.years.lowerBound) 到 \(DataFileSchema.years.upperBound) 之间，例如 2024"
        case .badDate: "日期写成「年-月-日」，例如 2025-07-28"
        case .notAChoice(_, _, let suggestion): suggestion.map { "是否想写「\($0)」？" }
        }
    }

    private static func shown(_ node: DataNode) -> String {
        if case .string(let text) = node.value { return "「\(text.count > 20 ? String(text.prefix(20)) + "…" : text)」" }
        return ""
    }

    /// The usual ways a number arrives as text, each with its fix and an example of the kind asked for.
    /// A single text where a list is expected (`副组长: 张三`): how to write it as a list.
    private static func listHint(expected: String, found: DataNode) -> String? {
        guard expected == FieldKind.list(.text).name, case .string(let text) = found.value else { return nil }
        return "只有一项也要写成列表：「[\(text.count > 20 ? String(text.prefix(20)) + "…" : text)]」；多项写成「[甲, 乙]」，或每项一行、以「- 」开头"
    }

    private static func amountHint(expected: String, found: DataNode) -> String? {
        guard case .string(let text) = found.value else { return nil }
        let example: String
        switch expected {
        case "金额": example = "1007.30"
        case "整数": example = "23"
        case "分数": example = "9.5"
        case "年份": example = "2024"
        default: return nil
        }
        if text.contains(where: { ("０"..."９").contains($0) || $0 == "．" }) {
            return "这里用了全角数字，请改用半角数字，例如 \(example)"
        }
        if text.contains(",") || text.contains("，") {
            return "数字不要写千分位逗号，写成 \(text.filter { $0 != "," && $0 != "，" })"
        }
        if text.hasSuffix("年") || text.hasSuffix("年度") {
            let digits = text.prefix(while: { $0.isASCII && $0.isNumber })
            return "只写数字\(digits.isEmpty ? "" : "「\(digits)」")，不要写「年」"
        }
        if text.hasSuffix("万元") || text.hasSuffix("元") || text.hasSuffix("%") || text.hasSuffix("人") || text.hasSuffix("分") {
            let digits = text.prefix(while: { ($0.isASCII && $0.isNumber) || $0 == "." || $0 == "-" })
            return "只写数字\(digits.isEmpty ? "" : "「\(digits)」")" + (expected == "金额" ? "；金额单位统一写在「金额单位」里" : "")
        }
        return "写成数字，例如 \(example)；数字两边不要加引号"
    }
}
