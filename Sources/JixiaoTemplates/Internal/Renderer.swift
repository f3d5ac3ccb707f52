import Foundation

/// Renders one template tree against its names. A renderer lives for one `render` call, so
/// several may run at once over the same immutable templates.
///
/// Its mutable state is only ever touched by the one thread running that call and never
/// through overlapping accesses, so the runtime exclusivity checks (5% of render time) are off.
final class Renderer {
    let library: TemplateLibrary
    let format: OutputFormat
    /// The text rendered so far, as UTF-8 (appending bytes is much cheaper than `String +=`).
    @exclusivity(unchecked)
    var output: [UInt8] = []
    /// Where the text being captured (a macro's output, a `set` block) starts in `output`.
    @exclusivity(unchecked)
    var captureStart = 0
    /// Names, innermost last; `scopes[0]` is the template's top level over the data.
    @exclusivity(unchecked)
    var scopes: [NameTable]
    let globals: TemplateMap
    /// The file whose nodes are being rendered, for error locations.
    @exclusivity(unchecked)
    var file: String
    @exclusivity(unchecked)
    var callDepth = 0
    /// The index in `scopes` of the current template's own top-level names: 0 in the main
    /// template, 1 inside an include.
    @exclusivity(unchecked)
    var templateFrame = 0
    /// Nodes rendered so far; a template that runs away (loops in loops over huge ranges)
    /// stops with an error instead of hanging.
    @exclusivity(unchecked)
    var steps = 0
    static let stepLimit = 1_000_000
    /// The innermost loop or call being run: where a runaway is reported.
    @exclusivity(unchecked)
    var activeOffset = 0
    /// `format` patterns read so far (see `PrintfFormatter`).
    @exclusivity(unchecked)
    var formatPatterns: [String: [PrintfFormatter.Piece]] = [:]
    var blockChains: [String: [(nodes: [Node], file: String)]] = [:]
    var blockStack: [(String, Int)] = []

    init(library: TemplateLibrary, format: OutputFormat, globals: TemplateMap, file: String) {
        self.library = library
        self.format = format
        self.globals = globals
        self.scopes = [[:]]
        self.file = file
    }

    func failure(_ kind: TemplateFailure.Kind, at offset: Int) -> TemplateFailure {
        TemplateFailure(kind, at: offset, in: file)
    }

    // MARK: - Statements

    func render(_ nodes: [Node]) throws(TemplateFailure) {
        for node in nodes {
            try countStep()
            switch node {
            case .text(let text): output.append(contentsOf: text.utf8)
            case .output(let expression):
                if case .call(let callee, let arguments) = expression.kind {
                    try emit(try evaluateCall(callee, arguments, at: expression.offset, printing: true), at: expression.offset)
                } else {
                    try emit(try evaluate(expression), at: expression.offset)
                }
            case .conditional(let branches, let otherwise): try renderConditional(branches, otherwise: otherwise)
            case .loop(let loop): try renderLoop(loop)
            case .assign(let name, let expression): setLocal(name, try evaluate(expression))
            case .assignBlock(let name, let body): try renderAssignBlock(name, body)
            case .macro(let macro):
                let isInInclude = templateFrame > 0 && templateFrame < scopes.count
                setLocal(macro.name, .macro(isInInclude ? macro.seeing(scopes[templateFrame]) : macro))
            case .include(let name, let offset): try renderInclude(name, at: offset)
            case .block(let name): try renderBlock(name)
            }
        }
    }

    /// One more unit of work: a node rendered or a loop iteration.
    func countStep() throws(TemplateFailure) {
        steps += 1
        if steps > Self.stepLimit { throw failure(.tooMuchWork(limit: Self.stepLimit), at: activeOffset) }
    }

    /// Prints a value, escaped for the output format unless it is safe text.
    func emit(_ value: TemplateValue, at offset: Int) throws(TemplateFailure) {
        switch value {
        case .markup(let text): output.append(contentsOf: text.utf8)
        case .string(let text): output.append(contentsOf: format.escape(text, atLineStart: isAtLineStart).utf8)
        case .integer, .decimal, .bool, .none: output.append(contentsOf: try string(of: value, at: offset).utf8)
        case .undefined(let name): throw failure(.undefined(name), at: offset)
        case .lazy: throw failure(.lazySequence("map、select 等"), at: offset)
        default: throw failure(.notPrintable(value.kindName), at: offset)
        }
    }

    /// Whether the next byte printed starts a line: at the start of the output or of a
    /// captured text, or after a line break.
    var isAtLineStart: Bool {
        output.count == captureStart || output[output.count - 1] == 0x0A
    }

    // MARK: - Scopes

    func pushScope() { scopes.append([:]) }
    func popScope() { scopes.removeLast() }
    func setLocal(_ name: TemplateName, _ value: TemplateValue) { scopes[scopes.count - 1][name] = value }

    func lookup(_ name: TemplateName) -> TemplateValue {
        var index = scopes.count - 1
        while index >= 0 {
            if let value = scopes[index][name] { return value }
            index -= 1
        }
        return globals[name: name] ?? .undefined(name.text)
    }

    /// Runs `body` with its output captured instead of printed. The captured text is written
    /// after the output so far and taken off again, so the buffer's capacity serves every
    /// macro call instead of each growing a buffer of its own.
    func capture(_ body: () throws(TemplateFailure) -> Void) throws(TemplateFailure) -> String {
        let start = output.count
        let savedStart = captureStart
        captureStart = start
        defer {
            output.removeSubrange(start...)
            captureStart = savedStart
        }
        try body()
        return String(decoding: output[start...], as: UTF8.self)
    }

    /// Runs `body` printing in place, but seeing the start of its output as a line start as
    /// `capture` would.
    func printAsCaptured(_ body: () throws(TemplateFailure) -> Void) throws(TemplateFailure) {
        let savedStart = captureStart
        captureStart = output.count
        defer { captureStart = savedStart }
        try body()
    }

    /// Runs `body` with other scopes (a macro's, an include's) and one more level of depth.
    func withScopes<Result>(
        _ replacement: [NameTable], file: String, calledAt offset: Int, _ body: () throws(TemplateFailure) -> Result
    ) throws(TemplateFailure) -> Result {
        callDepth += 1
        defer { callDepth -= 1 }
        if callDepth > Self.callDepthLimit { throw failure(.recursionTooDeep(limit: Self.callDepthLimit), at: offset) }
        let savedOffset = activeOffset
        activeOffset = offset
        defer { activeOffset = savedOffset }
        let saved = scopes
        scopes = replacement
        defer { scopes = saved }
        return try withFile(file, body)
    }

    func withFile<Result>(_ other: String, _ body: () throws(TemplateFailure) -> Result) throws(TemplateFailure) -> Result {
        let saved = file
        file = other
        defer { file = saved }
        return try body()
    }

    // MARK: - Expressions

    func evaluate(_ expression: Expression) throws(TemplateFailure) -> TemplateValue {
        let offset = expression.offset
        switch expression.kind {
        case .literal(let value):
            return value
        case .name(let name):
            return lookup(name)
        case .list(let items):
            var values: [TemplateValue] = []
            for item in items { values.append(try evaluate(item)) }
            return .list(values)
        case .attribute(let base, let name):
            return named(try attribute(name, of: try evaluate(base), at: offset), expression)
        case .item(let base, let key):
            return named(try item(try evaluate(key), of: try evaluate(base), at: offset), expression)
        case .slice(let base, let start, let stop, let step):
            return try slice(try evaluate(base), start: try start.map { e throws(TemplateFailure) in try evaluate(e) },
                             stop: try stop.map { e throws(TemplateFailure) in try evaluate(e) },
                             step: try step.map { e throws(TemplateFailure) in try evaluate(e) }, at: offset)
        case .call(let callee, let arguments):
            return try evaluateCall(callee, arguments, at: offset)
        case .filter(let base, let filter, let arguments):
            let value = try evaluate(base)
            let (positional, keywords) = try evaluate(arguments)
            return try apply(filter, to: value, positional, keywords, at: offset)
        case .test(let base, let test, let arguments, let negated):
            let value = try evaluate(base)
            let (positional, _) = try evaluate(arguments)
            let result = try apply(test, to: value, positional, at: offset)
            return .bool(negated ? !result : result)
        case .unary(let op, let operand):
            let value = try evaluate(operand)
            switch op {
            case .not: return .bool(!(try isTrue(value, at: operand.offset)))
            case .negate: return try negate(value, at: offset)
            case .plus:
                guard value.isNumeric else { throw failure(.typeMismatch(operation: "正号「+」", kinds: value.kindName), at: offset) }
                return value
            }
        case .binary(.and, let left, let right):
            let value = try evaluate(left)
            return try isTrue(value, at: left.offset) ? try evaluate(right) : value
        case .binary(.or, let left, let right):
            let value = try evaluate(left)
            return try isTrue(value, at: left.offset) ? value : try evaluate(right)
        case .binary(let op, let left, let right):
            return try arithmetic(op, try evaluate(left), try evaluate(right), at: offset)
        case .concat(let parts):
            var values: [TemplateValue] = []
            for part in parts { values.append(try evaluate(part)) }
            return try concatenate(values, at: offset)
        case .compare(let first, let operations):
            var left = try evaluate(first)
            for (op, operand) in operations {
                let right = try evaluate(operand)
                guard try compare(op, left, right, at: operand.offset) else { return .bool(false) }
                left = right
            }
            return .bool(true)
        case .conditional(let value, let condition, let otherwise):
            if try isTrue(try evaluate(condition), at: condition.offset) { return try evaluate(value) }
            // Jinja2 gives a lenient undefined here that prints as nothing, even under StrictUndefined.
            return try otherwise.map { e throws(TemplateFailure) in try evaluate(e) } ?? .string("")
        }
    }

    /// An undefined result carries the path the template wrote, for the error message.
    private func named(_ value: TemplateValue, _ expression: Expression) -> TemplateValue {
        if case .undefined = value, let path = expression.path { return .undefined(path) }
        return value
    }

    func evaluate(_ arguments: Arguments) throws(TemplateFailure) -> ([TemplateValue], [(String, TemplateValue)]) {
        var positional: [TemplateValue] = []
        for argument in arguments.positional { positional.append(try evaluate(argument)) }
        var keywords: [(String, TemplateValue)] = []
        for (name, argument) in arguments.keywords { keywords.append((name, try evaluate(argument))) }
        return (positional, keywords)
    }

    /// A call; `printing` lets a macro write its output in place (see `call(_:_:_:at:printing:)`).
    private func evaluateCall(
        _ callee: Expression, _ arguments: Arguments, at offset: Int, printing: Bool = false
    ) throws(TemplateFailure) -> TemplateValue {
        if case .name(let name) = callee.kind, name == .range, case .undefined = lookup(name) {
            return try range(try evaluate(arguments).0, at: offset)
        }
        if case .name(let name) = callee.kind, name == .super { return try renderSuper(at: offset) }
        if case .attribute(let base, let method) = callee.kind {
            let target = try evaluate(base)
            let (positional, _) = try evaluate(arguments)
            switch (target, method.text) {
            case (.loop(let loop), "cycle"):
                guard !positional.isEmpty else { throw failure(.filterArgument(filter: "loop.cycle", problem: "至少要一个参数"), at: offset) }
                return positional[loop.index0 % positional.count]
            case (.map(let map), "items"):
                return .list(map.pairs.map { .list([.string($0.key), $0.value]) })
            default:
                throw failure(.methodAccess(method.text, on: target.kindName), at: callee.offset)
            }
        }
        let target = try evaluate(callee)
        let (positional, keywords) = try evaluate(arguments)
        switch target {
        case .macro(let macro): return try call(macro, positional, keywords, at: offset, printing: printing)
        case .undefined(let name): throw failure(.undefined(name), at: callee.offset)
        default: throw failure(.notCallable(target.kindName), at: callee.offset)
        }
    }

    static let rangeLimit = 100_000

    private func range(_ arguments: [TemplateValue], at offset: Int) throws(TemplateFailure) -> TemplateValue {
        var numbers: [Int] = []
        for argument in arguments {
            guard case .integer(let number) = argument.asInteger else {
                throw failure(.filterArgument(filter: "range", problem: "的参数要是整数，却是\(argument.kindName)"), at: offset)
            }
            numbers.append(number)
        }
        let (start, stop, step): (Int, Int, Int)
        switch numbers.count {
        case 1: (start, stop, step) = (0, numbers[0], 1)
        case 2: (start, stop, step) = (numbers[0], numbers[1], 1)
        case 3: (start, stop, step) = (numbers[0], numbers[1], numbers[2])
        default: throw failure(.filterArgument(filter: "range", problem: "要 1 到 3 个参数"), at: offset)
        }
        guard step != 0 else { throw failure(.filterArgument(filter: "range", problem: "的步长不能为 0"), at: offset) }
        // Counted in 128 bits: range(-2**63, 2**63 - 1) spans more than Int holds.
        let span = step > 0 ? Int128(stop) - Int128(start) : Int128(start) - Int128(stop)
        let stride = Int128(step).magnitude
        let count = span <= 0 ? 0 : (UInt128(span) + stride - 1) / stride
        guard count <= Self.rangeLimit else { throw failure(.rangeTooLarge(limit: Self.rangeLimit), at: offset) }
        let total = Int(count)
        var items: [TemplateValue] = []
        items.reserveCapacity(total)
        var value = start
        for index in 0..<total {
            items.append(.integer(value))
            if index + 1 < total { value += step }
        }
        return .list(items)
    }
}
