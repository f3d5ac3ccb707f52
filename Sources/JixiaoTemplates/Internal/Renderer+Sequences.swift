import Foundation

/// The sequence filters' machinery: attributes named by argument, stable sorting, `max`,
/// `map`, and `select`/`reject` with their `attr` forms.
extension Renderer {
    /// An attribute named by a filter argument: `'名称'` or a dotted path `'单位.名称'`.
    func lookupAttribute(_ attribute: TemplateValue, of item: TemplateValue) throws(TemplateFailure) -> TemplateValue {
        if case .integer = attribute { return try self.item(attribute, of: item, at: 0) }
        guard case .string(let path) = attribute.plainString else { return .undefined("attribute") }
        if !path.utf8.contains(UInt8(ascii: ".")) { return try self.item(.string(path), of: item, at: 0) }
        var current = item
        for part in path.split(separator: ".") {
            if let index = Int(part), case .list = current {
                current = try self.item(.integer(index), of: current, at: 0)
            } else {
                current = try self.item(.string(String(part)), of: current, at: 0)
            }
        }
        return current
    }

    /// `lookupAttribute` for every item of a sequence, a plain key hashed once instead of per
    /// item (`明细|sum(attribute='决算')`).
    func attributeReader(_ attribute: TemplateValue) -> (TemplateValue) throws(TemplateFailure) -> TemplateValue {
        if case .string(let path) = attribute.plainString, !path.utf8.contains(UInt8(ascii: ".")) {
            let name = TemplateName(path)
            return { item throws(TemplateFailure) in
                if case .map(let map) = item { return map[name: name] ?? .undefined(path) }
                return try self.item(.string(path), of: item, at: 0)
            }
        }
        return { item throws(TemplateFailure) in try self.lookupAttribute(attribute, of: item) }
    }

    func sortKey(_ item: TemplateValue, attribute: TemplateValue?, caseSensitive: Bool) throws(TemplateFailure) -> TemplateValue {
        let key = try attribute.map { a throws(TemplateFailure) in try lookupAttribute(a, of: item) } ?? item
        if !caseSensitive, case .string(let text) = key.plainString { return .string(text.lowercased()) }
        return key
    }

    /// A stable sort; `arguments` positions: reverse, case_sensitive, attribute.
    func sorted(_ items: [TemplateValue], _ arguments: FilterArguments, reverse: Bool) throws(TemplateFailure) -> [TemplateValue] {
        let caseSensitive = arguments.bool(1, "case_sensitive", default: false)
        let attribute = arguments.value(2, "attribute")
        var keyed: [(TemplateValue, TemplateValue)] = []
        for item in items { keyed.append((try sortKey(item, attribute: attribute, caseSensitive: caseSensitive), item)) }
        var failure: TemplateFailure?
        let offset = arguments.offset
        let ordered = keyed.enumerated().sorted { a, b in
            do {
                let order = try ordering(a.element.0, b.element.0, at: offset)
                if order == 0 { return a.offset < b.offset }
                return reverse ? order > 0 : order < 0
            } catch {
                failure = error as? TemplateFailure
                return false
            }
        }
        if let failure { throw failure }
        return ordered.map { $0.element.1 }
    }

    func maximum(_ items: [TemplateValue], _ arguments: FilterArguments) throws(TemplateFailure) -> TemplateValue {
        let caseSensitive = arguments.bool(0, "case_sensitive", default: false)
        let attribute = arguments.value(1, "attribute")
        var best = items[0]
        var bestKey = try sortKey(best, attribute: attribute, caseSensitive: caseSensitive)
        for item in items.dropFirst() {
            let key = try sortKey(item, attribute: attribute, caseSensitive: caseSensitive)
            if try ordering(key, bestKey, at: arguments.offset) > 0 {
                best = item
                bestKey = key
            }
        }
        return best
    }

    func mapItems(_ items: [TemplateValue], _ positional: [TemplateValue], _ keywords: [(String, TemplateValue)], at offset: Int) throws(TemplateFailure) -> [TemplateValue] {
        if let attribute = keywords.first(where: { $0.0 == "attribute" })?.1 {
            let fallback = keywords.first(where: { $0.0 == "default" })?.1
            return try items.map { item throws(TemplateFailure) in
                let value = try lookupAttribute(attribute, of: item)
                if case .undefined = value, let fallback { return fallback }
                return value
            }
        }
        guard case .string(let name) = positional.first?.plainString else {
            throw failure(.filterArgument(filter: "map", problem: "要写「attribute='名称'」或一个过滤器名"), at: offset)
        }
        let filter = try FilterCatalog.filter(named: name, at: offset, in: file)
        return try items.map { item throws(TemplateFailure) in try apply(filter, to: item, Array(positional.dropFirst()), keywords, at: offset) }
    }

    func select(_ items: [TemplateValue], filter: Filter, _ positional: [TemplateValue], at offset: Int) throws(TemplateFailure) -> [TemplateValue] {
        let byAttribute = filter == .selectattr || filter == .rejectattr
        let keep = filter == .select || filter == .selectattr
        var arguments = positional
        var attribute: TemplateValue?
        if byAttribute {
            guard !arguments.isEmpty else { throw failure(.filterArgument(filter: filter.name, problem: "要写属性名"), at: offset) }
            attribute = arguments.removeFirst()
        }
        var test: Test?
        if !arguments.isEmpty {
            guard case .string(let name) = arguments.removeFirst().plainString else {
                throw failure(.filterArgument(filter: filter.name, problem: "的测试名要是文字"), at: offset)
            }
            test = try FilterCatalog.test(named: name, at: offset, in: file)
        }
        var kept: [TemplateValue] = []
        for item in items {
            let subject = try attribute.map { a throws(TemplateFailure) in try lookupAttribute(a, of: item) } ?? item
            let passes: Bool
            if let test { passes = try apply(test, to: subject, arguments, at: offset) } else { passes = try isTrue(subject, at: offset) }
            if passes == keep { kept.append(item) }
        }
        return kept
    }
}
