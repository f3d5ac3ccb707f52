/// Jinja2's tests in the subset (`x is defined`, `n is divisibleby 3` …).
///
/// As with `StrictUndefined`, `defined`, `undefined`, `none` and the type tests accept an
/// undefined value; tests that compare or compute with it fail.
extension Renderer {
    func apply(_ test: Test, to value: TemplateValue, _ arguments: [TemplateValue], at offset: Int) throws(TemplateFailure) -> Bool {
        let name = test.rawValue
        let argument = arguments.first
        func requireArgument() throws(TemplateFailure) -> TemplateValue {
            guard let argument else { throw failure(.filterArgument(filter: name, problem: "要一个参数"), at: offset) }
            return argument
        }
        switch test {
        case .defined: if case .undefined = value { return false } else { return true }
        case .undefined: if case .undefined = value { return true } else { return false }
        case .none: if case .none = value { return true } else { return false }
        case .boolean: if case .bool = value { return true } else { return false }
        case .`true`: if case .bool(true) = value { return true } else { return false }
        case .`false`: if case .bool(false) = value { return true } else { return false }
        case .integer: if case .integer = value { return true } else { return false }
        case .float: if case .decimal = value { return true } else { return false }
        case .number: return value.isNumeric
        case .string: if case .string = value.plainString { return true } else { return false }
        case .mapping: if case .map = value { return true } else { return false }
        case .sequence, .iterable:
            switch value {
            case .undefined(let missing): throw failure(.undefined(missing), at: offset)
            case .string, .markup, .list, .map: return true
            case .lazy: return test == .iterable
            default: return false
            }
        case .even, .odd, .divisibleby:
            let divisor: TemplateValue = test == .divisibleby ? try requireArgument() : .integer(2)
            let remainder = try arithmetic(.modulo, value, divisor, at: offset)
            let isMultiple = remainder.numericValue == 0
            return test == .odd ? !isMultiple : isMultiple
        case .eq, .equalSign, .equalto: return try compare(.equal, value, try requireArgument(), at: offset)
        case .ne, .notEqualSign: return try compare(.notEqual, value, try requireArgument(), at: offset)
        case .lt, .lessSign, .lessthan: return try compare(.less, value, try requireArgument(), at: offset)
        case .le, .lessOrEqualSign: return try compare(.lessOrEqual, value, try requireArgument(), at: offset)
        case .gt, .greaterSign, .greaterthan: return try compare(.greater, value, try requireArgument(), at: offset)
        case .ge, .greaterOrEqualSign: return try compare(.greaterOrEqual, value, try requireArgument(), at: offset)
        case .`in`: return try compare(.in, value, try requireArgument(), at: offset)
        }
    }
}
