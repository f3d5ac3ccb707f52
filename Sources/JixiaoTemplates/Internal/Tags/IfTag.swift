/// `{% if %}`, `{% elif %}`, `{% else %}`, `{% endif %}`. `if` makes no scope of its own.
extension TemplateParser {
    mutating func parseIf(at offset: Int, parser: inout ExpressionParser) throws(TemplateFailure) -> Node {
        var branches: [(Expression, [Node])] = []
        var condition = try parser.parseExpression(allowConditional: false)
        try parser.expectEnd()
        while true {
            let (body, end) = try parseBody(closing: "if", at: offset, alternatives: ["elif", "else"])
            branches.append((condition, body))
            var endParser = end.parser
            switch end.name {
            case "elif":
                condition = try endParser.parseExpression(allowConditional: false)
                try endParser.expectEnd()
            case "else":
                try endParser.expectEnd()
                let (otherwise, last) = try parseBody(closing: "if", at: offset, alternatives: ["elif", "else"])
                if last.name != "endif" { throw TemplateFailure(.duplicateElse("if"), at: last.offset, in: file) }
                return .conditional(branches, otherwise: otherwise)
            default:
                try endParser.expectEnd()
                return .conditional(branches, otherwise: nil)
            }
        }
    }
}

extension Renderer {
    func renderConditional(_ branches: [(Expression, [Node])], otherwise: [Node]?) throws(TemplateFailure) {
        for (condition, body) in branches where try isTrue(try evaluate(condition), at: condition.offset) {
            try render(body)
            return
        }
        if let otherwise { try render(otherwise) }
    }
}
