import Foundation
import JixiaoDiagnostics
import JixiaoReader

/// A number taken from the data file for a computation, with how it was written (for the
/// worked formula) and where (for findings about it).
struct Operand: Sendable {
    var value: Decimal
    var text: String
    /// Digits after the decimal point as written (`1007.30` → 2); a sum keeps the largest.
    var scale: Int
    var position: TextPosition
    /// The key path it came from (`收支情况.支出.决算数`), or a description of a sum.
    var path: String

    /// The computed total of several parts, written as its value (nil when there are none).
    static func total(of parts: [Operand], path: String) -> Operand? {
        guard let first = parts.first else { return nil }
        let sum = parts.reduce(Decimal(0)) { $0 + $1.value }
        let scale = parts.map(\.scale).max() ?? 0
        return Operand(value: sum, text: Amount.text(sum, scale: scale), scale: scale, position: first.position, path: path)
    }

    /// The sum of several operands, written `(a+b)` in a formula.
    static func sum(_ parts: [Operand]) -> Operand? {
        guard let first = parts.first else { return nil }
        guard parts.count > 1 else { return first }
        let total = parts.reduce(Decimal(0)) { $0 + $1.value }
        return Operand(value: total, text: "(" + parts.map(\.text).joined(separator: "+") + ")", scale: parts.map(\.scale).max() ?? 0,
                       position: first.position, path: parts.map(\.path).joined(separator: "+"))
    }

    /// The value as a public amount.
    var amount: Amount { Amount(value: value, scale: scale) }
}
