/// `{% macro name(a, b='默认') %}…{% endmacro %}` and calls `{{ name(1, b=2) }}`.
///
/// A macro sees its arguments and the template's top-level names, not the caller's loop
/// variables; its output is safe text, so it is not escaped twice.
extension TemplateParser {
    mutating func parseMacro(at offset: Int, parser: inout ExpressionParser) throws(TemplateFailure) -> Node {
        let name = try parser.expectName("宏的名称")
        try parser.expect(operator: "(")
        var parameters: [(TemplateName, Expression?)] = []
        while !parser.isOperator(")") {
            let parameter = try parser.expectName("参数名")
            let defaultValue = parser.skip(operator: "=") ? try parser.parseExpression() : nil
            if defaultValue == nil, parameters.contains(where: { $0.1 != nil }) {
                throw TemplateFailure(.expected("默认值（有默认值的参数要写在最后）", found: parameter), at: parser.current.offset, in: file)
            }
            parameters.append((TemplateName(parameter), defaultValue))
            if !parser.skip(operator: ",") { break }
        }
        try parser.expect(operator: ")")
        try parser.expectEnd()
        let (body, end) = try parseBody(closing: "macro", at: offset)
        var endParser = end.parser
        _ = endParser.skip(name: name)
        try endParser.expectEnd()
        return .macro(Macro(name: TemplateName(name), parameters: parameters, body: body, file: file))
    }
}

extension Renderer {
    static let callDepthLimit = 100

    /// Renders `macro` with the arguments bound and returns its output as safe text, or, when
    /// `printing`, writes the output in place and returns empty safe text (`{{ 金额(x) }}`:
    /// nothing is captured only to be printed at once).
    func call(
        _ macro: Macro, _ arguments: [TemplateValue], _ keywords: [(String, TemplateValue)], at offset: Int, printing: Bool = false
    ) throws(TemplateFailure) -> TemplateValue {
        guard arguments.count <= macro.parameters.count else {
            throw failure(.tooManyArguments(macro.name.text, maximum: macro.parameters.count), at: offset)
        }
        var bound = NameTable(minimumCapacity: macro.parameters.count + 1)
        for (parameter, value) in zip(macro.parameters, arguments) { bound[parameter.name] = value }
        for (keyword, value) in keywords {
            guard macro.parameters.contains(where: { $0.name.text == keyword }) else {
                throw failure(.unknownKeyword(macro.name.text, keyword: keyword), at: offset)
            }
            bound[TemplateName(keyword)] = value
        }
        let text = try withScopes([scopes[0], macro.enclosingNames, [:]], file: macro.file, calledAt: offset) { () throws(TemplateFailure) in
            for parameter in macro.parameters where bound[parameter.name] == nil {
                bound[parameter.name] = try parameter.defaultValue.map { e throws(TemplateFailure) in try evaluate(e) } ?? .undefined(parameter.name.text)
            }
            // A macro always sees itself, wherever it was defined, so it can recurse (a narrative
            // of sections within sections) even when it lives in an included template; a
            // parameter of the same name hides it.
            if bound[macro.name] == nil { bound[macro.name] = .macro(macro) }
            scopes[scopes.count - 1] = bound
            if printing {
                try printAsCaptured { () throws(TemplateFailure) in try render(macro.body) }
                return ""
            }
            return try capture { () throws(TemplateFailure) in try render(macro.body) }
        }
        return .markup(text)
    }
}
