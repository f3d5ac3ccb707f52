/// `{% for a, b in xs if cond %}…{% else %}…{% endfor %}` with `loop.*` (jinja-subset.md §2.4).
///
/// The filter runs first, so `loop.index` and `loop.length` count kept items; each iteration
/// has its own scope, so a `set` inside does not leak to the next iteration or after the loop.
extension TemplateParser {
    mutating func parseFor(at offset: Int, parser: inout ExpressionParser) throws(TemplateFailure) -> Node {
        var targets = [TemplateName(try parser.expectName("循环变量名"))]
        while parser.skip(operator: ",") { targets.append(TemplateName(try parser.expectName("循环变量名"))) }
        guard parser.skip(name: "in") else {
            throw TemplateFailure(.expected("「in」", found: parser.current.shown), at: parser.current.offset, in: file)
        }
        let iterable = try parser.parseExpression(allowConditional: false)
        let filter = parser.skip(name: "if") ? try parser.parseExpression() : nil
        if parser.isName("recursive") {
            throw TemplateFailure(.unsupported("递归循环「recursive」", hint: "用宏（macro）调用自己"), at: parser.current.offset, in: file)
        }
        try parser.expectEnd()
        let (body, end) = try parseBody(closing: "for", at: offset, alternatives: ["else"])
        var otherwise: [Node]?
        if end.name == "else" {
            let (elseBody, last) = try parseBody(closing: "for", at: offset, alternatives: ["else"])
            if last.name != "endfor" { throw TemplateFailure(.duplicateElse("for"), at: last.offset, in: file) }
            otherwise = elseBody
        }
        return .loop(ForLoop(targets: targets, iterable: iterable, filter: filter, body: body, otherwise: otherwise, offset: offset))
    }
}

extension Renderer {
    func renderLoop(_ loop: ForLoop) throws(TemplateFailure) {
        let iterable = try evaluate(loop.iterable)
        var items = try iterate(iterable, at: loop.iterable.offset)
        if let filter = loop.filter {
            var kept: [TemplateValue] = []
            pushScope()
            for item in items {
                try countStep()
                scopes[scopes.count - 1].removeAll(keepingCapacity: true)
                try bind(loop.targets, to: item, at: loop.offset)
                if try isTrue(try evaluate(filter), at: filter.offset) { kept.append(item) }
            }
            popScope()
            items = kept
        }
        guard !items.isEmpty else {
            if let otherwise = loop.otherwise { try render(otherwise) }
            return
        }
        let savedOffset = activeOffset
        activeOffset = loop.offset
        defer { activeOffset = savedOffset }
        pushScope()
        defer { popScope() }
        for (index, item) in items.enumerated() {
            try countStep()
            // A fresh scope for every iteration, reusing the dictionary's storage.
            scopes[scopes.count - 1].removeAll(keepingCapacity: true)
            try bind(loop.targets, to: item, at: loop.offset)
            setLocal(.loop, .loop(LoopState(index0: index, length: items.count, offset: loop.offset)))
            try render(loop.body)
        }
    }

    private func bind(_ targets: [TemplateName], to item: TemplateValue, at offset: Int) throws(TemplateFailure) {
        guard targets.count > 1 else {
            setLocal(targets[0], item)
            return
        }
        let parts = try iterate(item, at: offset)
        guard parts.count == targets.count else {
            throw failure(.typeMismatch(operation: "把一项拆成 \(targets.count) 个变量", kinds: "有 \(parts.count) 个元素的值"), at: offset)
        }
        for (name, part) in zip(targets, parts) { setLocal(name, part) }
    }
}

/// `loop.index`, `loop.first` … and `loop.cycle(…)`.
extension LoopState {
    func attribute(_ name: String) -> TemplateValue? {
        switch name {
        case "index": .integer(index0 + 1)
        case "index0": .integer(index0)
        case "revindex": .integer(length - index0)
        case "revindex0": .integer(length - index0 - 1)
        case "first": .bool(index0 == 0)
        case "last": .bool(index0 == length - 1)
        case "length": .integer(length)
        default: nil
        }
    }
}
