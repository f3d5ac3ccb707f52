import JixiaoDiagnostics
import JixiaoReader

/// Years that do not fit: the 填报日期 and the notice's 文号 belong to the year after the
/// evaluation year; narrative that quotes another year's 决算 or 预算 (a 2024 report saying
/// 2023年决算支出) is flagged for a look.
enum YearCheck {
    static func findings(in context: CheckContext) -> [Diagnostic] {
        guard let year = context.year else { return [] }
        var findings: [Diagnostic] = []
        if let date = context.data.fillDate, date.value.year != year + 1 {
            findings.append(context.finding(at: date.position, "填报日期 \(date.value) 不在评价年度 \(year) 的下一年",
                                            hint: "\(year) 年度的自评在 \(year + 1) 年填报；检查是否沿用了往年的日期"))
        }
        if let number = context.data.noticeNumber, let issued = documentYear(in: number.value), issued != year + 1 {
            findings.append(context.finding(at: number.position, "通知文号「\(number.value)」是 \(issued) 年的，评价 \(year) 年度应当是 \(year + 1) 年的通知",
                                            hint: "检查是否沿用了往年的通知"))
        }
        for (text, node) in context.narrativeTexts {
            let mentions = yearMentions(in: text)
            if let stale = staleMention(in: text, year: year - 1), !mentions.contains(where: { $0.year == year - 1 }) {
                findings.append(context.finding(.warning, at: context.position(of: stale, in: node),
                    "\(year) 年度的报告里提到「\(stale)」", hint: "如果这是沿用去年报告的句子，请按 \(year) 年的情况改写"))
            }
            for mention in mentions where mention.year != year {
                findings.append(context.finding(.warning, at: context.position(of: mention.snippet, in: node),
                    "\(year) 年度的报告里写的是「\(mention.snippet)」",
                    hint: "如果是沿用往年的句子，请改成 \(year) 年；如果确实在和往年比较，可以不改"))
            }
        }
        return findings
    }

    /// The first `2024年` for the given year that is not part of a longer number and does not
    /// name an honour the unit received for that year (「评为湛江市2019年度……先进集体」).
    static func staleMention(in text: String, year: Int) -> String? {
        let mention = "\(year)年"
        guard text.byteRange(of: mention) != nil else { return nil }
        var searchFrom = text.startIndex
        while let range = text.range(of: mention, range: searchFrom..<text.endIndex) {
            searchFrom = range.upperBound
            if range.lowerBound > text.startIndex, text[text.index(before: range.lowerBound)].isNumber { continue }
            if namesAnHonour(text, around: range) { continue }
            return mention
        }
        return nil
    }

    /// Words that make a year the year of an award, not a sentence left over from last year.
    static let honours = ["先进", "优秀", "表彰", "荣誉", "称号", "评为", "被评", "授予", "荣获"]

    /// Whether the clause around `range` (between punctuation marks) names an honour.
    private static func namesAnHonour(_ text: String, around range: Range<String.Index>) -> Bool {
        let stops: Set<Character> = ["，", "。", "；", "！", "？", "\n", ",", ";"]
        let start = text[..<range.lowerBound].lastIndex(where: stops.contains).map(text.index(after:)) ?? text.startIndex
        let end = text[range.upperBound...].firstIndex(where: stops.contains) ?? text.endIndex
        let clause = text[start..<end]
        return honours.contains { clause.contains($0) }
    }

    /// `遂财绩〔2025〕6号`, `湛财绩[2025]2号` → 2025.
    static func documentYear(in number: String) -> Int? {
        let digits = number.split(whereSeparator: { "〔〕[]［］()（）".contains($0) })
        return digits.compactMap { Int($0) }.first { DataFileSchema.years.contains($0) }
    }

    /// `2023年决算`, `2023年度预算` … in a text.
    ///
    /// One pass over the UTF-8 bytes finds the places where four ASCII digits stand before 年
    /// (the only places a mention can start); only there are the characters looked at, so a
    /// long text costs no more than reading it once.
    static func yearMentions(in text: String) -> [(year: Int, snippet: String)] {
        guard text.containsBytes("决算") || text.containsBytes("预算") else { return [] }
        var mentions: [(Int, String)] = []
        for start in yearCandidates(in: text) {
            let index = text.utf8.index(text.utf8.startIndex, offsetBy: start)
            if index > text.startIndex, text[..<index].last?.isNumber == true { continue }
            let characters = Array(text[index...].prefix(8))
            guard characters.count > 4, let year = Int(String(characters[0..<4])), (1990...2200).contains(year), characters[4] == "年" else { continue }
            var after = 5
            if after < characters.count, characters[after] == "度" { after += 1 }
            let rest = String(characters[after..<min(after + 2, characters.count)])
            if rest == "决算" || rest == "预算" {
                mentions.append((year, String(characters[0..<after + 2])))
            }
        }
        return mentions
    }
}

private extension YearCheck {
    /// 年 in UTF-8.
    static let yearCharacter: [UInt8] = Array("年".utf8)

    /// The byte offsets at which four ASCII digits are followed by 年.
    static func yearCandidates(in text: String) -> [Int] {
        var text = text
        return text.withUTF8 { bytes -> [Int] in
            var offsets: [Int] = []
            var digits = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte >= 0x30, byte <= 0x39 {
                    digits += 1
                } else {
                    if digits >= 4, index + 2 < bytes.count, byte == yearCharacter[0], bytes[index + 1] == yearCharacter[1],
                        bytes[index + 2] == yearCharacter[2]
                    {
                        offsets.append(index - 4)
                    }
                    digits = 0
                }
                index += 1
            }
            return offsets
        }
    }
}
