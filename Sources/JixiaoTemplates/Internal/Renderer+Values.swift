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
        case .decimal(let number): return !number.value.isZero
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
            if let units = number.units, units != .min { return .decimal(TemplateDecimal(units: -units, scale: number.scale)) }
            return .decimal(TemplateDecimal(-number.value, scale: number.scale))
        case .undefined(let name): throw failure(.undefined(name), at: offset)
        default: throw failure(.typeMismatch(operation: "负号「-」", kinds: value.kindName), at: offset)
        }
    }

    func arithmetic(_ op: BinaryOperator, _ left: TemplateValue, _ right: TemplateValue, at offset: Int) throws(TemplateFailure) -> TemplateValue {
        for case .undefined(let name) in [left, right] { throw failure(.undefined(name), at: offset) }
        switch (op, left, right) {
        case (.add, .string(let a), .string(let b)): return .string(a + b)
        case (.add, .markup(let a), .markup(let b)): return .markup(a + b)
        case (.add, .list(let a), .list(let b)): return .list(a + b)
        case (.multiply, .string(let text), .integer(let count)), (.multiply, .integer(let count), .string(let text)):
            guard count <= Self.repetitionLimit / max(text.utf8.count, 1) else { throw failure(.rangeTooLarge(limit: Self.repetitionLimit), at: offset) }
            return .string(String(repeating: text, count: max(count, 0)))
        case (.multiply, .list(let items), .integer(let count)), (.multiply, .integer(let count), .list(let items)):
            guard count <= Self.repetitionLimit / max(items.count, 1) else { throw failure(.rangeTooLarge(limit: Self.repetitionLimit), at: offset) }
            return .list(Array(repeatElement(items, count: max(count, 0)).joined()))
        default: break
        }
        guard left.numericValue != nil, right.numericValue != nil else {
            throw failure(.typeMismatch(operation: "运算「\(op.rawValue)」", kinds: "\(left.kindName)和\(right.kindName)"), at: offset)
        }
        if case .integer(let a) = left.asInteger, case .integer(let b) = right.asInteger, op != .divide {
            return try integerArithmetic(op, a, b, at: offset)
        }
        return try decimalArithmetic(op, left.asDecimal, right.asDecimal, at: offset)
    }

    static let repetitionLimit = 10_000_000

    private func integerArithmetic(_ op: BinaryOperator, _ a: Int, _ b: Int, at offset: Int) throws(TemplateFailure) -> TemplateValue {
        let result: (Int, Bool)
        switch op {
        case .add: result = a.addingReportingOverflow(b)
        case .subtract: result = a.subtractingReportingOverflow(b)
        case .multiply: result = a.multipliedReportingOverflow(by: b)
        case .floorDivide, .modulo:
            guard b != 0 else { throw failure(.divisionByZero, at: offset) }
            var quotient = a / b
            if (a % b != 0) && ((a < 0) != (b < 0)) { quotient -= 1 }
            return .integer(op == .floorDivide ? quotient : a - quotient * b)
        case .power:
            if b < 0 { return try decimalArithmetic(.power, TemplateDecimal(Decimal(a), scale: 0), TemplateDecimal(Decimal(b), scale: 0), at: offset) }
            var value = 1
            var base = a
            var exponent = b
            while exponent > 0 {
                if exponent & 1 == 1 {
                    let (next, overflow) = value.multipliedReportingOverflow(by: base)
                    if overflow { throw failure(.integerOverflow, at: offset) }
                    value = next
                }
                exponent >>= 1
                if exponent > 0 {
                    let (square, overflow) = base.multipliedReportingOverflow(by: base)
                    if overflow { throw failure(.integerOverflow, at: offset) }
                    base = square
                }
            }
            return .integer(value)
        default: result = (0, true)
        }
        if result.1 { throw failure(.integerOverflow, at: offset) }
        return .integer(result.0)
    }

    private func decimalArithmetic(_ op: BinaryOperator, _ a: TemplateDecimal, _ b: TemplateDecimal, at offset: Int) throws(TemplateFailure) -> TemplateValue {
        if let exact = Self.unitArithmetic(op, a, b) { return .decimal(exact) }
        switch op {
        case .add: return .decimal(TemplateDecimal(a.value + b.value, scale: max(a.scale, b.scale)))
        case .subtract: return .decimal(TemplateDecimal(a.value - b.value, scale: max(a.scale, b.scale)))
        case .multiply: return .decimal(TemplateDecimal(a.value * b.value, scale: a.scale + b.scale))
        case .divide:
            guard !b.value.isZero else { throw failure(.divisionByZero, at: offset) }
            return .decimal(Self.quotient(a, b))
        case .floorDivide, .modulo:
            guard !b.value.isZero else { throw failure(.divisionByZero, at: offset) }
            let floor = TemplateDecimal(a.value / b.value, scale: 0).rounded(to: 0, mode: .down)
            if op == .floorDivide { return .decimal(TemplateDecimal(floor, scale: 0)) }
            return .decimal(TemplateDecimal(a.value - b.value * floor, scale: max(a.scale, b.scale)))
        case .power:
            guard b.isWhole, let exponent = Int(exactly: NSDecimalNumber(decimal: b.value).int64Value), abs(exponent) <= 1000 else {
                throw failure(.typeMismatch(operation: "乘方「**」", kinds: "非整数的指数"), at: offset)
            }
            var value = Decimal(1)
            for _ in 0..<abs(exponent) { value *= a.value }
            if exponent < 0 {
                guard !value.isZero else { throw failure(.divisionByZero, at: offset) }
                return .decimal(Self.quotient(TemplateDecimal(1, scale: 0), TemplateDecimal(value, scale: a.scale * abs(exponent))))
            }
            return .decimal(TemplateDecimal(value, scale: a.scale * exponent))
        case .and, .or:
            return .none
        }
    }

    /// `+ - *` on 64-bit units when both operands have them and nothing overflows.
    private static func unitArithmetic(_ op: BinaryOperator, _ a: TemplateDecimal, _ b: TemplateDecimal) -> TemplateDecimal? {
        switch op {
        case .add, .subtract:
            let scale = max(a.scale, b.scale)
            guard let left = a.rescaled(to: scale).units, let right = b.rescaled(to: scale).units else { return nil }
            let (result, overflow) = op == .add ? left.addingReportingOverflow(right) : left.subtractingReportingOverflow(right)
            return overflow ? nil : TemplateDecimal(units: result, scale: scale)
        case .multiply:
            guard let left = a.units, let right = b.units, a.scale + b.scale <= 18 else { return nil }
            let (result, overflow) = left.multipliedReportingOverflow(by: right)
            return overflow ? nil : TemplateDecimal(units: result, scale: a.scale + b.scale)
        default:
            return nil
        }
    }

    /// Python `Decimal` division: exact results keep the digits they need (`7/2` → `3.5`,
    /// `4/2` → `2`), others get 28 significant digits (`1/3` → `0.3333…`).
    static func quotient(_ a: TemplateDecimal, _ b: TemplateDecimal) -> TemplateDecimal {
        let value = a.value / b.value
        let exact = value * b.value == a.value
        let digitsAfterPoint = TemplateDecimal.fractionDigits(of: value)
        if exact { return TemplateDecimal(value, scale: max(digitsAfterPoint, a.scale - b.scale)) }
        let magnitude = abs(value)
        var integerDigits = magnitude >= 1 ? String(describing: TemplateDecimal(magnitude, scale: 0).rounded(to: 0, mode: .down)).count : 0
        if magnitude < 1 {
            var probe = magnitude
            while probe < Decimal(sign: .plus, exponent: -1, significand: 1), !probe.isZero {
                probe *= 10
                integerDigits -= 1
            }
        }
        let scale = 28 - integerDigits
        return TemplateDecimal(TemplateDecimal(value, scale: scale).rounded(to: scale), scale: scale)
    }

    /// `~` joins the printed forms; with safe text among them, the others are escaped first.
    func concatenate(_ values: [TemplateValue], at offset: Int) throws(TemplateFailure) -> TemplateValue {
        let hasMarkup = values.contains { if case .markup = $0 { true } else { false } }
        var text = ""
        for value in values {
            let part = try string(of: value, at: offset)
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

    /// What `for` walks through: list items, mapping keys, string characters (code points).
    func iterate(_ value: TemplateValue, at offset: Int) throws(TemplateFailure) -> [TemplateValue] {
        switch value {
        case .list(let items), .lazy(let items): return items
        case .map(let map): return map.keys.map { .string($0) }
        case .string(let text): return text.unicodeScalars.map { .string(String($0)) }
        case .markup(let text): return text.unicodeScalars.map { .markup(String($0)) }
        case .undefined(let name): throw failure(.undefined(name), at: offset)
        default: throw failure(.notIterable(value.kindName), at: offset)
        }
    }

    static let mapMethods: Set = ["items", "keys", "values", "get", "pop", "update", "copy", "clear", "setdefault", "popitem", "fromkeys"]
    static let listMethods: Set = ["append", "count", "index", "extend", "insert", "pop", "remove", "reverse", "sort", "copy", "clear"]
    static let stringMethods: Set = ["upper", "lower", "strip", "lstrip", "rstrip", "split", "rsplit", "splitlines", "replace", "format",
                                     "startswith", "endswith", "join", "count", "index", "find", "rfind", "title", "capitalize",
                                     "center", "ljust", "rjust", "zfill", "encode", "isdigit", "isalpha", "partition", "casefold",
                                     "swapcase", "expandtabs", "isspace", "isupper", "islower", "isnumeric", "isdecimal"]

    /// `a.b`: a mapping's key, or `loop.index` and its kin; Python method names are refused.
    func attribute(_ name: TemplateName, of value: TemplateValue, at offset: Int) throws(TemplateFailure) -> TemplateValue {
        switch value {
        case .map(let map):
            if name.isASCII, Self.mapMethods.contains(name.text) { throw failure(.methodAccess(name.text, on: "键值表"), at: offset) }
            return map[name: name] ?? .undefined(name.text)
        case .list, .lazy:
            if Self.listMethods.contains(name.text) { throw failure(.methodAccess(name.text, on: "列表"), at: offset) }
            return .undefined(name.text)
        case .string, .markup:
            if Self.stringMethods.contains(name.text) { throw failure(.methodAccess(name.text, on: "文字"), at: offset) }
            return .undefined(name.text)
        case .loop(let loop):
            if let attribute = loop.attribute(name.text) { return attribute }
            throw failure(.unsupported("「loop.\(name.text)」", hint: "可用 loop.index、index0、revindex、revindex0、first、last、length、cycle()"), at: offset)
        case .undefined(let base): throw failure(.undefined(base), at: offset)
        default: return .undefined(name.text)
        }
    }

    /// `a['b']`, `xs[0]`, `xs[-1]`; a missing key or index is undefined.
    func item(_ key: TemplateValue, of value: TemplateValue, at offset: Int) throws(TemplateFailure) -> TemplateValue {
        switch (value, key.asInteger) {
        case (.undefined(let base), _): throw failure(.undefined(base), at: offset)
        case (.map(let map), _):
            guard case .string(let text) = key.plainString else { return .undefined(String(describing: key)) }
            return map[text] ?? .undefined(text)
        case (.list(let items), .integer(let index)):
            let position = index < 0 ? items.count + index : index
            return items.indices.contains(position) ? items[position] : .undefined("[\(index)]")
        case (.string(let text), .integer(let index)), (.markup(let text), .integer(let index)):
            let scalars = Array(text.unicodeScalars)
            let position = index < 0 ? scalars.count + index : index
            return scalars.indices.contains(position) ? .string(String(scalars[position])) : .undefined("[\(index)]")
        case (.loop(let loop), _):
            guard case .string(let name) = key.plainString else { return .undefined("loop") }
            return try attribute(TemplateName(name), of: .loop(loop), at: offset)
        default: return .undefined("[…]")
        }
    }

    /// `s[1:3]`, `xs[::-1]` with Python's slice rules.
    func slice(_ value: TemplateValue, start: TemplateValue?, stop: TemplateValue?, step: TemplateValue?, at offset: Int) throws(TemplateFailure) -> TemplateValue {
        func integer(_ bound: TemplateValue?) throws(TemplateFailure) -> Int? {
            guard let bound, !(bound == .none) else { return nil }
            guard case .integer(let number) = bound.asInteger else {
                throw failure(.typeMismatch(operation: "切片", kinds: bound.kindName), at: offset)
            }
            return number
        }
        let stepValue = try integer(step) ?? 1
        guard stepValue != 0 else { throw failure(.filterArgument(filter: "切片", problem: "的步长不能为 0"), at: offset) }
        func indices(count: Int) throws(TemplateFailure) -> [Int] {
            func clamp(_ bound: Int?, _ fallback: Int) -> Int {
                guard var bound else { return fallback }
                if bound < 0 { bound += count }
                return stepValue > 0 ? min(max(bound, 0), count) : min(max(bound, -1), count - 1)
            }
            let first = clamp(try integer(start), stepValue > 0 ? 0 : count - 1)
            let last = clamp(try integer(stop), stepValue > 0 ? count : -1)
            return Array(stride(from: first, to: last, by: stepValue))
        }
        switch value {
        case .list(let items): return .list(try indices(count: items.count).map { items[$0] })
        case .string(let text), .markup(let text):
            let scalars = Array(text.unicodeScalars)
            var result = String.UnicodeScalarView()
            for index in try indices(count: scalars.count) { result.append(scalars[index]) }
            return .string(String(result))
        case .undefined(let name): throw failure(.undefined(name), at: offset)
        default: throw failure(.typeMismatch(operation: "切片", kinds: value.kindName), at: offset)
        }
    }
}

extension TemplateValue {
    /// The kind of value in the words a user reads.
    var kindName: String {
        switch self {
        case .none: "空值 None"
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
            if let units = number.units { return .integer(Int(units)) }
            return Int(exactly: NSDecimalNumber(decimal: number.value).int64Value).map { .integer($0) } ?? self
        default: return self
        }
    }

    var asDecimal: TemplateDecimal {
        switch self {
        case .decimal(let number): number
        case .integer(let number): TemplateDecimal(units: Int64(number), scale: 0)
        case .bool(let flag): TemplateDecimal(units: flag ? 1 : 0, scale: 0)
        default: TemplateDecimal(numericValue ?? 0, scale: 0)
        }
    }

    /// Safe text compared as plain text.
    var plainString: TemplateValue {
        if case .markup(let text) = self { return .string(text) }
        return self
    }
}

extension TemplateDecimal {
    static func fractionDigits(of value: Decimal) -> Int {
        let text = "\(value)"
        guard let point = text.firstIndex(of: ".") else { return 0 }
        return text.distance(from: point, to: text.endIndex) - 1
    }
}
