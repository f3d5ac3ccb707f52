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

    /// One more level: each `parseExpression` (the whole expression, or one inside brackets,
    /// arguments and subscripts) and each prefix operator. The outermost expression is level
    /// 1, so 100 nested parentheses are allowed and 101 are not.
    mutating func enterNesting() throws(TemplateFailure) {
        depth += 1
        if depth > Self.nestingLimit + 1 {
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
        var expression: Expression
        if skip(operator: "-") {
            try enterNesting()
            defer { depth -= 1 }
            expression = Expression(kind: .unary(.negate, try parseUnary(withFilters: false)), offset: offset)
        } else if skip(operator: "+") {
            try enterNesting()
            defer { depth -= 1 }
            expression = Expression(kind: .unary(.plus, try parseUnary(withFilters: false)), offset: offset)
        } else {
            expression = try parsePostfix(try parsePrimary())
        }
        if withFilters { expression = try parseFiltersAndTests(expression) }
        return expression
    }
}
