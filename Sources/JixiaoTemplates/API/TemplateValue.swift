/// A value a template works with: data, literals, and what expressions compute.
///
/// A concrete enum, never `Any`: integers are 64-bit (overflow is an error, not a wrap),
/// other numbers are exact decimals, mappings keep their order.
public enum TemplateValue: Sendable {
    case none
    case bool(Bool)
    case integer(Int)
    case decimal(TemplateDecimal)
    case string(String)
    /// Text already escaped for the output (`|safe`, macro output): printed as is.
    case markup(String)
    case list([TemplateValue])
    case map(TemplateMap)
    /// What `map`, `select` and their kin return: a sequence that must go through `list`,
    /// `join`, `sum`, `first` … before it is printed or measured, as in Jinja2.
    case lazy([TemplateValue])
    /// A missing name or key (`StrictUndefined`): any use but a test or `default` is an error.
    case undefined(String)
    case loop(LoopState)
    case macro(Macro)
}

extension TemplateValue: Equatable {
    /// Python's `==`: numbers compare by value (booleans as 0 and 1), strings by text,
    /// lists and mappings item by item; values of different kinds are never equal.
    public static func == (lhs: TemplateValue, rhs: TemplateValue) -> Bool {
        if let left = lhs.numericValue, let right = rhs.numericValue { return left == right }
        switch (lhs, rhs) {
        case (.none, .none): return true
        case (.string(let a), .string(let b)), (.markup(let a), .markup(let b)),
            (.string(let a), .markup(let b)), (.markup(let a), .string(let b)):
            return a == b
        case (.list(let a), .list(let b)): return a == b
        case (.map(let a), .map(let b)):
            return a.keys.sorted() == b.keys.sorted() && a.keys.allSatisfy { a[$0] == b[$0] }
        default: return false
        }
    }
}

import Foundation

extension TemplateValue {
    /// Whether the value is a number (booleans count), without building a `Decimal`.
    var isNumeric: Bool {
        switch self {
        case .bool, .integer, .decimal: true
        default: false
        }
    }

    /// The number as an exact decimal, booleans counting as 0 and 1; nil for non-numbers.
    var numericValue: Decimal? {
        switch self {
        case .bool(let flag): flag ? 1 : 0
        case .integer(let number): Decimal(number)
        case .decimal(let number): number.value
        default: nil
        }
    }
}
