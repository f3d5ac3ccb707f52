import Foundation

/// Jinja2's built-in filters in the subset (jinja-subset.md §2.2, §2.9), one `case` each.
/// jixiao's own report filters are in `ReportFilters.swift`.
extension Renderer {
    func apply(
        _ filter: Filter, to value: TemplateValue, _ positional: [TemplateValue], _ keywords: [(String, TemplateValue)], at offset: Int
    ) throws(TemplateFailure) -> TemplateValue {
        let name = filter.name
        let arguments = FilterArguments(filter: name, positional: positional, keywords: keywords, offset: offset, file: file)
        if filter == .default || filter == .d {
            try arguments.allow(2, ["default_value", "boolean"])
            let replacement = arguments.value(0, "default_value") ?? .string("")
            if case .undefined = value { return replacement }
            if arguments.bool(1, "boolean", default: false), !(try isTrue(value, at: offset)) { return replacement }
            return value
        }
        if case .undefined(let missing) = value { throw failure(.undefined(missing), at: offset) }
        switch filter {
        case .length, .count:
            try arguments.allow(0, [])
            switch value {
            case .string(let text), .markup(let text): return .integer(text.unicodeScalars.count)
            case .list(let items): return .integer(items.count)
            case .map(let map): return .integer(map.count)
            case .lazy: throw failure(.lazySequence(name), at: offset)
            default: throw failure(.typeMismatch(operation: "「\(name)」", kinds: value.kindName), at: offset)
            }
        case .join:
            try arguments.allow(2, ["d", "attribute"])
            let separator = arguments.value(0, "d") ?? .string("")
            var items = try iterate(value, at: offset)
            if let attribute = arguments.value(1, "attribute") {
                let read = attributeReader(attribute)
                items = try items.map { item throws(TemplateFailure) in try read(item) }
            }
            return try join(items, separator: separator, at: offset)
        case .upper, .lower, .capitalize, .title, .trim:
            try arguments.allow(filter == .trim ? 1 : 0, filter == .trim ? ["chars"] : [])
            let text = try string(of: value, at: offset)
            let result: String
            switch filter {
            case .upper: result = text.uppercased()
            case .lower: result = text.lowercased()
            case .capitalize: result = text.prefix(1).uppercased() + text.dropFirst().lowercased()
            case .title: result = Self.titleCase(text)
            default: result = Self.strip(text, characters: try arguments.string(0, "chars"))
            }
            return value.keepingSafety(result)
        case .replace:
            try arguments.allow(3, ["old", "new", "count"])
            guard let old = try arguments.string(0, "old"), let new = try arguments.string(1, "new") else {
                throw failure(.filterArgument(filter: name, problem: "要两个参数：原文字和新文字"), at: offset)
            }
            let limit = try arguments.integer(2, "count", default: -1)
            return value.keepingSafety(Self.replace(try string(of: value, at: offset), old, new, limit: limit))
        case .first, .last:
            try arguments.allow(0, [])
            let items = try iterate(value, at: offset)
            return (filter == .first ? items.first : items.last) ?? .undefined(filter == .first ? "空列表的第一项" : "空列表的最后一项")
        case .sort:
            try arguments.allow(3, ["reverse", "case_sensitive", "attribute"])
            return .list(try sorted(try iterate(value, at: offset), arguments, reverse: arguments.bool(0, "reverse", default: false)))
        case .reverse:
            try arguments.allow(0, [])
            if case .string(let text) = value { return .string(String(String.UnicodeScalarView(text.unicodeScalars.reversed()))) }
            if case .markup(let text) = value { return .markup(String(String.UnicodeScalarView(text.unicodeScalars.reversed()))) }
            return .lazy(try iterate(value, at: offset).reversed())
        case .sum:
            try arguments.allow(2, ["attribute", "start"])
            var total = arguments.value(1, "start") ?? .integer(0)
            let read = arguments.value(0, "attribute").map(attributeReader)
            for item in try iterate(value, at: offset) {
                let operand = try read.map { read throws(TemplateFailure) in try read(item) } ?? item
                total = try arithmetic(.add, total, operand, at: offset)
            }
            return total
        case .min, .max:
            try arguments.allow(2, ["case_sensitive", "attribute"])
            let items = try iterate(value, at: offset)
            let ordered = try sorted(items, FilterArguments(filter: name, positional: [.bool(false)] + positional, keywords: keywords, offset: offset, file: file), reverse: false)
            guard !ordered.isEmpty else { return .undefined(filter == .min ? "空列表的最小值" : "空列表的最大值") }
            return filter == .min ? ordered.first! : try maximum(items, arguments)
        case .abs:
            try arguments.allow(0, [])
            guard value.isNumeric else { throw failure(.typeMismatch(operation: "「abs」", kinds: value.kindName), at: offset) }
            return value.numericValue! < 0 ? try negate(value, at: offset) : value.asIntegerIfBool
        case .int:
            try arguments.allow(2, ["default", "base"])
            return try toInteger(value, default: arguments.value(0, "default") ?? .integer(0), base: try arguments.integer(1, "base", default: 10, in: 2...36), at: offset)
        case .float:
            try arguments.allow(1, ["default"])
            return toDecimal(value) ?? arguments.value(0, "default") ?? .decimal(TemplateDecimal(0, scale: 1))
        case .round:
            try arguments.allow(2, ["precision", "method"])
            return try round(value, precision: try arguments.integer(0, "precision", default: 0, in: Self.digitsRange), method: try arguments.string(1, "method") ?? "common", at: offset)
        case .string:
            try arguments.allow(0, [])
            if case .markup = value { return value }
            return .string(try string(of: value, at: offset))
        case .list:
            try arguments.allow(0, [])
            return .list(try iterate(value, at: offset))
        case .map:
            return .lazy(try mapItems(try iterate(value, at: offset), positional, keywords, at: offset))
        case .select, .reject, .selectattr, .rejectattr:
            return .lazy(try select(try iterate(value, at: offset), filter: filter, positional, at: offset))
        case .items:
            try arguments.allow(0, [])
            guard case .map(let map) = value else { throw failure(.typeMismatch(operation: "「items」", kinds: value.kindName), at: offset) }
            return .lazy(map.pairs.map { .list([.string($0.key), $0.value]) })
        case .dictsort:
            try arguments.allow(3, ["case_sensitive", "by", "reverse"])
            guard case .map(let map) = value else { throw failure(.typeMismatch(operation: "「dictsort」", kinds: value.kindName), at: offset) }
            let byValue = try arguments.string(1, "by") == "value"
            let pairs: [TemplateValue] = map.pairs.map { .list([.string($0.key), $0.value]) }
            let keyed = FilterArguments(filter: name, positional: [.bool(arguments.bool(2, "reverse", default: false)), .bool(arguments.bool(0, "case_sensitive", default: false)), .integer(byValue ? 1 : 0)], keywords: [], offset: offset, file: file)
            return .list(try sorted(pairs, keyed, reverse: arguments.bool(2, "reverse", default: false)))
        case .unique:
            try arguments.allow(2, ["case_sensitive", "attribute"])
            var seen: [TemplateValue] = []
            var kept: [TemplateValue] = []
            for item in try iterate(value, at: offset) {
                let key = try sortKey(item, attribute: arguments.value(1, "attribute"), caseSensitive: arguments.bool(0, "case_sensitive", default: false))
                if !seen.contains(key) {
                    seen.append(key)
                    kept.append(item)
                }
            }
            return .lazy(kept)
        case .escape, .e:
            try arguments.allow(0, [])
            if case .markup = value { return value }
            return .markup(OutputFormat.escapeHTML(try string(of: value, at: offset)))
        case .safe:
            try arguments.allow(0, [])
            return .markup(try string(of: value, at: offset))
        case .format:
            return .string(try PrintfFormatter(renderer: self, offset: offset).format(try string(of: value, at: offset), positional))
        case .indent:
            try arguments.allow(3, ["width", "first", "blank"])
            let indentation: String
            if case .string(let text) = arguments.value(0, "width") { indentation = text } else {
                indentation = String(repeating: " ", count: try arguments.integer(0, "width", default: 4, in: 0...Self.widthLimit))
            }
            let text = try string(of: value, at: offset)
            let lines = text.utf8.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            guard indentation.utf8.count <= (Self.repetitionLimit - text.utf8.count) / lines else {
                throw failure(.rangeTooLarge(limit: Self.repetitionLimit), at: offset)
            }
            let result = Self.indent(text, by: indentation, first: arguments.bool(1, "first", default: false), blank: arguments.bool(2, "blank", default: false))
            return value.keepingSafety(result)
        default:
            return try applyReportFilter(filter, to: value, arguments)
        }
    }

    /// `join`: plain strings make one plain string (escaped as a whole when printed); if the
    /// separator or an item is safe text, every plain part is escaped and the result is safe.
    private func join(_ items: [TemplateValue], separator: TemplateValue, at offset: Int) throws(TemplateFailure) -> TemplateValue {
        let anySafe = format.escapes && ([separator] + items).contains { if case .markup = $0 { true } else { false } }
        func part(_ value: TemplateValue) throws(TemplateFailure) -> String {
            let text = try string(of: value, at: offset)
            if anySafe, case .markup = value { return text }
            return anySafe ? OutputFormat.escapeHTML(text) : text
        }
        var texts: [String] = []
        for item in items { texts.append(try part(item)) }
        let joined = texts.joined(separator: try part(separator))
        return anySafe ? .markup(joined) : .string(joined)
    }

    /// Jinja's `int`: text that is not a number gives `default`; a number too big for 64 bits
    /// is an error (Python would keep it, and wrapping it would print a wrong figure).
    private func toInteger(_ value: TemplateValue, default fallback: TemplateValue, base: Int, at offset: Int) throws(TemplateFailure) -> TemplateValue {
        switch value {
        case .integer, .bool: return value.asInteger
        case .decimal(let number):
            guard let whole = TemplateDecimal(number.rounded(to: 0, mode: number.value < 0 ? .up : .down), scale: 0).exactInteger else {
                throw failure(.integerOverflow, at: offset)
            }
            return .integer(whole)
        case .string(let text), .markup(let text):
            let trimmed = Self.strip(text, characters: nil).replacingOccurrences(of: "_", with: "")
            if let number = Int(trimmed, radix: base) { return .integer(number) }
            let digits = trimmed.first == "-" || trimmed.first == "+" ? trimmed.dropFirst() : trimmed[...]
            if !digits.isEmpty, digits.allSatisfy({ Int(String($0), radix: 36).map { $0 < base } ?? false }) {
                throw failure(.integerOverflow, at: offset)
            }
            if base == 10, let number = TemplateDecimal(trimmed), !trimmed.contains(where: { $0.isLetter && $0 != "e" && $0 != "E" }) {
                return try toInteger(.decimal(number), default: fallback, base: 10, at: offset)
            }
            return fallback
        default: return fallback
        }
    }

    private func toDecimal(_ value: TemplateValue) -> TemplateValue? {
        switch value {
        case .integer, .bool: return .decimal(TemplateDecimal(value.numericValue!, scale: 1))
        case .decimal(let number): return .decimal(number.rescaled(to: max(number.scale, 1)))
        case .string(let text), .markup(let text):
            let trimmed = Self.strip(text, characters: nil)
            guard let number = TemplateDecimal(trimmed), !trimmed.contains(where: { $0.isLetter && $0 != "e" && $0 != "E" }) else { return nil }
            return .decimal(number.rescaled(to: max(number.scale, 1)))
        default: return nil
        }
    }

    /// Integers stay integers; decimals round half-up to `precision` (jixiao's deliberate
    /// difference from Python's half-even); `floor` and `ceil` give decimals like `7.0`.
    private func round(_ value: TemplateValue, precision: Int, method: String, at offset: Int) throws(TemplateFailure) -> TemplateValue {
        guard value.isNumeric else { throw failure(.typeMismatch(operation: "「round」", kinds: value.kindName), at: offset) }
        let mode: NSDecimalNumber.RoundingMode
        switch method {
        case "common": mode = .plain
        case "floor": mode = .down
        case "ceil": mode = .up
        default: throw failure(.filterArgument(filter: "round", problem: "的 method 只能是 common、floor 或 ceil"), at: offset)
        }
        if method == "common", case .integer = value.asInteger, precision >= 0 { return value.asInteger }
        let rounded = value.asDecimal.rescaled(to: precision, mode: mode)
        return .decimal(method == "common" ? rounded : rounded.rescaled(to: max(precision, 1)))
    }
}

private extension TemplateValue {
    /// The result of a string filter keeps the input's safety.
    func keepingSafety(_ text: String) -> TemplateValue {
        if case .markup = self { return .markup(text) }
        return .string(text)
    }

    var asIntegerIfBool: TemplateValue {
        if case .bool = self { return asInteger }
        return self
    }
}
