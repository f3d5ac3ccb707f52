/// The numbering a line of a report starts with, as people type it in Word.
///
/// Worked example: `（二）自评工作过程。` is level 2 with title `自评工作过程。`; `2、优化服务` and
/// `2.预算执行情况。` are level 3; `(1)提高思想认识。` is level 4; `1.5万元` is no numbering.
/// Numbers are read but never trusted to be consecutive: reports jump from 二 to 六.
struct Numbering: Sendable, Equatable {
    /// 1 `一、`, 2 `（一）`, 3 `1.`/`1、`, 4 `（1）`; 5 `一是`.
    var level: Int
    /// The rest of the line after the numbering and the spaces after it.
    var rest: String
    /// The number itself when written in digits (`（3）` → 3); nil for Chinese numerals.
    var ordinal: Int?

    init?(line: String) {
        let characters = Array(line)
        guard let first = characters.first else { return nil }
        var index = 0
        if "（(".contains(first) {
            index = 1
            let start = index
            while index < characters.count, characters[index].isNumeral { index += 1 }
            guard index > start, index < characters.count, "）)".contains(characters[index]) else { return nil }
            level = characters[start].isChineseNumeral ? 2 : 4
            if level == 4, index - start <= 3 { ordinal = Int(String(characters[start..<index])) }
            index += 1
        } else if first.isChineseNumeral {
            while index < characters.count, characters[index].isChineseNumeral { index += 1 }
            guard index < characters.count, "、.．".contains(characters[index]) else { return nil }
            level = 1
            index += 1
        } else if first.isASCII, first.isNumber {
            while index < characters.count, characters[index].isASCII, characters[index].isNumber { index += 1 }
            guard index < characters.count, "、.．".contains(characters[index]) else { return nil }
            if index + 1 < characters.count, characters[index + 1].isASCII, characters[index + 1].isNumber { return nil }
            level = 3
            if index <= 3 { ordinal = Int(String(characters[0..<index])) }
            index += 1
        } else {
            return nil
        }
        while index < characters.count, characters[index] == " " { index += 1 }
        rest = String(characters[index...])
    }
}

private extension Character {
    var isChineseNumeral: Bool { "一二三四五六七八九十".contains(self) }
    var isNumeral: Bool { isChineseNumeral || (isASCII && isNumber) }
}
