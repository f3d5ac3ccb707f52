import Foundation
import JixiaoDiagnostics

/// A figure jixiao computes from the data file: a rate with its worked formula, never typed.
///
/// `percent` is rounded half-up to 2 decimals from exact decimal arithmetic; it is nil when
/// the denominator is zero, and the formula then says 不适用.
public struct Figure: Sendable, Equatable {
    /// The official name: 支出完成率, 预决算差异率 …
    public let name: String
    /// The rate in percent (99.72 for 99.72%), or nil when it cannot be computed (zero denominator).
    public let percent: Decimal?
    /// The worked formula with its operands, in the seeds' style: `8374036.75/8397200.18×100%=99.72%`.
    public let formula: String
    /// Every rate jixiao can compute, in the order the report lists them.
    public static var allNames: [String] { FigureCatalog.names }

    /// Where its first operand is written, for findings about the figure.
    public let position: TextPosition

    /// The rate as printed: `99.72%`, or `不适用`.
    public var text: String {
        percent.map { Self.format($0) + "%" } ?? "不适用"
    }

    static func format(_ value: Decimal) -> String {
        Amount.text(value, scale: 2)
    }

    /// `numerator / denominator × 100%`, half-up to 2 decimals.
    static func ratio(_ name: String, _ numerator: Operand, _ denominator: Operand) -> Figure {
        guard !denominator.value.isZero else {
            return Figure(name: name, percent: nil, formula: "\(numerator.text)/\(denominator.text)：分母为 0，不适用", position: numerator.position)
        }
        let percent = rounded(numerator.value / denominator.value * 100)
        return Figure(name: name, percent: percent, formula: "\(numerator.text)/\(denominator.text)×100%=\(format(percent))%", position: numerator.position)
    }

    /// `(new − old) / old × 100%`.
    static func difference(_ name: String, _ new: Operand, _ old: Operand) -> Figure {
        guard !old.value.isZero else {
            return Figure(name: name, percent: nil, formula: "(\(new.text)-\(old.text))/\(old.text)：分母为 0，不适用", position: new.position)
        }
        let percent = rounded((new.value - old.value) / old.value * 100)
        return Figure(name: name, percent: percent, formula: "(\(new.text)-\(old.text))/\(old.text)×100%=\(format(percent))%", position: new.position)
    }

    /// `(new / old − 1) × 100%`, as the 存量资金变动率 is written.
    static func change(_ name: String, _ new: Operand, _ old: Operand) -> Figure {
        guard !old.value.isZero else {
            return Figure(name: name, percent: nil, formula: "(\(new.text)/\(old.text)-1)：分母为 0，不适用", position: new.position)
        }
        let percent = rounded((new.value / old.value - 1) * 100)
        return Figure(name: name, percent: percent, formula: "(\(new.text)/\(old.text)-1)×100%=\(format(percent))%", position: new.position)
    }

    private static func rounded(_ value: Decimal) -> Decimal {
        var result = Decimal()
        var source = value
        NSDecimalRound(&result, &source, 2, .plain)
        return result
    }
}
