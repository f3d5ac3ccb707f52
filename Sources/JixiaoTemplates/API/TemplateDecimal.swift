import Foundation

/// An exact decimal that remembers how many digits it was written with.
///
/// Jinja2 given Python `Decimal` values keeps their scale (`Decimal('1.10') + 1` is `2.10`);
/// jixiao's templates do the same with every non-integer number, so `1007.30` prints `1007.30`
/// and `0.1 + 0.2` is `0.3`.
///
/// Every amount in a report, and every quotient of two (28 significant digits, as Python's
/// `Decimal` gives), fits in 128-bit *units* (the value × 10^scale: `1007.30` is 100730 units at
/// scale 2); then arithmetic, printing, rounding and shifting between 元, 万元 and percent are
/// integer operations. Larger values fall back to Foundation's `Decimal`.
public struct TemplateDecimal: Sendable, CustomStringConvertible {
    /// Digits printed after the decimal point.
    public let scale: Int
    private let storage: Storage

    private enum Storage: Sendable {
        /// `value × 10^scale`, with a magnitude below 10^38 and `scale` at most 38.
        case units(Int128)
        case exact(Decimal)
    }

    /// The exact value.
    public var value: Decimal {
        switch storage {
        case .exact(let value): return value
        case .units(let units): return Self.decimal(units: units, scale: scale)
        }
    }

    /// `value × 10^scale` when that is a whole number below 10^38.
    var units: Int128? {
        if case .units(let units) = storage { return units }
        return nil
    }

    public init(_ value: Decimal, scale: Int) {
        self.scale = max(scale, 0)
        self.storage = Self.units(of: value, scale: self.scale).map { .units($0) } ?? .exact(value)
    }

    init(units: Int128, scale: Int) {
        if (0...Self.largestScale).contains(scale), units.magnitude < Self.unitLimit {
            self.scale = scale
            self.storage = .units(units)
        } else {
            self.scale = max(scale, 0)
            self.storage = .exact(Self.decimal(units: units, scale: scale))
        }
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
            self.init(units: Int128(negative ? -whole : whole), scale: scale)
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
                if digits <= Self.largestScale {
                    let (shifted, overflow) = units.multipliedReportingOverflow(by: Self.powerOfTen(digits - scale))
                    if !overflow, shifted.magnitude < Self.unitLimit { return TemplateDecimal(units: shifted, scale: digits) }
                }
            } else {
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
        if let units { return scale == 0 || units % Self.powerOfTen(scale) == 0 }
        return rounded(to: 0, mode: .down) == value
    }

    /// Whether the value is zero, without building a `Decimal` when units hold it.
    var isZero: Bool {
        if let units { return units == 0 }
        return value.isZero
    }

    /// The largest scale units are kept at, and the bound on their magnitude: 38 digits, as
    /// many as a `Decimal` holds, so a value falls back to `Decimal` exactly where Foundation's
    /// own digits would run out.
    static let largestScale = 38
    static let unitLimit = UInt128(powersOfTen[38])

    /// 10^`exponent`, for `exponent` in 0...38.
    static func powerOfTen(_ exponent: Int) -> Int128 {
        powersOfTen[min(max(exponent, 0), largestScale)]
    }

    /// How many decimal digits `magnitude` has (1 for 0).
    static func digitCount(_ magnitude: UInt128) -> Int {
        var count = 1
        while count <= largestScale, magnitude >= UInt128(powersOfTen[count]) { count += 1 }
        return count
    }

    private static let powersOfTen: [Int128] = {
        var powers: [Int128] = [1]
        for _ in 0..<38 { powers.append(powers[powers.count - 1] * 10) }
        return powers
    }()

    /// `value × 10^scale` if it is whole and below 10^38 (slow path, from a `Decimal`).
    private static func units(of value: Decimal, scale: Int) -> Int128? {
        guard scale <= 18, !value.isNaN, value.magnitude < Decimal(sign: .plus, exponent: 18 - scale, significand: 1) else { return nil }
        let scaled = value * Decimal(sign: .plus, exponent: scale, significand: 1)
        let number = NSDecimalNumber(decimal: scaled)
        let whole = number.int64Value
        return Decimal(whole) == scaled ? Int128(whole) : nil
    }

    /// The `Decimal` for units: built as Foundation builds it from a 64-bit significand, in two
    /// halves beyond 64 bits.
    private static func decimal(units: Int128, scale: Int) -> Decimal {
        let sign: FloatingPointSign = units < 0 ? .minus : .plus
        let magnitude = units.magnitude
        if let small = UInt64(exactly: magnitude) {
            return Decimal(sign: sign, exponent: -scale, significand: Decimal(small))
        }
        let split = UInt128(powersOfTen[19])
        let high = Decimal(sign: .plus, exponent: 19, significand: Decimal(UInt64(magnitude / split)))
        return Decimal(sign: sign, exponent: -scale, significand: high + Decimal(UInt64(magnitude % split)))
    }

    /// `-1234.50` for -123450 units at scale 2, written from the last digit backwards into a
    /// buffer on the stack (inserting the point into a `String` was a tenth of printing an
    /// amount).
    private static func text(units: Int128, scale: Int) -> String {
        // 39 digits, the zeros before them at the largest scale, a point and a sign.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 2 * largestScale + 4) { buffer in
            var index = buffer.count
            var written = 0
            func put(_ digit: UInt8) {
                if scale > 0, written == scale {
                    index -= 1
                    buffer[index] = UInt8(ascii: ".")
                }
                index -= 1
                buffer[index] = UInt8(ascii: "0") + digit
                written += 1
            }
            if var small = UInt64(exactly: units.magnitude) {
                repeat {
                    put(UInt8(small % 10))
                    small /= 10
                } while small > 0
            } else {
                var large = units.magnitude
                repeat {
                    put(UInt8(large % 10))
                    large /= 10
                } while large > 0
            }
            while written <= scale { put(0) }
            if units < 0 {
                index -= 1
                buffer[index] = UInt8(ascii: "-")
            }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[index...]), as: UTF8.self)
        }
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
