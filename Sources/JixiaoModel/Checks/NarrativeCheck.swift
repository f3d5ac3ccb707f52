import JixiaoDiagnostics
import JixiaoReader

/// Text copied from another unit or mangled by a Word/PDF conversion: a self-reference that
/// does not fit the unit (我局 in an office's report), another unit's name in its figures
/// (区人大财政预算拨款收入), LaTeX `$…$`, `[bookmark`, and an English word between Chinese.
enum NarrativeCheck {
    /// 我X and the unit-name endings it fits.
    static let selfReferences: [(word: String, endings: [String])] = [
        ("我局", ["局"]), ("我委", ["委", "委员会"]), ("我办", ["办", "办公室", "办事处"]), ("我院", ["院"]),
        ("我中心", ["中心"]), ("我站", ["站"]), ("我所", ["所"]), ("我处", ["处"]), ("我厅", ["厅"]), ("我部", ["部"]),
    ]
    static let otherUnits = ["区人大", "市人大", "县人大", "区政协", "市政协", "县政协"]

    static func findings(in context: CheckContext) -> [Diagnostic] {
        let unit = context.unitName ?? ""
        let unitKind = unitKindName(unit)
        // What depends on the unit only is settled once, not for every text.
        let misfits = selfReferences.filter { _, endings in !endings.contains(where: { unitKind.hasSuffix($0) }) }.map(\.word)
        let others = otherUnits.filter { !unit.containsBytes(String($0.dropFirst())) }
        var findings: [Diagnostic] = []
        for (text, node) in context.narrativeTexts {
            for word in misfits where text.containsBytes(word) {
                findings.append(context.finding(.warning, at: context.position(of: word, in: node),
                    "「\(word)」与评价单位「\(unit)」不符", hint: "可能是从别的单位的报告复制来的；改成与本单位相符的自称，例如「我单位」"))
            }
            for other in others {
                guard let claim = figureClaim(by: other, in: text) else { continue }
                findings.append(context.finding(at: context.position(of: claim, in: node),
                    "这里写的是「\(other)」，不是评价单位「\(unit)」", hint: "可能是从别的单位的报告复制来的；改成本单位的名称"))
            }
            if let latex = latexSnippet(in: text) {
                findings.append(context.finding(at: context.position(of: latex, in: node), "文字里有 LaTeX 公式「\(latex)」",
                                                hint: "删掉两边的 $；比率和公式由 jixiao 计算并写出"))
            }
            if text.containsBytes("[bookmark") {
                findings.append(context.finding(at: context.position(of: "[bookmark", in: node), "文字里有 Word 书签残留「[bookmark…]」",
                                                hint: "删掉方括号里的书签文字"))
            }
            if let gap = spaceBetweenChinese(in: text) {
                findings.append(context.finding(.warning, at: context.position(of: gap, in: node), "中文之间有空格「\(gap)」",
                                                hint: "多半是 PDF 转换或 YAML 折行（>）留下的；删掉空格，长文字写在一行里或用「|」"))
            }
            if let word = englishWordBetweenChinese(in: text) {
                findings.append(context.finding(at: context.position(of: word, in: node), "中文句子里夹着英文单词「\(word.trimmingCharacters(in: .whitespaces))」",
                                                hint: "多半是格式转换的残留，例如 and 应为「和」"))
            }
        }
        return findings
    }

    /// Words that begin a unit's own figures: another unit's name right before them is a
    /// sentence copied from its report (`区人大财政预算拨款收入`), while a mere mention
    /// (`市人大办、市政协办……统一反映`) is not.
    static let figureWords = ["财政", "预算", "收入", "支出", "基本支出", "项目支出", "决算", "年初"]

    /// `other` followed directly by one of the figure words, as it stands in `text`.
    static func figureClaim(by other: String, in text: String) -> String? {
        var rest = text
        while let range = rest.byteRange(of: other) {
            let after = String(rest[range.upperBound...])
            if figureWords.contains(where: { after.hasPrefix($0) }) { return other + String(after.prefix(2)) }
            rest = after
        }
        return nil
    }

    /// The unit's own kind: the part of its name before 本级 or 及下属单位.
    static func unitKindName(_ unit: String) -> String {
        var name = unit
        if let range = name.range(of: "及下属单位") { name = String(name[..<range.lowerBound]) }
        if name.hasSuffix("本级") { name = String(name.dropLast(2)) }
        return name
    }

    static func latexSnippet(in text: String) -> String? {
        guard text.utf8.contains(UInt8(ascii: "$")), let open = text.firstIndex(of: "$") else { return nil }
        let rest = text[text.index(after: open)...]
        guard let close = rest.firstIndex(of: "$") else { return nil }
        return String(text[open...close])
    }

    /// `市 政府`: ASCII spaces between two Chinese characters, as a PDF reflow or YAML folding leaves them.
    /// Inside quotation marks the space is the quoted text's own (a slogan: “守住钱袋子 护好幸福家”).
    static func spaceBetweenChinese(in text: String) -> String? {
        guard text.utf8.contains(UInt8(ascii: " ")) else { return nil }
        let characters = Array(text)
        func isChinese(_ character: Character) -> Bool {
            guard let scalar = character.unicodeScalars.first else { return false }
            return (0x4E00...0x9FFF).contains(scalar.value) || (0x3000...0x303F).contains(scalar.value) || (0xFF00...0xFF0F).contains(scalar.value)
        }
        var index = 1
        var quoteDepth = characters[0] == "“" ? 1 : 0
        while index < characters.count - 1 {
            if characters[index] == "“" { quoteDepth += 1 } else if characters[index] == "”" { quoteDepth = max(0, quoteDepth - 1) }
            if characters[index] == " ", quoteDepth == 0 {
                var end = index
                while end < characters.count, characters[end] == " " { end += 1 }
                if end < characters.count, isChinese(characters[index - 1]), isChinese(characters[end]) {
                    return String(characters[(index - 1)...end])
                }
                index = end
                continue
            }
            index += 1
        }
        return nil
    }

    /// ` and ` in `规模 and 比例`: ASCII letters with spaces, between two non-ASCII characters.
    static func englishWordBetweenChinese(in text: String) -> String? {
        guard text.utf8.contains(where: { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }) else { return nil }
        let characters = Array(text)
        var index = 0
        while index < characters.count {
            guard characters[index].isASCII, characters[index].isLetter else { index += 1; continue }
            var end = index
            while end < characters.count, characters[end].isASCII, characters[end].isLetter { end += 1 }
            var before = index - 1
            while before >= 0, characters[before] == " " { before -= 1 }
            var after = end
            while after < characters.count, characters[after] == " " { after += 1 }
            let hasSpaces = before < index - 1 || after > end
            if hasSpaces, before >= 0, after < characters.count, !characters[before].isASCII, !characters[after].isASCII {
                return String(characters[index..<end])
            }
            index = end
        }
        return nil
    }
}

import Foundation
