/// `{% extends 'base.html' %}`, `{% block name %}…{% endblock %}` and `{{ super() }}`.
///
/// A child's blocks replace the parent's of the same name; `super()` renders the next one up
/// the chain. Outside its blocks, a child template's content is not rendered.
extension TemplateParser {
    mutating func parseExtends(at offset: Int, parser: inout ExpressionParser) throws(TemplateFailure) {
        let hasContentBefore = tokens[..<(position - 1)].contains {
            if case .text(let text) = $0.kind { return !text.allSatisfy(\.isWhitespace) }
            return true
        }
        if parent != nil || hasContentBefore { throw TemplateFailure(.extendsNotFirst, at: offset, in: file) }
        parent = try templateName(after: "extends", parser: &parser)
        try parser.expectEnd()
    }

    mutating func parseBlock(at offset: Int, parser: inout ExpressionParser) throws(TemplateFailure) -> Node {
        let name = try parser.expectName("区块名称")
        if parser.isName("scoped") || parser.isName("required") {
            throw TemplateFailure(.unsupported("区块选项「\(parser.current.shown)」", hint: "删掉这个选项"), at: parser.current.offset, in: file)
        }
        try parser.expectEnd()
        let (body, end) = try parseBody(closing: "block", at: offset)
        var endParser = end.parser
        _ = endParser.skip(name: name)
        try endParser.expectEnd()
        if blocks[name] != nil { throw TemplateFailure(.duplicateBlock(name), at: offset, in: file) }
        blocks[name] = body
        return .block(name)
    }
}

extension Renderer {
    func renderBlock(_ name: String) throws(TemplateFailure) {
        guard let chain = blockChains[name], let first = chain.first else { return }
        blockStack.append((name, 0))
        defer { blockStack.removeLast() }
        try withFile(first.file) { () throws(TemplateFailure) in try render(first.nodes) }
    }

    /// `super()`: the same block one template up the `extends` chain.
    func renderSuper(at offset: Int) throws(TemplateFailure) -> TemplateValue {
        guard let (name, level) = blockStack.last, let chain = blockChains[name], level + 1 < chain.count else {
            throw failure(.undefined("super"), at: offset)
        }
        blockStack.append((name, level + 1))
        defer { blockStack.removeLast() }
        let next = chain[level + 1]
        let text = try capture { () throws(TemplateFailure) in
            try withFile(next.file) { () throws(TemplateFailure) in try render(next.nodes) }
        }
        return .markup(text)
    }
}
