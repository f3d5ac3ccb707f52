/// `{% include '页眉.md' %}`: renders another template here, with the current names (the loop
/// target too) but not `loop`. Names are resolved relative to the top-level template.
extension TemplateParser {
    mutating func parseInclude(at offset: Int, parser: inout ExpressionParser) throws(TemplateFailure) -> Node {
        let name = try templateName(after: "include", parser: &parser)
        if !parser.isAtEnd {
            throw TemplateFailure(.unsupported("「include」的附加选项", hint: "只写「{% include '文件名' %}」"), at: parser.current.offset, in: file)
        }
        return .include(name, offset: offset)
    }
}

extension Renderer {
    func renderInclude(_ name: String, at offset: Int) throws(TemplateFailure) {
        guard let template = library.templates[name] else { throw failure(.templateNotFound(name), at: offset) }
        var names: NameTable = [:]
        for scope in scopes.dropFirst() {
            for (key, value) in scope where key != .loop { names[key] = value }
        }
        let savedFrame = templateFrame
        templateFrame = 1
        defer { templateFrame = savedFrame }
        try withScopes([scopes[0], names], file: template.file, calledAt: offset) { () throws(TemplateFailure) in
            try render(template.nodes)
        }
    }
}
