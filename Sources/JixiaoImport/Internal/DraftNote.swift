/// The comments the draft carries; all of their wording is in this one switch.
enum DraftNote: Sendable, Equatable {
    /// Where a value came from: `# 来自第12行：2023 年度本部门……`.
    case source(line: Int, excerpt: String, unit: LineUnit)
    /// A value jixiao inferred from the report as a whole.
    case inferred
    /// The same key stated again with another value.
    case conflict(kept: String, other: String, line: Int, unit: LineUnit)
    /// The file's opening lines.
    case header(report: String, format: String)
    /// Above the block of unplaced text.
    case unplacedHeader(count: Int)
    /// One unplaced line: `# 第12行：…`.
    case unplaced(line: Int, text: String, unit: LineUnit)

    var text: String {
        switch self {
        case .source(let line, let excerpt, let unit): "来自\(Self.place(line, unit))：\(excerpt)"
        case .inferred: "由 jixiao 根据报告判断，请核对"
        case .conflict(let kept, let other, let line, let unit):
            "注意：报告\(Self.place(line, unit))另写作「\(other)」，与这里的「\(kept)」不同；这里用第一次出现的值，请核对后改正"
        case .header(let report, let format):
            "由 jixiao import 根据「\(report)」起草（报告格式：\(format)）。每个值上面注明它来自报告的哪一处；\n"
                + "请逐项核对，再运行 jixiao check 查看还要填写的内容。文件末尾是没有归入任何键的原文。"
        case .unplacedHeader(let count):
            "以下 \(count) 处原文没有归入任何键，原样保留在这里（都是注释，不会被读取）；需要的话移到合适的键下。"
        case .unplaced(let line, let text, let unit): "\(Self.place(line, unit))：\(text)"
        }
    }

    private static func place(_ line: Int, _ unit: LineUnit) -> String {
        switch unit {
        case .line: "第\(line)行"
        case .paragraph: "第\(line)段"
        }
    }
}
