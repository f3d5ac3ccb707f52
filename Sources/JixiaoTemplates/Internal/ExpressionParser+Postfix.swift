/// Primary expressions (names, literals, lists, parentheses), postfix access and calls, and
/// filters and `is` tests, which bind tighter than every operator.
extension ExpressionParser {
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

    mutating func parseFiltersAndTests(_ base: Expression) throws(TemplateFailure) -> Expression {
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
