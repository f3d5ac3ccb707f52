/// `{% set x = … %}` and the block form `{% set x %}…{% endset %}`, whose output is safe text.
extension TemplateParser {
    mutating func parseSet(at offset: Int, parser: inout ExpressionParser) throws(TemplateFailure) -> Node {
        let name = TemplateName(try parser.expectName("变量名"))
        if parser.isOperator(",") {
            throw TemplateFailure(.unsupported("一次给多个变量赋值", hint: "每个变量写一行「{% set %}」"), at: parser.current.offset, in: file)
        }
        if parser.isOperator(".") {
            throw TemplateFailure(.unsupported("给属性赋值（namespace）", hint: "用新的变量名"), at: parser.current.offset, in: file)
        }
        if parser.skip(operator: "=") {
            let value = try parser.parseExpression()
            try parser.expectEnd()
            return .assign(name, value)
        }
        if parser.isOperator("|") {
            throw TemplateFailure(.unsupported("带过滤器的 set 区块", hint: "先 set，再在输出时使用过滤器"), at: parser.current.offset, in: file)
        }
        try parser.expectEnd()
        let (body, end) = try parseBody(closing: "set", at: offset)
        var endParser = end.parser
        try endParser.expectEnd()
        return .assignBlock(name, body)
    }
}

extension Renderer {
    func renderAssignBlock(_ name: TemplateName, _ body: [Node]) throws(TemplateFailure) {
        let text = try capture { () throws(TemplateFailure) in try render(body) }
        setLocal(name, .markup(text))
    }
}
