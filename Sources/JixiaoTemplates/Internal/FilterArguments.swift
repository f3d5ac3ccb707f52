/// A filter's arguments, found by position or keyword as Python binds them.
struct FilterArguments {
    let filter: String
    let positional: [TemplateValue]
    let keywords: [(String, TemplateValue)]
    let offset: Int
    let file: String

    /// The argument at `index` or named `name`, or nil when neither was given.
    func value(_ index: Int, _ name: String) -> TemplateValue? {
        if let keyword = keywords.first(where: { $0.0 == name }) { return keyword.1 }
        return index < positional.count ? positional[index] : nil
    }

    func bool(_ index: Int, _ name: String, default fallback: Bool) -> Bool {
        guard let value = value(index, name) else { return fallback }
        switch value {
        case .bool(let flag): return flag
        case .integer(let number): return number != 0
        case .none: return false
        default: return true
        }
    }

    func integer(_ index: Int, _ name: String, default fallback: Int) throws(TemplateFailure) -> Int {
        guard let value = value(index, name) else { return fallback }
        guard case .integer(let number) = value.asInteger else {
            throw TemplateFailure(.filterArgument(filter: filter, problem: "的参数「\(name)」要是整数，却是\(value.kindName)"), at: offset, in: file)
        }
        return number
    }

    /// An integer argument that must lie in `range` (a width, a digit count, a base): a value
    /// outside it is an error, never clamped or wrapped.
    func integer(_ index: Int, _ name: String, default fallback: Int, in range: ClosedRange<Int>) throws(TemplateFailure) -> Int {
        let number = try integer(index, name, default: fallback)
        guard range.contains(number) else {
            throw TemplateFailure(.argumentOutOfRange(filter: filter, argument: name, value: number, range: range), at: offset, in: file)
        }
        return number
    }

    func string(_ index: Int, _ name: String) throws(TemplateFailure) -> String? {
        guard let value = value(index, name) else { return nil }
        guard case .string(let text) = value.plainString else {
            throw TemplateFailure(.filterArgument(filter: filter, problem: "的参数「\(name)」要是文字，却是\(value.kindName)"), at: offset, in: file)
        }
        return text
    }

    /// Fails unless no argument beyond `count` positional ones and the `names` keywords was given.
    func allow(_ count: Int, _ names: [String]) throws(TemplateFailure) {
        if positional.count > count {
            throw TemplateFailure(.filterArgument(filter: filter, problem: "最多接受 \(count) 个参数"), at: offset, in: file)
        }
        for (name, _) in keywords where !names.contains(name) {
            throw TemplateFailure(.filterArgument(filter: filter, problem: "没有名为「\(name)」的参数"), at: offset, in: file)
        }
    }
}
