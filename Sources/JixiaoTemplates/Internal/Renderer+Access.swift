import Foundation

/// What `for` walks through and what `.name`, `[key]` and `[a:b]` reach, with Python method
/// names refused (jinja-subset.md §2.2 "Out").
extension Renderer {
    /// What `for` walks through: list items, mapping keys, string characters (code points).
    func iterate(_ value: TemplateValue, at offset: Int) throws(TemplateFailure) -> [TemplateValue] {
        switch value {
        case .list(let items), .lazy(let items): return items
        case .map(let map): return map.keys.map { .string($0) }
        case .string(let text): return text.unicodeScalars.map { .string(String($0)) }
        case .markup(let text): return text.unicodeScalars.map { .markup(String($0)) }
        case .undefined(let name): throw failure(.undefined(name), at: offset)
        default: throw failure(.notIterable(value.kindName), at: offset)
        }
    }

    static let mapMethods: Set = ["items", "keys", "values", "get", "pop", "update", "copy", "clear", "setdefault", "popitem", "fromkeys"]
    static let listMethods: Set = ["append", "count", "index", "extend", "insert", "pop", "remove", "reverse", "sort", "copy", "clear"]
    static let stringMethods: Set = ["upper", "lower", "strip", "lstrip", "rstrip", "split", "rsplit", "splitlines", "replace", "format",
                                     "startswith", "endswith", "join", "count", "index", "find", "rfind", "title", "capitalize",
                                     "center", "ljust", "rjust", "zfill", "encode", "isdigit", "isalpha", "partition", "casefold",
                                     "swapcase", "expandtabs", "isspace", "isupper", "islower", "isnumeric", "isdecimal"]

    /// `a.b`: a mapping's key, or `loop.index` and its kin; Python method names are refused.
    func attribute(_ name: TemplateName, of value: TemplateValue, at offset: Int) throws(TemplateFailure) -> TemplateValue {
        switch value {
        case .map(let map):
            if name.isASCII, Self.mapMethods.contains(name.text) { throw failure(.methodAccess(name.text, on: "键值表"), at: offset) }
            return map[name: name] ?? .undefined(name.text)
        case .list, .lazy:
            if Self.listMethods.contains(name.text) { throw failure(.methodAccess(name.text, on: "列表"), at: offset) }
            return .undefined(name.text)
        case .string, .markup:
            if Self.stringMethods.contains(name.text) { throw failure(.methodAccess(name.text, on: "文字"), at: offset) }
            return .undefined(name.text)
        case .loop(let loop):
            if let attribute = loop.attribute(name.text) { return attribute }
            throw failure(.unsupported("「loop.\(name.text)」", hint: "可用 loop.index、index0、revindex、revindex0、first、last、length、cycle()"), at: offset)
        case .undefined(let base): throw failure(.undefined(base), at: offset)
        default: return .undefined(name.text)
        }
    }

    /// `a['b']`, `xs[0]`, `xs[-1]`; a missing key or index is undefined.
    func item(_ key: TemplateValue, of value: TemplateValue, at offset: Int) throws(TemplateFailure) -> TemplateValue {
        switch (value, key.asInteger) {
        case (.undefined(let base), _): throw failure(.undefined(base), at: offset)
        case (.map(let map), _):
            guard case .string(let text) = key.plainString else { return .undefined(String(describing: key)) }
            return map[text] ?? .undefined(text)
        case (.list(let items), .integer(let index)):
            let position = index < 0 ? items.count + index : index
            return items.indices.contains(position) ? items[position] : .undefined("[\(index)]")
        case (.string(let text), .integer(let index)), (.markup(let text), .integer(let index)):
            let scalars = Array(text.unicodeScalars)
            let position = index < 0 ? scalars.count + index : index
            return scalars.indices.contains(position) ? .string(String(scalars[position])) : .undefined("[\(index)]")
        case (.loop(let loop), _):
            guard case .string(let name) = key.plainString else { return .undefined("loop") }
            return try attribute(TemplateName(name), of: .loop(loop), at: offset)
        default: return .undefined("[…]")
        }
    }

    /// `s[1:3]`, `xs[::-1]` with Python's slice rules.
    func slice(_ value: TemplateValue, start: TemplateValue?, stop: TemplateValue?, step: TemplateValue?, at offset: Int) throws(TemplateFailure) -> TemplateValue {
        func integer(_ bound: TemplateValue?) throws(TemplateFailure) -> Int? {
            guard let bound, !(bound == .none) else { return nil }
            guard case .integer(let number) = bound.asInteger else {
                throw failure(.typeMismatch(operation: "切片", kinds: bound.kindName), at: offset)
            }
            return number
        }
        let stepValue = try integer(step) ?? 1
        guard stepValue != 0 else { throw failure(.filterArgument(filter: "切片", problem: "的步长不能为 0"), at: offset) }
        func indices(count: Int) throws(TemplateFailure) -> [Int] {
            func clamp(_ bound: Int?, _ fallback: Int) -> Int {
                guard var bound else { return fallback }
                if bound < 0 { bound += count }
                return stepValue > 0 ? min(max(bound, 0), count) : min(max(bound, -1), count - 1)
            }
            let first = clamp(try integer(start), stepValue > 0 ? 0 : count - 1)
            let last = clamp(try integer(stop), stepValue > 0 ? count : -1)
            return Array(stride(from: first, to: last, by: stepValue))
        }
        switch value {
        case .list(let items): return .list(try indices(count: items.count).map { items[$0] })
        case .string(let text), .markup(let text):
            let scalars = Array(text.unicodeScalars)
            var result = String.UnicodeScalarView()
            for index in try indices(count: scalars.count) { result.append(scalars[index]) }
            return .string(String(result))
        case .undefined(let name): throw failure(.undefined(name), at: offset)
        default: throw failure(.typeMismatch(operation: "切片", kinds: value.kindName), at: offset)
        }
    }
}
