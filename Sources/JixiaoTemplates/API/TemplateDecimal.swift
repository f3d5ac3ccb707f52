import Foundation

/// An exact decimal that remembers how many digits it was written with.
///
/// Jinja2 given Python `Decimal` values keeps their scale (`Decimal('1.10') + 1` is `2.10`);
/// jixiao's templates do the same with every non-integer number, so `1007.30` prints `1007.30`
/// and `0.1 + 0.2` is `0.3`.
///
/// Every amount in a report fits in 64-bit *units* (the value × 10^scale: `1007.30` is 100730
/// units at scale 2); then printing, rounding and shifting between 元, 万元 and percent are
/// integer operations. Larger values fall back to Foundation's `Decimal`.
public struct TemplateDecimal: Sendable, CustomStringConvertible {
    /// The exact value.
    public let value: Decimal
    /// Digits printed after the decimal point.
    public let scale: Int
    /// `value × 10^scale` when that is a whole number within 64 bits.
    let units: Int64?

    public init(_ value: Decimal, scale: Int) {
        self.value = value
        self.scale = max(scale, 0)
        self.units = nil
    }

    init(units: Int64, scale: Int) {
        let magnitude = Decimal(units.magnitude)
        self.value = Decimal(sign: units < 0 ? .minus : .plus, exponent: -scale, significand: magnitude)
        self.scale = scale
        self.units = units
    }

    /// Reads `123.40`, `-0.5`, `1e3` (scale taken from the written fraction and exponent).
    public init?(_ text: String) {
        var mantissa = Substring(text)
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            guard let written = Int(text[text.index(after: e)...]) else { return nil }
            exponent = written
            mantissa = text[..<e]
        }
        let negative = mantissa.hasPrefix("-")
        if negative || mantissa.hasPrefix("+") { mantissa = mantissa.dropFirst() }
        let parts = mantissa.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }), mantissa.contains(where: \.isNumber) else { return nil }
        let fraction = parts.count == 2 ? parts[1].count : 0
        let scale = max(fraction - exponent, 0)
        let digits = String(parts[0]) + (parts.count == 2 ? String(parts[1]) : "") + String(repeating: "0", count: max(scale - fraction + exponent, 0))
        if digits.count <= 18, let whole = Int64(digits) {
            self.init(units: negative ? -whole : whole, scale: scale)
        } else {
            guard let value = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) else { return nil }
            self.init(value, scale: scale)
        }
    }

    /// The number with exactly `scale` digits after the point, rounding half-up if it has more.
    public var description: String {
        if let units { return Self.text(units: units, scale: scale) }
        if let exact = rescaled(to: scale, mode: .plain).units { return Self.text(units: exact, scale: scale) }
        var text = "\(rounded(to: scale))"
        if text == "-0" { text = "0" }
        let digits = text.firstIndex(of: ".").map { text.distance(from: $0, to: text.endIndex) - 1 } ?? 0
        if scale > digits { text += (digits == 0 ? "." : "") + String(repeating: "0", count: scale - digits) }
        return text
    }

    /// Rounded half-up (四舍五入, away from zero on a tie) to `digits` after the point.
    public func rounded(to digits: Int, mode: NSDecimalNumber.RoundingMode = .plain) -> Decimal {
        var source = value
        var result = Decimal()
        NSDecimalRound(&result, &source, digits, mode)
        return result
    }

    /// The same value with `digits` after the point: exact when that adds digits, rounded by
    /// `mode` (half-up by default) when it drops them. Integer arithmetic when units fit.
    func rescaled(to digits: Int, mode: NSDecimalNumber.RoundingMode = .plain) -> TemplateDecimal {
        let digits = max(digits, 0)
        if let units {
            if digits >= scale {
                let (shifted, overflow) = units.multipliedReportingOverflow(by: Self.powerOfTen(digits - scale))
                if !overflow, digits - scale <= 18 { return TemplateDecimal(units: shifted, scale: digits) }
            } else if scale - digits <= 18 {
                let divisor = Self.powerOfTen(scale - digits)
                var quotient = units / divisor
                let remainder = units % divisor
                if remainder != 0 {
                    let awayFromZero: Bool
                    switch mode {
                    case .plain: awayFromZero = remainder.magnitude * 2 >= divisor.magnitude
                    case .down: awayFromZero = units < 0
                    case .up: awayFromZero = units > 0
                    default: awayFromZero = remainder.magnitude * 2 > divisor.magnitude || (remainder.magnitude * 2 == divisor.magnitude && quotient % 2 != 0)
                    }
                    if awayFromZero { quotient += units < 0 ? -1 : 1 }
                }
                return TemplateDecimal(units: quotient, scale: digits)
            }
        }
        let rounded = rounded(to: digits, mode: mode)
        if let small = Self.units(of: rounded, scale: digits) { return TemplateDecimal(units: small, scale: digits) }
        return TemplateDecimal(rounded, scale: digits)
    }

    /// The value × 10^`shift` (100 for percent, 1/10000 for 元 → 万元), exactly.
    func shifted(by shift: Int) -> TemplateDecimal {
        if let units, shift <= 0 { return TemplateDecimal(units: units, scale: scale - shift) }
        if let units, shift <= scale { return TemplateDecimal(units: units, scale: scale - shift) }
        let factor = Decimal(sign: .plus, exponent: shift, significand: 1)
        return TemplateDecimal(value * factor, scale: max(scale - shift, 0))
    }

    /// Whether the value has no fractional part.
    var isWhole: Bool {
        if let units { return scale == 0 || units % Self.powerOfTen(min(scale, 18)) == 0 }
        return rounded(to: 0, mode: .down) == value
    }

    static func powerOfTen(_ exponent: Int) -> Int64 {
        var result: Int64 = 1
        for _ in 0..<min(max(exponent, 0), 18) { result *= 10 }
        return result
    }

    /// `value × 10^scale` if it is whole and within 64 bits (slow path, from a `Decimal`).
    private static func units(of value: Decimal, scale: Int) -> Int64? {
        guard scale <= 18, value.magnitude < Decimal(sign: .plus, exponent: 18 - scale, significand: 1) else { return nil }
        let scaled = value * Decimal(sign: .plus, exponent: scale, significand: 1)
        let number = NSDecimalNumber(decimal: scaled)
        let whole = number.int64Value
        return Decimal(whole) == scaled ? whole : nil
    }

    private static func text(units: Int64, scale: Int) -> String {
        var digits = String(units.magnitude)
        if scale > 0 {
            if digits.count <= scale { digits = String(repeating: "0", count: scale - digits.count + 1) + digits }
            digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -scale))
        }
        return units < 0 ? "-" + digits : digits
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
