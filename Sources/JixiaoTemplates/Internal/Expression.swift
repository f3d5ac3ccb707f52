/// An expression inside `{{ }}` or a tag, parsed once; `offset` points into the template for
/// error messages.
struct Expression: Sendable {
    indirect enum Kind: Sendable {
        case literal(TemplateValue)
        case name(TemplateName)
        case list([Expression])
        case attribute(Expression, TemplateName)
        case item(Expression, Expression)
        case slice(Expression, start: Expression?, stop: Expression?, step: Expression?)
        case call(Expression, Arguments)
        case filter(Expression, Filter, Arguments)
        case test(Expression, Test, Arguments, negated: Bool)
        case unary(UnaryOperator, Expression)
        case binary(BinaryOperator, Expression, Expression)
        case concat([Expression])
        case compare(Expression, [(ComparisonOperator, Expression)])
        case conditional(Expression, condition: Expression, otherwise: Expression?)
    }

    var kind: Kind
    var offset: Int

    /// How a name or a chain of lookups reads in a message (`评价单位.名称`, `行[0]`).
    var path: String? {
        switch kind {
        case .name(let name): return name.text
        case .attribute(let base, let name): return base.path.map { "\($0).\(name.text)" }
        case .item(let base, let key):
            guard let basePath = base.path else { return nil }
            switch key.kind {
            case .literal(.string(let text)): return "\(basePath)['\(text)']"
            case .literal(.integer(let index)): return "\(basePath)[\(index)]"
            default: return key.path.map { "\(basePath)[\($0)]" }
            }
        default: return nil
        }
    }
}

/// Positional and keyword arguments of a call, filter or test.
struct Arguments: Sendable {
    var positional: [Expression] = []
    var keywords: [(String, Expression)] = []

    static let none = Arguments()
}

enum UnaryOperator: Sendable { case negate, plus, not }

enum BinaryOperator: String, Sendable {
    case add = "+", subtract = "-", multiply = "*", divide = "/", floorDivide = "//"
    case modulo = "%", power = "**", and, or
}

enum ComparisonOperator: String, Sendable {
    case equal = "==", notEqual = "!=", less = "<", lessOrEqual = "<=", greater = ">"
    case greaterOrEqual = ">=", `in` = "in", notIn = "not in"
}
