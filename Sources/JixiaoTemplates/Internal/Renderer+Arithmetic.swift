import Foundation

/// `+ - * / // % **` with Python's rules on integers (64-bit, overflow is an error, floor
/// division) and exact decimals in place of binary floats.
extension Renderer {
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
}
