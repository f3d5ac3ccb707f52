/// One piece of a parsed template. The tree is immutable and `Sendable`: a template is parsed
/// once and rendered many times, also at once from several threads.
indirect enum Node: Sendable {
    case text(String)
    case output(Expression)
    case conditional([(Expression, [Node])], otherwise: [Node]?)
    case loop(ForLoop)
    case assign(TemplateName, Expression)
    case assignBlock(TemplateName, [Node])
    case macro(Macro)
    case include(String, offset: Int)
    case block(String)
}

/// `{% for a, b in xs if c %}…{% else %}…{% endfor %}`
struct ForLoop: Sendable {
    var targets: [TemplateName]
    var iterable: Expression
    var filter: Expression?
    var body: [Node]
    var otherwise: [Node]?
    var offset: Int
}

/// A `{% macro %}` definition; calling it renders `body` with the arguments bound.
public struct Macro: Sendable {
    var name: TemplateName
    var parameters: [(name: TemplateName, defaultValue: Expression?)]
    var body: [Node]
    /// The file the macro was defined in, for errors inside its body.
    var file: String
    /// The top-level names of the included template it was defined in, as they were then, so
    /// that the macro sees that template's `set`s as Jinja2's macros do.
    var enclosingNames: NameTable = [:]
}

/// The `loop` variable of the innermost `for`.
public struct LoopState: Sendable {
    var index0: Int
    var length: Int
    var offset: Int
}
