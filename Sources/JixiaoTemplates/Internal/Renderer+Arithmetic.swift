import Foundation

/// `+ - * / // % **` with Python's rules on integers (64-bit, overflow is an error, floor
/// division) and exact decimals in place of binary floats.
extension Renderer {
    func arithmetic(_ op: BinaryOperator, _ left: TemplateValue, _ right: TemplateValue, at offset: Int) throws(TemplateFailure) -> TemplateValue {
        for case .undefined(let name) in [left, right] { throw failure(.undefined(name), at: offset) }
        switch (op, left, right) {
        case (.add, .string(let a), .string(let b)), (.add, .markup(let a), .markup(let b)):
            guard a.utf8.count <= Self.repetitionLimit - b.utf8.count else { throw failure(.rangeTooLarge(limit: Self.repetitionLimit), at: offset) }
            return left.isMarkup ? .markup(a + b) : .string(a + b)
        case (.add, .list(let a), .list(let b)):
            guard a.count <= Self.repetitionLimit - b.count else { throw failure(.rangeTooLarge(limit: Self.repetitionLimit), at: offset) }
            return .list(a + b)
        case (.multiply, .string(let text), .integer(let count)), (.multiply, .integer(let count), .string(let text)):
            guard count <= Self.repetitionLimit / max(text.utf8.count, 1) else { throw failure(.rangeTooLarge(limit: Self.repetitionLimit), at: offset) }
            return .string(String(repeating: text, count: max(count, 0)))
        case (.multiply, .list(let items), .integer(let count)), (.multiply, .integer(let count), .list(let items)):
            guard count <= Self.repetitionLimit / max(items.count, 1) else { throw failure(.rangeTooLarge(limit: Self.repetitionLimit), at: offset) }
            return .list(Array(repeatElement(items, count: max(count, 0)).joined()))
        default: break
        }
        guard left.isNumeric, right.isNumeric else {
            throw failure(.typeMismatch(operation: "运算「\(op.rawValue)」", kinds: "\(left.kindName)和\(right.kindName)"), at: offset)
        }
        if case .integer(let a) = left.asInteger, case .integer(let b) = right.asInteger, op != .divide {
            return try integerArithmetic(op, a, b, at: offset)
        }
        return try decimalArithmetic(op, left.asDecimal, right.asDecimal, at: offset)
    }

    /// The longest string or list one operation may build (`'x' * n`, `a ~ b`, `indent`).
    static let repetitionLimit = 10_000_000
    /// The widest padding or indentation `format` and `indent` accept.
    static let widthLimit = 1000

    private func integerArithmetic(_ op: BinaryOperator, _ a: Int, _ b: Int, at offset: Int) throws(TemplateFailure) -> TemplateValue {
        let result: (Int, Bool)
        switch op {
        case .add: result = a.addingReportingOverflow(b)
        case .subtract: result = a.subtractingReportingOverflow(b)
        case .multiply: result = a.multipliedReportingOverflow(by: b)
        case .floorDivide, .modulo:
            // Python floors: -7 // 2 is -4 and -7 % 2 is 1. Int.min // -1 is the one quotient
            // that does not fit; Int.min % -1 is 0.
            guard b != 0 else { throw failure(.divisionByZero, at: offset) }
            let (truncated, overflow) = a.dividedReportingOverflow(by: b)
            var remainder = a.remainderReportingOverflow(dividingBy: b).partialValue
            var quotient = truncated
            if remainder != 0 && ((remainder < 0) != (b < 0)) {
                quotient -= 1
                remainder += b
            }
            if op == .modulo { return .integer(remainder) }
            if overflow { throw failure(.integerOverflow, at: offset) }
            return .integer(quotient)
        case .power:
            if b < 0 { return try decimalArithmetic(.power, TemplateDecimal(units: Int128(a), scale: 0), TemplateDecimal(units: Int128(b), scale: 0), at: offset) }
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
        case .add: return .decimal(TemplateDecimal(try exactly(a.value, .add, b.value, at: offset), scale: max(a.scale, b.scale)))
        case .subtract: return .decimal(TemplateDecimal(try exactly(a.value, .subtract, b.value, at: offset), scale: max(a.scale, b.scale)))
        case .multiply: return .decimal(TemplateDecimal(try exactly(a.value, .multiply, b.value, at: offset), scale: a.scale + b.scale))
        case .divide:
            guard !b.isZero else { throw failure(.divisionByZero, at: offset) }
            if let quotient = Self.unitQuotient(a, b) { return .decimal(quotient) }
            try checkQuotientFits(a.value, b.value, at: offset)
            return .decimal(Self.quotient(a, b))
        case .floorDivide, .modulo:
            guard !b.isZero else { throw failure(.divisionByZero, at: offset) }
            try checkQuotientFits(a.value, b.value, at: offset)
            let floor = TemplateDecimal(a.value / b.value, scale: 0).rounded(to: 0, mode: .down)
            if op == .floorDivide { return .decimal(TemplateDecimal(floor, scale: 0)) }
            return .decimal(TemplateDecimal(a.value - b.value * floor, scale: max(a.scale, b.scale)))
        case .power:
            guard b.isWhole else { throw failure(.typeMismatch(operation: "乘方「**」", kinds: "非整数的指数"), at: offset) }
            guard let exponent = b.exactInteger, (-1000...1000).contains(exponent) else { throw failure(.decimalOverflow, at: offset) }
            var value = Decimal(1)
            for _ in 0..<exponent.magnitude { value = try exactly(value, .multiply, a.value, at: offset) }
            if exponent < 0 {
                guard !value.isZero else { throw failure(.divisionByZero, at: offset) }
                return .decimal(Self.quotient(TemplateDecimal(1, scale: 0), TemplateDecimal(value, scale: a.scale * abs(exponent))))
            }
            return .decimal(TemplateDecimal(value, scale: a.scale * exponent))
        case .and, .or:
            return .none
        }
    }

    /// `a + b`, `a - b` or `a * b` by Foundation, after checking that the exact result fits a
    /// `Decimal` (38 significant digits, exponent well inside ±127): Foundation traps when the
    /// exponent overflows and silently drops digits, and a figure must never do either.
    private func exactly(_ a: Decimal, _ op: BinaryOperator, _ b: Decimal, at offset: Int) throws(TemplateFailure) -> Decimal {
        let (left, right) = (Self.shape(of: a), Self.shape(of: b))
        let fits: Bool
        if op == .multiply {
            fits = left.digits + right.digits <= 38 && (-120...120).contains(left.exponent + right.exponent)
        } else {
            let lowest = min(left.exponent, right.exponent)
            let highest = max(left.digits + left.exponent, right.digits + right.exponent)
            fits = highest - lowest + 1 <= 38 && lowest >= -120 && highest <= 120
        }
        guard fits else { throw failure(.decimalOverflow, at: offset) }
        var (x, y, result) = (a, b, Decimal())
        let error = switch op {
        case .multiply: NSDecimalMultiply(&result, &x, &y, .plain)
        case .subtract: NSDecimalSubtract(&result, &x, &y, .plain)
        default: NSDecimalAdd(&result, &x, &y, .plain)
        }
        guard error == .noError else { throw failure(.decimalOverflow, at: offset) }
        return result
    }

    /// A quotient may round (1/3) but not leave `Decimal`'s exponent range (1e100 / 1e-100).
    private func checkQuotientFits(_ a: Decimal, _ b: Decimal, at offset: Int) throws(TemplateFailure) {
        let (left, right) = (Self.shape(of: a), Self.shape(of: b))
        let magnitude = (left.digits + left.exponent) - (right.digits + right.exponent)
        guard (-80...80).contains(magnitude), left.exponent >= -120, right.exponent >= -120 else { throw failure(.decimalOverflow, at: offset) }
    }

    /// Significant digits and exponent as stored: 1234.5 → (5, -1); 0 → (1, 0).
    private static func shape(of value: Decimal) -> (digits: Int, exponent: Int) {
        if value.isZero { return (1, 0) }
        return ("\(value.significand.magnitude)".count, value.exponent)
    }

    /// `+ - *` on units when both operands have them and the result keeps the digits Foundation
    /// would (so the fallback to `exactly` is taken, and fails, exactly where it did before):
    /// sums of operands below 10^37 at their common scale, products of at most 38 digits.
    private static func unitArithmetic(_ op: BinaryOperator, _ a: TemplateDecimal, _ b: TemplateDecimal) -> TemplateDecimal? {
        guard let left = a.units, let right = b.units else { return nil }
        switch op {
        case .add, .subtract:
            let scale = max(a.scale, b.scale)
            let (x, xOverflow) = left.multipliedReportingOverflow(by: TemplateDecimal.powerOfTen(scale - a.scale))
            let (y, yOverflow) = right.multipliedReportingOverflow(by: TemplateDecimal.powerOfTen(scale - b.scale))
            let bound = UInt128(TemplateDecimal.powerOfTen(37))
            guard !xOverflow, !yOverflow, x.magnitude < bound, y.magnitude < bound else { return nil }
            return TemplateDecimal(units: op == .add ? x + y : x - y, scale: scale)
        case .multiply:
            guard TemplateDecimal.digitCount(left.magnitude) + TemplateDecimal.digitCount(right.magnitude) <= 38 else { return nil }
            return TemplateDecimal(units: left * right, scale: a.scale + b.scale)
        default:
            return nil
        }
    }

    /// `a / b` on units, as `quotient` gives it: the exact quotient when it ends within 38
    /// significant digits (at no fewer digits after the point than `a.scale - b.scale`),
    /// otherwise 28 significant digits rounded half-up. Nil when the result would leave units
    /// (more than 28 digits before the point, more than 38 after it).
    ///
    /// Long division in chunks of up to 19 digits: `12.5 / 8374.25` is 125 / 837425 × 10^1;
    /// 125 / 837425 is 0 remainder 125; 125 × 10^19 / 837425 gives the next 19 digits, and so on.
    static func unitQuotient(_ a: TemplateDecimal, _ b: TemplateDecimal) -> TemplateDecimal? {
        guard let dividend = a.units, let divisor = b.units, divisor != 0 else { return nil }
        let limit = TemplateDecimal.unitLimit
        var numerator = dividend.magnitude
        var extraScale = 0
        let shift = b.scale - a.scale
        if shift >= 0 {
            let (scaled, overflow) = numerator.multipliedReportingOverflow(by: UInt128(TemplateDecimal.powerOfTen(shift)))
            guard shift <= 38, !overflow, scaled < limit else { return nil }
            numerator = scaled
        } else {
            extraScale = -shift
        }
        let denominator = divisor.magnitude
        guard denominator <= UInt128(UInt64.max) else { return nil }
        var units = numerator / denominator
        var remainder = numerator % denominator
        var fraction = 0
        var significant = units == 0 ? 0 : TemplateDecimal.digitCount(units)
        while remainder != 0, significant < 38 {
            let chunk = significant == 0 ? 19 : min(19, 38 - significant)
            let scaled = remainder * UInt128(TemplateDecimal.powerOfTen(chunk))
            units = units * UInt128(TemplateDecimal.powerOfTen(chunk)) + scaled / denominator
            remainder = scaled % denominator
            fraction += chunk
            significant = units == 0 ? 0 : TemplateDecimal.digitCount(units)
            guard fraction + extraScale <= 2 * 38 else { return nil }
        }
        if remainder == 0 {
            while fraction > 0, units % 10 == 0 {
                units /= 10
                fraction -= 1
            }
        } else {
            let dropped = significant - 28
            let power = UInt128(TemplateDecimal.powerOfTen(dropped))
            let kept = units / power
            units = (units % power) * 2 >= power ? kept + 1 : kept
            fraction -= dropped
        }
        let scale = fraction + extraScale
        guard fraction >= 0, scale <= TemplateDecimal.largestScale, units < limit else { return nil }
        let magnitude = Int128(units)
        return TemplateDecimal(units: (dividend < 0) != (divisor < 0) ? -magnitude : magnitude, scale: scale)
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
