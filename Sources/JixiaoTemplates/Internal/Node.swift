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
///
/// A class, so that looking a macro up and binding it to its own name in each call shares
/// one reference instead of copying its name, parameters, body and names field by field.
public final class Macro: Sendable {
    let name: TemplateName
    let parameters: [(name: TemplateName, defaultValue: Expression?)]
    let body: [Node]
    /// The file the macro was defined in, for errors inside its body.
    let file: String
    /// The top-level names of the included template it was defined in, as they were then, so
    /// that the macro sees that template's `set`s as Jinja2's macros do.
    let enclosingNames: NameTable

    init(name: TemplateName, parameters: [(name: TemplateName, defaultValue: Expression?)], body: [Node], file: String,
         enclosingNames: NameTable = [:]) {
        self.name = name
        self.parameters = parameters
        self.body = body
        self.file = file
        self.enclosingNames = enclosingNames
    }

    /// The same macro defined where `names` are the included template's top-level names.
    func seeing(_ names: NameTable) -> Macro {
        Macro(name: name, parameters: parameters, body: body, file: file, enclosingNames: names)
    }
}

/// The `loop` variable of the innermost `for`.
public struct LoopState: Sendable {
    var index0: Int
    var length: Int
    var offset: Int
}
