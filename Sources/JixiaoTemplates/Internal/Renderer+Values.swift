import Foundation

/// What operators, `if` and `for` do with values: Python's rules (jinja-subset.md §2.6–2.9),
/// with exact decimals in place of binary floats.
extension Renderer {
    func isTrue(_ value: TemplateValue, at offset: Int) throws(TemplateFailure) -> Bool {
        switch value {
        case .undefined(let name): throw failure(.undefined(name), at: offset)
        case .none: return false
        case .bool(let flag): return flag
        case .integer(let number): return number != 0
        case .decimal(let number): return !number.isZero
        case .string(let text), .markup(let text): return !text.isEmpty
        case .list(let items): return !items.isEmpty
        case .map(let map): return !map.isEmpty
        case .lazy, .loop, .macro: return true
        }
    }

    /// Python's `str()`: `None`, `True`, `1007.30`; collections cannot be printed.
    func string(of value: TemplateValue, at offset: Int) throws(TemplateFailure) -> String {
        switch value {
        case .none: return "None"
        case .bool(let flag): return flag ? "True" : "False"
        case .integer(let number): return String(number)
        case .decimal(let number): return number.description
        case .string(let text), .markup(let text): return text
        case .undefined(let name): throw failure(.undefined(name), at: offset)
        case .lazy: throw failure(.lazySequence("map、select 等"), at: offset)
        default: throw failure(.notPrintable(value.kindName), at: offset)
        }
    }

    func negate(_ value: TemplateValue, at offset: Int) throws(TemplateFailure) -> TemplateValue {
        switch value.asInteger {
        case .integer(let number):
            let (result, overflow) = Int(0).subtractingReportingOverflow(number)
            if overflow { throw failure(.integerOverflow, at: offset) }
            return .integer(result)
        case .decimal(let number):
            if let units = number.units { return .decimal(TemplateDecimal(units: -units, scale: number.scale)) }
            return .decimal(TemplateDecimal(-number.value, scale: number.scale))
        case .undefined(let name): throw failure(.undefined(name), at: offset)
        default: throw failure(.typeMismatch(operation: "负号「-」", kinds: value.kindName), at: offset)
        }
    }

    /// `~` joins the printed forms; with safe text among them, the others are escaped first.
    func concatenate(_ values: [TemplateValue], at offset: Int) throws(TemplateFailure) -> TemplateValue {
        let hasMarkup = values.contains { if case .markup = $0 { true } else { false } }
        var text = ""
        for value in values {
            let part = try string(of: value, at: offset)
            guard text.utf8.count <= Self.repetitionLimit - part.utf8.count else { throw failure(.rangeTooLarge(limit: Self.repetitionLimit), at: offset) }
            if hasMarkup, format.escapes, case .string = value {
                text += format.escape(part, atLineStart: false)
            } else {
                text += part
            }
        }
        return hasMarkup ? .markup(text) : .string(text)
    }

    func compare(_ op: ComparisonOperator, _ left: TemplateValue, _ right: TemplateValue, at offset: Int) throws(TemplateFailure) -> Bool {
        for case .undefined(let name) in [left, right] { throw failure(.undefined(name), at: offset) }
        switch op {
        case .equal: return left == right
        case .notEqual: return left != right
        case .in: return try contains(right, left, at: offset)
        case .notIn: return !(try contains(right, left, at: offset))
        default:
            let order = try ordering(left, right, at: offset)
            switch op {
            case .less: return order < 0
            case .lessOrEqual: return order <= 0
            case .greater: return order > 0
            default: return order >= 0
            }
        }
    }

    /// -1, 0 or 1; numbers by value, strings by code point, lists item by item.
    func ordering(_ left: TemplateValue, _ right: TemplateValue, at offset: Int) throws(TemplateFailure) -> Int {
        if let a = left.numericValue, let b = right.numericValue { return a < b ? -1 : (a == b ? 0 : 1) }
        switch (left, right) {
        case (.string(let a), .string(let b)), (.markup(let a), .markup(let b)), (.string(let a), .markup(let b)), (.markup(let a), .string(let b)):
            return a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars) ? -1 : (a == b ? 0 : 1)
        case (.list(let a), .list(let b)):
            for (x, y) in zip(a, b) {
                let order = try ordering(x, y, at: offset)
                if order != 0 { return order }
            }
            return a.count < b.count ? -1 : (a.count == b.count ? 0 : 1)
        default:
            throw failure(.typeMismatch(operation: "比较大小", kinds: "\(left.kindName)和\(right.kindName)"), at: offset)
        }
    }

    func contains(_ container: TemplateValue, _ item: TemplateValue, at offset: Int) throws(TemplateFailure) -> Bool {
        switch container {
        case .string(let text), .markup(let text):
            guard case .string(let part) = item.plainString else {
                throw failure(.typeMismatch(operation: "「in」", kinds: "\(item.kindName)和文字"), at: offset)
            }
            return part.isEmpty || text.contains(part)
        case .list(let items), .lazy(let items): return items.contains(item)
        case .map(let map):
            guard case .string(let key) = item.plainString else { return false }
            return map[key] != nil
        case .undefined(let name): throw failure(.undefined(name), at: offset)
        default: throw failure(.typeMismatch(operation: "「in」", kinds: container.kindName), at: offset)
        }
    }

}

extension TemplateValue {
    /// The kind of value in the words a user reads.
    var kindName: String {
        switch self {
        case .none: "空值（none：没有填写的值）"
        case .bool: "是/否值"
        case .integer: "整数"
        case .decimal: "小数"
        case .string, .markup: "文字"
        case .list: "列表"
        case .map: "键值表"
        case .lazy: "未展开的序列"
        case .undefined(let name): "未定义的「\(name)」"
        case .loop: "loop"
        case .macro: "宏"
        }
    }

    /// Booleans and whole decimals as integers (Python's `True` is `1`); others unchanged.
    var asInteger: TemplateValue {
        switch self {
        case .bool(let flag): return .integer(flag ? 1 : 0)
        case .decimal(let number) where number.scale == 0 && number.isWhole:
            // A whole number beyond 64 bits stays an exact decimal rather than wrapping.
            return number.exactInteger.map { .integer($0) } ?? self
        default: return self
        }
    }

    var asDecimal: TemplateDecimal {
        switch self {
        case .decimal(let number): number
        case .integer(let number): TemplateDecimal(units: Int128(number), scale: 0)
        case .bool(let flag): TemplateDecimal(units: Int128(flag ? 1 : 0), scale: 0)
        default: TemplateDecimal(numericValue ?? 0, scale: 0)
        }
    }

    var isMarkup: Bool {
        if case .markup = self { return true }
        return false
    }

    /// Safe text compared as plain text.
    var plainString: TemplateValue {
        if case .markup(let text) = self { return .string(text) }
        return self
    }
}

extension TemplateDecimal {
    /// The value as an `Int` when it is whole and fits in 64 bits, else nil (never wrapped).
    var exactInteger: Int? {
        if let units, scale == 0 { return Int(exactly: units) }
        guard isWhole else { return nil }
        return Int("\(rounded(to: 0, mode: .down))")
    }

    static func fractionDigits(of value: Decimal) -> Int {
        let text = "\(value)"
        guard let point = text.firstIndex(of: ".") else { return 0 }
        return text.distance(from: point, to: text.endIndex) - 1
    }
}
