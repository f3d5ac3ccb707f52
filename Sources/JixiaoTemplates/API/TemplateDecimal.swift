import Foundation

/// An exact decimal that remembers how many digits it was written with.
///
/// Jinja2 given Python `Decimal` values keeps their scale (`Decimal('1.10') + 1` is `2.10`);
/// jixiao's templates do the same with every non-integer number, so `1007.30` prints `1007.30`
/// and `0.1 + 0.2` is `0.3`. Foundation's `Decimal` does the arithmetic; `scale` is tracked
/// beside it.
public struct TemplateDecimal: Sendable, Hashable, CustomStringConvertible {
    public var value: Decimal
    /// Digits printed after the decimal point.
    public var scale: Int

    public init(_ value: Decimal, scale: Int) {
        self.value = value
        self.scale = max(scale, 0)
    }

    /// Reads `123.40`, `-0.5`, `1e3` (scale taken from the written fraction and exponent).
    public init?(_ text: String) {
        guard let value = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) else { return nil }
        var fraction = 0
        var exponent = 0
        var mantissa = Substring(text)
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            exponent = Int(text[text.index(after: e)...]) ?? 0
            mantissa = text[..<e]
        }
        if let point = mantissa.firstIndex(of: ".") {
            fraction = mantissa.distance(from: point, to: mantissa.endIndex) - 1
        }
        self.init(value, scale: fraction - exponent)
    }

    /// The number with exactly `scale` digits after the point, rounding half-up if it has more.
    public var description: String {
        let rounded = rounded(to: scale)
        var text = "\(rounded)"
        if text == "-0" { text = "0" }
        guard scale > 0 else { return text }
        let digits = text.firstIndex(of: ".").map { text.distance(from: $0, to: text.endIndex) - 1 } ?? -1
        if digits < 0 { text += "." }
        return text + String(repeating: "0", count: scale - max(digits, 0))
    }

    /// Rounded half-up (四舍五入, away from zero on a tie) to `digits` after the point.
    public func rounded(to digits: Int, mode: NSDecimalNumber.RoundingMode = .plain) -> Decimal {
        var source = value
        var result = Decimal()
        NSDecimalRound(&result, &source, digits, mode)
        return result
    }

    /// Whether the value has no fractional part.
    var isWhole: Bool { rounded(to: 0, mode: .down) == value }
}
