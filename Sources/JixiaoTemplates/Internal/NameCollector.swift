/// Collects the data paths a template reads (`收支情况.说明`, `项目支出明细[].名称`), for
/// `TemplateLibrary.referencedNames`.
///
/// A path is a chain of names from a top-level name: attributes and string keys joined with
/// `.`, any other subscript written `[]`. Names bound by `{% set x = a.b %}` or
/// `{% for x in a.b %}` stand for their path (`x.c` reads `a.b.c`, `x.c` in the loop reads
/// `a.b[].c`), so the binding itself reads nothing. Everything else a chain appears in (output,
/// a test, a filter, a macro argument) reads it whole. The walk ignores control flow: a name read
/// in any branch counts.
///
///     {% set 收入 = 收支情况.收入 %}{{ 收入.决算数 }}   → 收支情况.收入.决算数
///     {% for 项 in 项目支出明细 %}{{ 项.名称 }}{% endfor %} → 项目支出明细[].名称
struct NameCollector {
    private(set) var paths: Set<String> = []
    private var aliases: [String: String] = [:]

    mutating func collect(_ nodes: [Node]) {
        for node in nodes { collect(node) }
    }

    private mutating func collect(_ node: Node) {
        switch node {
        case .text, .include, .block: break
        case .output(let expression): read(expression)
        case .conditional(let branches, let otherwise):
            for (condition, body) in branches {
                read(condition)
                collect(body)
            }
            if let otherwise { collect(otherwise) }
        case .loop(let loop):
            if loop.targets.count == 1, let path = path(of: loop.iterable) {
                aliases[loop.targets[0].text] = path + "[]"
            } else {
                read(loop.iterable)
            }
            if let filter = loop.filter { read(filter) }
            collect(loop.body)
            if let otherwise = loop.otherwise { collect(otherwise) }
        case .assign(let name, let expression):
            if let path = path(of: expression) { aliases[name.text] = path } else { read(expression) }
        case .assignBlock(_, let body): collect(body)
        case .macro(let macro):
            for parameter in macro.parameters { if let value = parameter.defaultValue { read(value) } }
            collect(macro.body)
        }
    }

    /// `expression` is read: every chain in it, whole.
    private mutating func read(_ expression: Expression) {
        if let path = path(of: expression) {
            paths.insert(path)
            return
        }
        switch expression.kind {
        case .literal, .name: break
        case .list(let items), .concat(let items): for item in items { read(item) }
        case .attribute(let base, _): read(base)
        case .item(let base, let key), .binary(_, let base, let key):
            read(base)
            read(key)
        case .slice(let base, let start, let stop, let step):
            for part in [base, start, stop, step].compactMap({ $0 }) { read(part) }
        case .call(let callee, let arguments):
            read(callee)
            read(arguments)
        case .filter(let base, _, let arguments), .test(let base, _, let arguments, _):
            read(base)
            read(arguments)
        case .unary(_, let operand): read(operand)
        case .compare(let first, let rest):
            read(first)
            for (_, operand) in rest { read(operand) }
        case .conditional(let value, let condition, let otherwise):
            read(value)
            read(condition)
            if let otherwise { read(otherwise) }
        }
    }

    private mutating func read(_ arguments: Arguments) {
        for argument in arguments.positional { read(argument) }
        for (_, argument) in arguments.keywords { read(argument) }
    }

    /// The data path of a pure chain of lookups, with aliases resolved; nil for anything else.
    private func path(of expression: Expression) -> String? {
        switch expression.kind {
        case .name(let name): return aliases[name.text] ?? name.text
        case .attribute(let base, let name): return path(of: base).map { "\($0).\(name.text)" }
        case .item(let base, let key):
            guard let basePath = path(of: base) else { return nil }
            if case .literal(.string(let text)) = key.kind { return "\(basePath).\(text)" }
            return "\(basePath)[]"
        default: return nil
        }
    }
}
