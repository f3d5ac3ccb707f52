import Foundation
import JixiaoDiagnostics
import JixiaoReader

/// A number taken from the data file for a computation, with how it was written (for the
/// worked formula) and where (for findings about it).
struct Operand: Sendable {
    var value: Decimal
    var text: String
    var position: TextPosition
    /// The key path it came from (`收支情况.支出.决算数`), or a description of a sum.
    var path: String

    /// The computed total of several parts, written as its value (nil when there are none).
    static func total(of parts: [Operand], path: String) -> Operand? {
        guard let first = parts.first else { return nil }
        let sum = parts.reduce(Decimal(0)) { $0 + $1.value }
        return Operand(value: sum, text: "\(sum)", position: first.position, path: path)
    }

    /// The sum of several operands, written `(a+b)` in a formula.
    static func sum(_ parts: [Operand]) -> Operand? {
        guard let first = parts.first else { return nil }
        guard parts.count > 1 else { return first }
        let total = parts.reduce(Decimal(0)) { $0 + $1.value }
        return Operand(value: total, text: "(" + parts.map(\.text).joined(separator: "+") + ")", position: first.position,
                       path: parts.map(\.path).joined(separator: "+"))
    }
}

extension DataNode {
    /// The number at a key path as an operand; nil when absent or not a number.
    func operand(at path: String) -> Operand? {
        guard let node = node(at: path), case .number(let number) = node.value else { return nil }
        return Operand(value: number.decimal, text: number.text, position: node.position, path: path)
    }

    /// The text at a key path (numbers as written); nil when absent.
    func text(at path: String) -> String? {
        switch node(at: path)?.value {
        case .string(let text): text
        case .number(let number): number.text
        default: nil
        }
    }
}
