/// The comments the draft carries; all of their wording is in this one switch.
enum DraftNote: Sendable, Equatable {
    /// Where a value came from: `# 来自第12行：2023 年度本部门……`.
    case source(SourcePlace, excerpt: String)
    /// A value jixiao inferred from the report as a whole.
    case inferred
    /// The same key stated again with another value (nil: by jixiao's inference).
    case conflict(kept: String, other: String, at: SourcePlace?)
    /// An indicator's score written one way in the 自评表 or 评分表 and another in its paragraph.
    case scoreConflict(indicator: String, table: String, tableAt: SourcePlace, paragraph: String, paragraphAt: SourcePlace)
    /// The file's opening lines.
    case header(report: String, format: String)
    /// Above the block of unplaced text.
    case unplacedHeader(count: Int)
    /// One unplaced line: `# 第12行：…`.
    case unplaced(SourcePlace, text: String)

    var text: String {
        switch self {
        case .source(let place, let excerpt): "来自\(Self.name(place))：\(excerpt)"
        case .inferred: "由 jixiao 根据报告判断，请核对"
        case .conflict(let kept, let other, let place):
            "注意：报告\(place.map(Self.name) ?? "")另写作「\(other)」，与这里的「\(kept)」不同；这里用第一次出现的值，请核对后改正"
        case .scoreConflict(let indicator, let table, let tableAt, let paragraph, let paragraphAt):
            "注意：「\(indicator)」的得分，表格（\(Self.name(tableAt))）写作 \(table) 分，正文（\(Self.name(paragraphAt))）写作 \(paragraph) 分；"
                + "这里用表格的值，请核对后改正"
        case .header(let report, let format):
            "由 jixiao import 根据「\(report)」起草（报告格式：\(format)）。每个值上面注明它来自报告的哪一处；\n"
                + "请逐项核对，再运行 jixiao check 查看还要填写的内容。文件末尾是没有归入任何键的原文。"
        case .unplacedHeader(let count):
            "以下 \(count) 处原文没有归入任何键，原样保留在这里（都是注释，不会被读取）；需要的话移到合适的键下。"
        case .unplaced(let place, let text): "\(Self.name(place))：\(text)"
        }
    }

    /// `第12行`, `第12段`, or for an attachment `「某单位-自评表.docx」第12段`.
    private static func name(_ place: SourcePlace) -> String {
        let file = place.file.map { "「\($0)」" } ?? ""
        return switch place.unit {
        case .line: "\(file)第\(place.number)行"
        case .paragraph: "\(file)第\(place.number)段"
        }
    }
}
