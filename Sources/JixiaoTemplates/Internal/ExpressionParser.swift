/// Parses expression tokens with Jinja2's precedence (jinja-subset.md §2.8):
/// `x if c else y` < `or` < `and` < `not` < comparisons < `+ -` < `~` < `* / // %` < `**`
/// (left-associative) < unary `- +` < postfix (`.a`, `[i]`, calls, filters, `is` tests).
///
/// Unknown filters and tests are refused here, when the template is loaded.
struct ExpressionParser {
    let tokens: [ExpressionToken]
    let file: String
    var position = 0
    /// Nesting of parentheses, brackets and unary operators, limited so that no expression
    /// can exhaust the stack.
    var depth = 0
    static let nestingLimit = 100

    init(tokens: [ExpressionToken], file: String) {
        self.tokens = tokens
        self.file = file
    }

    var current: ExpressionToken { tokens[position] }
    var isAtEnd: Bool { current.kind == .end }

    func isOperator(_ symbol: String) -> Bool { current.kind == .operator(symbol) }
    func isName(_ name: String) -> Bool { current.kind == .name(name) }

    mutating func advance() { if position < tokens.count - 1 { position += 1 } }

    mutating func skip(operator symbol: String) -> Bool {
        guard isOperator(symbol) else { return false }
        advance()
        return true
    }

    mutating func skip(name: String) -> Bool {
        guard isName(name) else { return false }
        advance()
        return true
    }

    mutating func expect(operator symbol: String) throws(TemplateFailure) {
        guard skip(operator: symbol) else { throw failure(.expected("「\(symbol)」", found: current.shown)) }
    }

    func failure(_ kind: TemplateFailure.Kind, at offset: Int? = nil) -> TemplateFailure {
        TemplateFailure(kind, at: offset ?? current.offset, in: file)
    }

    /// A plain name (a loop variable, a `set` target, a macro name).
    mutating func expectName(_ what: String) throws(TemplateFailure) -> String {
        guard case .name(let name) = current.kind else { throw failure(.expected(what, found: current.shown)) }
        advance()
        return name
    }

    mutating func expectEnd() throws(TemplateFailure) {
        guard isAtEnd else { throw failure(.expected("标签结尾", found: current.shown)) }
    }

    // MARK: - Precedence levels

    mutating func parseExpression(allowConditional: Bool = true) throws(TemplateFailure) -> Expression {
        try enterNesting()
        defer { depth -= 1 }
        return allowConditional ? try parseConditional() : try parseOr()
    }

    mutating func enterNesting() throws(TemplateFailure) {
        depth += 1
        if depth > Self.nestingLimit {
            throw failure(.unsupported("超过 \(Self.nestingLimit) 层的嵌套", hint: "把表达式拆开，先用「{% set %}」保存中间结果"))
        }
    }

    private mutating func parseConditional() throws(TemplateFailure) -> Expression {
        var expression = try parseOr()
        while isName("if") {
            let offset = current.offset
            advance()
            let condition = try parseOr()
            let otherwise = skip(name: "else") ? try parseConditional() : nil
            expression = Expression(kind: .conditional(expression, condition: condition, otherwise: otherwise), offset: offset)
        }
        return expression
    }

    private mutating func parseOr() throws(TemplateFailure) -> Expression {
        var left = try parseAnd()
        while isName("or") {
            let offset = current.offset
            advance()
            left = Expression(kind: .binary(.or, left, try parseAnd()), offset: offset)
        }
        return left
    }

    private mutating func parseAnd() throws(TemplateFailure) -> Expression {
        var left = try parseNot()
        while isName("and") {
            let offset = current.offset
            advance()
            left = Expression(kind: .binary(.and, left, try parseNot()), offset: offset)
        }
        return left
    }

    private mutating func parseNot() throws(TemplateFailure) -> Expression {
        if isName("not") {
            let offset = current.offset
            advance()
            try enterNesting()
            defer { depth -= 1 }
            return Expression(kind: .unary(.not, try parseNot()), offset: offset)
        }
        return try parseCompare()
    }

    private mutating func parseCompare() throws(TemplateFailure) -> Expression {
        let first = try parseAdditive()
        var operations: [(ComparisonOperator, Expression)] = []
        while true {
            if case .operator(let symbol) = current.kind, let op = ComparisonOperator(rawValue: symbol), op != .in, op != .notIn {
                advance()
                operations.append((op, try parseAdditive()))
            } else if isName("in") {
                advance()
                operations.append((.in, try parseAdditive()))
            } else if isName("not"), position + 1 < tokens.count, tokens[position + 1].kind == .name("in") {
                advance()
                advance()
                operations.append((.notIn, try parseAdditive()))
            } else {
                break
            }
        }
        return operations.isEmpty ? first : Expression(kind: .compare(first, operations), offset: first.offset)
    }

    private mutating func parseAdditive() throws(TemplateFailure) -> Expression {
        var left = try parseConcat()
        while isOperator("+") || isOperator("-") {
            let op: BinaryOperator = isOperator("+") ? .add : .subtract
            let offset = current.offset
            advance()
            left = Expression(kind: .binary(op, left, try parseConcat()), offset: offset)
        }
        return left
    }

    private mutating func parseConcat() throws(TemplateFailure) -> Expression {
        var parts = [try parseMultiplicative()]
        while skip(operator: "~") { parts.append(try parseMultiplicative()) }
        return parts.count == 1 ? parts[0] : Expression(kind: .concat(parts), offset: parts[0].offset)
    }

    private mutating func parseMultiplicative() throws(TemplateFailure) -> Expression {
        var left = try parsePower()
        while case .operator(let symbol) = current.kind, let op = BinaryOperator(rawValue: symbol),
            [.multiply, .divide, .floorDivide, .modulo].contains(op)
        {
            let offset = current.offset
            advance()
            left = Expression(kind: .binary(op, left, try parsePower()), offset: offset)
        }
        return left
    }

    private mutating func parsePower() throws(TemplateFailure) -> Expression {
        var left = try parseUnary(withFilters: true)
        while isOperator("**") {
            let offset = current.offset
            advance()
            left = Expression(kind: .binary(.power, left, try parseUnary(withFilters: true)), offset: offset)
        }
        return left
    }

    private mutating func parseUnary(withFilters: Bool) throws(TemplateFailure) -> Expression {
        let offset = current.offset
        try enterNesting()
        defer { depth -= 1 }
        var expression: Expression
        if skip(operator: "-") {
            expression = Expression(kind: .unary(.negate, try parseUnary(withFilters: false)), offset: offset)
        } else if skip(operator: "+") {
            expression = Expression(kind: .unary(.plus, try parseUnary(withFilters: false)), offset: offset)
        } else {
            expression = try parsePostfix(try parsePrimary())
        }
        if withFilters { expression = try parseFiltersAndTests(expression) }
        return expression
    }

    // MARK: - Primary and postfix

    mutating func parsePrimary() throws(TemplateFailure) -> Expression {
        let token = current
        switch token.kind {
        case .name(let name):
            advance()
            switch name {
            case "true", "True": return Expression(kind: .literal(.bool(true)), offset: token.offset)
            case "false", "False": return Expression(kind: .literal(.bool(false)), offset: token.offset)
            case "none", "None": return Expression(kind: .literal(.none), offset: token.offset)
            case "self", "caller", "varargs", "kwargs", "namespace", "joiner", "cycler", "lipsum", "dict":
                throw failure(.unsupported("「\(name)」", hint: "见 README 的“模板”一节中支持的写法"), at: token.offset)
            default: return Expression(kind: .name(TemplateName(name)), offset: token.offset)
            }
        case .string(var text):
            advance()
            while case .string(let more) = current.kind {
                text += more
                advance()
            }
            return Expression(kind: .literal(.string(text)), offset: token.offset)
        case .integer(let number):
            advance()
            return Expression(kind: .literal(.integer(number)), offset: token.offset)
        case .operator("("):
            advance()
            let inner = try parseExpression()
            if isOperator(",") {
                throw failure(.unsupported("元组", hint: "列表写成方括号，例如 [1, 2]"))
            }
            try expect(operator: ")")
            return inner
        case .operator("["):
            advance()
            var items: [Expression] = []
            while !isOperator("]") {
                items.append(try parseExpression())
                if !skip(operator: ",") { break }
            }
            try expect(operator: "]")
            return Expression(kind: .list(items), offset: token.offset)
        case .operator("{"):
            throw failure(.unsupported("键值表字面量「{…}」", hint: "键值表写在数据文件里"))
        case .end:
            throw failure(.expected("一个表达式", found: token.shown))
        default:
            throw failure(.expected("一个表达式", found: token.shown))
        }
    }

    mutating func parsePostfix(_ base: Expression) throws(TemplateFailure) -> Expression {
        var expression = base
        while true {
            let offset = current.offset
            if skip(operator: ".") {
                switch current.kind {
                case .name(let name):
                    advance()
                    expression = Expression(kind: .attribute(expression, TemplateName(name)), offset: offset)
                case .integer(let number):
                    advance()
                    expression = Expression(kind: .item(expression, Expression(kind: .literal(.integer(number)), offset: offset)), offset: offset)
                default:
                    throw failure(.expected("「.」后面的名称", found: current.shown))
                }
            } else if skip(operator: "[") {
                expression = try parseSubscript(of: expression, offset: offset)
            } else if isOperator("(") {
                expression = try parseCall(of: expression)
            } else {
                return expression
            }
        }
    }

    private mutating func parseSubscript(of base: Expression, offset: Int) throws(TemplateFailure) -> Expression {
        var parts: [Expression?] = []
        var current: Expression?
        var isSlice = false
        while !isOperator("]") {
            if skip(operator: ":") {
                isSlice = true
                parts.append(current)
                current = nil
                continue
            }
            if self.isAtEnd { break }
            current = try parseExpression()
        }
        parts.append(current)
        try expect(operator: "]")
        if !isSlice {
            guard let index = parts[0] else { throw failure(.expected("下标", found: "]"), at: offset) }
            return Expression(kind: .item(base, index), offset: offset)
        }
        guard parts.count <= 3 else { throw failure(.expected("「]」", found: ":"), at: offset) }
        let padded = parts + Array(repeating: nil, count: 3 - parts.count)
        return Expression(kind: .slice(base, start: padded[0], stop: padded[1], step: padded[2]), offset: offset)
    }

    private mutating func parseCall(of callee: Expression) throws(TemplateFailure) -> Expression {
        let offset = current.offset
        if case .attribute(_, let method) = callee.kind, method.text != "items", method.text != "cycle" {
            throw failure(.unsupported("方法调用「.\(method.text)()」", hint: "改用过滤器，例如「x|upper」「d|items」"), at: callee.offset)
        }
        let arguments = try parseArguments()
        return Expression(kind: .call(callee, arguments), offset: offset)
    }

    /// `(a, b, key=c)` starting at `(`.
    mutating func parseArguments() throws(TemplateFailure) -> Arguments {
        try expect(operator: "(")
        var arguments = Arguments()
        while !isOperator(")") {
            if isOperator("*") || isOperator("**") {
                throw failure(.unsupported("「*」「**」展开参数", hint: "逐个写出参数"))
            }
            if case .name(let name) = current.kind, position + 1 < tokens.count, tokens[position + 1].kind == .operator("=") {
                advance()
                advance()
                arguments.keywords.append((name, try parseExpression()))
            } else {
                if !arguments.keywords.isEmpty {
                    throw failure(.expected("关键字参数（位置参数要写在关键字参数前面）", found: current.shown))
                }
                arguments.positional.append(try parseExpression())
            }
            if !skip(operator: ",") { break }
        }
        try expect(operator: ")")
        return arguments
    }

    // MARK: - Filters and tests

    private mutating func parseFiltersAndTests(_ base: Expression) throws(TemplateFailure) -> Expression {
        var expression = base
        while true {
            if isOperator("|") {
                advance()
                let offset = current.offset
                let filter = try FilterCatalog.filter(named: try expectName("过滤器名称"), at: offset, in: file)
                let arguments = isOperator("(") ? try parseArguments() : .none
                expression = Expression(kind: .filter(expression, filter, arguments), offset: offset)
            } else if isName("is") {
                advance()
                let negated = skip(name: "not")
                let offset = current.offset
                let test = try FilterCatalog.test(named: try expectName("测试名称"), at: offset, in: file)
                var arguments = Arguments.none
                if isOperator("(") {
                    arguments = try parseArguments()
                } else if startsTestArgument {
                    arguments.positional = [try parsePostfix(try parsePrimary())]
                }
                expression = Expression(kind: .test(expression, test, arguments, negated: negated), offset: offset)
            } else if isOperator("(") {
                expression = try parseCall(of: expression)
            } else {
                return expression
            }
        }
    }

    /// Jinja reads `x is divisibleby 3` with one argument without parentheses.
    private var startsTestArgument: Bool {
        switch current.kind {
        case .name(let name): !["else", "or", "and", "is", "if", "in", "not"].contains(name)
        case .string, .integer: true
        case .operator(let symbol): symbol == "[" || symbol == "("
        case .end: false
        }
    }
}
