import JixiaoDiagnostics

/// Turns lexer tokens into the `Node` tree of one template file.
///
/// Statement tags are parsed in `Tags/…Tag.swift`; this file walks the token list, collects
/// text and `{{ }}` output, and hands each `{% %}` to its tag by name.
struct TemplateParser {
    static let knownTags = ["if", "elif", "else", "endif", "for", "endfor", "set", "endset", "macro", "endmacro",
                            "include", "extends", "block", "endblock", "raw", "endraw"]
    static let unsupportedTags: [String: String] = [
        "with": "「with」", "filter": "「filter」区块", "call": "「call」区块", "autoescape": "「autoescape」区块",
        "import": "「import」", "from": "「from … import」", "do": "「do」", "break": "「break」",
        "continue": "「continue」", "trans": "「trans」",
    ]

    let tokens: [TemplateLexer.Token]
    let bytes: [UInt8]
    let file: String
    var position = 0
    /// `{% block %}` bodies by name.
    var blocks: [String: [Node]] = [:]
    /// `{% extends %}`'s template name.
    var parent: String?
    /// Names of templates this one includes or extends, loaded with it.
    var references: [(name: String, offset: Int)] = []
    /// Nesting of statement tags, limited so that no template can exhaust the stack.
    var depth = 0
    static let nestingLimit = 100

    init(tokens: [TemplateLexer.Token], bytes: [UInt8], file: String) {
        self.tokens = tokens
        self.bytes = bytes
        self.file = file
    }

    mutating func parseTemplate() throws(TemplateFailure) -> [Node] {
        let (nodes, end) = try parseBody(until: [])
        if let end { throw TemplateFailure(.unexpectedEndTag(end.name, expected: nil), at: end.offset, in: file) }
        return nodes
    }

    /// The tag that ended a body: its name, where it stands, and a parser over its remaining tokens.
    struct EndTag {
        var name: String
        var offset: Int
        var parser: ExpressionParser
    }

    /// Nodes up to one of `endNames` (returned, not consumed further) or the end of the file (nil).
    mutating func parseBody(until endNames: Set<String>) throws(TemplateFailure) -> ([Node], EndTag?) {
        depth += 1
        defer { depth -= 1 }
        // The template's own top level is depth 1: 100 nested tags are allowed, 101 are not.
        if depth > Self.nestingLimit + 1 {
            let offset = position < tokens.count ? tokens[position].offset : 0
            throw TemplateFailure(.unsupported("超过 \(Self.nestingLimit) 层嵌套的标签", hint: "把内容拆到宏或 include 里"), at: offset, in: file)
        }
        var nodes: [Node] = []
        while position < tokens.count {
            let token = tokens[position]
            position += 1
            switch token.kind {
            case .text(let text):
                nodes.append(.text(text))
            case .variable(let range):
                var parser = try expressionParser(for: range)
                if parser.isAtEnd { throw TemplateFailure(.emptyExpression, at: token.offset, in: file) }
                let expression = try parser.parseExpression()
                try parser.expectEnd()
                nodes.append(.output(expression))
            case .block(let range):
                var parser = try expressionParser(for: range)
                guard case .name(let name) = parser.current.kind else {
                    throw TemplateFailure(.expected("标签名", found: parser.current.shown), at: parser.current.offset, in: file)
                }
                let nameOffset = parser.current.offset
                parser.advance()
                if endNames.contains(name) { return (nodes, EndTag(name: name, offset: nameOffset, parser: parser)) }
                if let node = try parseTag(name, at: nameOffset, parser: &parser, expecting: endNames) { nodes.append(node) }
            }
        }
        return (nodes, nil)
    }

    private mutating func parseTag(
        _ name: String, at offset: Int, parser: inout ExpressionParser, expecting endNames: Set<String>
    ) throws(TemplateFailure) -> Node? {
        switch name {
        case "if": return try parseIf(at: offset, parser: &parser)
        case "for": return try parseFor(at: offset, parser: &parser)
        case "set": return try parseSet(at: offset, parser: &parser)
        case "macro": return try parseMacro(at: offset, parser: &parser)
        case "include": return try parseInclude(at: offset, parser: &parser)
        case "extends": try parseExtends(at: offset, parser: &parser); return nil
        case "block": return try parseBlock(at: offset, parser: &parser)
        case "raw": throw TemplateFailure(.unsupported("「{% raw +%}」", hint: "写成「{% raw %}」或「{% raw -%}」"), at: offset, in: file)
        default:
            if let feature = Self.unsupportedTags[name] {
                throw TemplateFailure(.unsupported(feature, hint: "见 README 的“模板”一节中支持的标签"), at: offset, in: file)
            }
            if Self.knownTags.contains(name) {
                let expected = endNames.sorted().first { $0.hasPrefix("end") }
                throw TemplateFailure(.unexpectedEndTag(name, expected: expected), at: offset, in: file)
            }
            let suggestion = Suggestion.nearest(to: name, in: Self.knownTags)
            throw TemplateFailure(.unknownTag(name, suggestion: suggestion), at: offset, in: file)
        }
    }

    func expressionParser(for range: Range<Int>) throws(TemplateFailure) -> ExpressionParser {
        let tokens = try ExpressionLexer(bytes: bytes, range: range, file: file).tokenize()
        return ExpressionParser(tokens: tokens, file: file)
    }

    /// Reads a body that must end with `end…` (or one of `alternatives`), failing at the
    /// opening tag when the file ends first.
    mutating func parseBody(
        closing tag: String, at offset: Int, alternatives: Set<String> = []
    ) throws(TemplateFailure) -> ([Node], EndTag) {
        let (nodes, end) = try parseBody(until: alternatives.union(["end" + tag]))
        guard let end else { throw TemplateFailure(.unclosedBlock(tag), at: offset, in: file) }
        return (nodes, end)
    }

    /// A quoted template name after `include` or `extends`.
    mutating func templateName(after tag: String, parser: inout ExpressionParser) throws(TemplateFailure) -> String {
        guard case .string(let name) = parser.current.kind else {
            throw TemplateFailure(.templateNameNotLiteral(tag), at: parser.current.offset, in: file)
        }
        references.append((name, parser.current.offset))
        parser.advance()
        return name
    }
}
