import Foundation

/// jixiao's own filters for reports, beyond Jinja2 and never changing a Jinja2 name.
///
/// | filter | example | prints |
/// |---|---|---|
/// | `金额(位数=2, 分隔=false)` / `money` | `8374036.745|金额` | `8374036.75` (half-up) |
/// | | `8374036.75|金额(2, true)` | `8,374,036.75` |
/// | `万元(位数=2)` / `wan` | `8374036.75|万元` | `837.40` (元 → 万元, half-up) |
/// | `百分比(位数=2)` / `percent` | `0.99724|百分比` | `99.72%` (a ratio, × 100) |
/// | `序号(样式='一、')` / `ordinal` | `3|序号('（一）')` | `（三）`; `12|序号('1.')` → `12.` |
/// | `日期(格式='yyyy年M月d日')` / `date` | `'2025-05-14'|日期` | `2025年5月14日` |
/// | `单元格` / `cell` | `'a|b\nc'|单元格` | `a\|b<br>c` in a Markdown table |
extension Renderer {
    func applyReportFilter(_ filter: Filter, to value: TemplateValue, _ arguments: FilterArguments) throws(TemplateFailure) -> TemplateValue {
        let offset = arguments.offset
        let name = filter.name
        switch filter {
        case .money, .moneyASCII, .wan, .wanASCII, .percent, .percentASCII:
            try arguments.allow(filter == .money || filter == .moneyASCII ? 2 : 1, ["位数", "digits", "分隔", "separators"])
            guard value.isNumeric else {
                throw failure(.filterArgument(filter: name, problem: "要用在数字上，却用在了\(value.kindName)上"), at: offset)
            }
            let digits = try arguments.integer(0, arguments.value(0, "位数") != nil ? "位数" : "digits", default: 2, in: Self.digitsRange)
            var amount = value.asDecimal
            let isPercent = filter == .percent || filter == .percentASCII
            if filter == .wan || filter == .wanASCII { amount = amount.shifted(by: -4) }
            if isPercent { amount = amount.shifted(by: 2) }
            var text = amount.rescaled(to: digits).description
            if arguments.bool(1, arguments.value(1, "分隔") != nil ? "分隔" : "separators", default: false) { text = Self.groupThousands(text) }
            return .string(isPercent ? text + "%" : text)
        case .ordinal, .ordinalASCII, .chineseNumeral:
            try arguments.allow(1, ["样式", "style"])
            guard case .integer(let number) = value.asInteger, number >= 0 else {
                throw failure(.filterArgument(filter: name, problem: "要用在不小于 0 的整数上，却用在了\(value.kindName)上"), at: offset)
            }
            if filter == .chineseNumeral { return .string(Self.chineseNumeral(number)) }
            let style = try arguments.string(0, arguments.value(0, "样式") != nil ? "样式" : "style") ?? "一、"
            if let styled = Self.replacingFirst("一", in: style, with: Self.chineseNumeral(number)) { return .string(styled) }
            if let styled = Self.replacingFirst("1", in: style, with: String(number)) { return .string(styled) }
            throw failure(.filterArgument(filter: name, problem: "的样式里要有「一」或「1」，例如「（一）」「1.」"), at: offset)
        case .date, .dateASCII:
            try arguments.allow(1, ["格式", "format"])
            let pattern = try arguments.string(0, arguments.value(0, "格式") != nil ? "格式" : "format") ?? "yyyy年M月d日"
            let text = try string(of: value, at: offset)
            let parts = text.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." }).compactMap { Int($0) }
            guard parts.count == 3, (1...12).contains(parts[1]), (1...31).contains(parts[2]) else {
                throw failure(.filterArgument(filter: name, problem: "要用在「2025-05-14」这样的日期上，却是「\(text)」"), at: offset)
            }
            return .string(Self.formatDate(year: parts[0], month: parts[1], day: parts[2], pattern: pattern))
        case .cell, .cellASCII:
            try arguments.allow(0, [])
            let text = try string(of: value, at: offset)
            let escaped: String
            if case .markup = value { escaped = text } else { escaped = format.escape(text, atLineStart: false) }
            let lineBreak = format == .text ? " " : "<br>"
            guard escaped.utf8.contains(0x0A) else { return .markup(escaped) }
            var output: [UInt8] = []
            for byte in escaped.utf8 {
                if byte == 0x0A { output += lineBreak.utf8 } else { output.append(byte) }
            }
            return .markup(String(decoding: output, as: UTF8.self))
        default:
            throw failure(.unknownFilter(name, suggestion: nil), at: offset)
        }
    }

    /// Digits after the point that `金额`, `万元`, `百分比`, `round` and `%.Nf` accept: `Decimal`
    /// holds 38 significant digits, and no report prints more than a few.
    static let digitsRange = 0...28

    /// `style` with its first `marker` replaced, or nil when it has none.
    static func replacingFirst(_ marker: String, in style: String, with replacement: String) -> String? {
        let bytes = Array(style.utf8)
        let pattern = Array(marker.utf8)
        guard bytes.count >= pattern.count,
            let start = (0...(bytes.count - pattern.count)).first(where: { bytes[$0..<$0 + pattern.count].elementsEqual(pattern) })
        else { return nil }
        return String(decoding: bytes[..<start] + Array(replacement.utf8) + bytes[(start + pattern.count)...], as: UTF8.self)
    }

    /// `1234567.89` → `1,234,567.89`.
    static func groupThousands(_ text: String) -> String {
        let bytes = Array(text.utf8)
        let signLength = bytes.first == UInt8(ascii: "-") ? 1 : 0
        let integerEnd = bytes.firstIndex(of: UInt8(ascii: ".")) ?? bytes.count
        var output = [UInt8](bytes[..<signLength])
        for index in signLength..<integerEnd {
            let remaining = integerEnd - index
            if index > signLength, remaining % 3 == 0 { output.append(UInt8(ascii: ",")) }
            output.append(bytes[index])
        }
        output += bytes[integerEnd...]
        return String(decoding: output, as: UTF8.self)
    }

    /// 0 → 〇, 3 → 三, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五, 10010 → 一万零一十.
    static func chineseNumeral(_ number: Int) -> String {
        let digits = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        func section(_ value: Int) -> String {
            var result = ""
            var pendingZero = false
            for (digit, unit) in [(value / 1000 % 10, "千"), (value / 100 % 10, "百"), (value / 10 % 10, "十"), (value % 10, "")] {
                if digit == 0 {
                    pendingZero = !result.isEmpty
                    continue
                }
                if pendingZero { result += "零" }
                result += digits[digit] + unit
                pendingZero = false
            }
            return result
        }
        guard number > 0 else { return digits[0] }
        var text: String
        if number >= 10_000 {
            let low = number % 10_000
            text = chineseNumeral(number / 10_000) + "万" + (low == 0 ? "" : (low < 1000 ? "零" : "") + section(low))
        } else {
            text = section(number)
        }
        if (10...19).contains(number) { text.removeFirst() }
        return text
    }

    /// `yyyy年M月d日`, `yyyy年MM月dd日`, `yyyy-MM-dd`.
    static func formatDate(year: Int, month: Int, day: Int, pattern: String) -> String {
        func padded(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let fields: [(String, String)] = [("yyyy", String(year)), ("MM", padded(month)), ("M", String(month)), ("dd", padded(day)), ("d", String(day))]
        var result = ""
        var rest = Substring(pattern)
        while !rest.isEmpty {
            if let (field, value) = fields.first(where: { rest.hasPrefix($0.0) }) {
                result += value
                rest = rest.dropFirst(field.count)
            } else {
                result.append(rest.removeFirst())
            }
        }
        return result
    }
}
