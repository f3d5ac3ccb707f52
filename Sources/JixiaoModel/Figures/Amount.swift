import Foundation

/// An exact amount, score or count with the number of decimals it is printed with.
///
/// Totals jixiao computes keep the largest scale of their parts (`1007.3 + 0.00` → `1007.30`),
/// so a document prints a total the way the unit wrote its parts.
public struct Amount: Sendable, Equatable {
    public let value: Decimal
    /// Digits after the decimal point when printed.
    public let scale: Int

    public init(value: Decimal, scale: Int) {
        self.value = value
        self.scale = max(0, min(scale, 10))
    }

    /// The value with the decimals it has (`97.91`, `98`, `96.5`): how a total score is printed.
    public static func natural(_ value: Decimal) -> Amount {
        var scale = 0
        var probe = value
        while scale < 10 {
            var rounded = Decimal()
            NSDecimalRound(&rounded, &probe, scale, .plain)
            if rounded == value { break }
            scale += 1
        }
        return Amount(value: value, scale: scale)
    }

    /// `1007.30`: half-up to `scale` digits, padded with zeros.
    public var text: String { Self.text(value, scale: scale) }

    static func text(_ value: Decimal, scale: Int) -> String {
        var rounded = Decimal()
        var source = value
        NSDecimalRound(&rounded, &source, scale, .plain)
        var text = "\(rounded)"
        guard scale > 0 else { return text }
        let digits = text.firstIndex(of: ".").map { text.distance(from: $0, to: text.endIndex) - 1 } ?? -1
        if digits < 0 { text += "." + String(repeating: "0", count: scale) } else if digits < scale { text += String(repeating: "0", count: scale - digits) }
        return text
    }
}
