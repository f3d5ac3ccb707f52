/// String helpers with Python's meaning (`title`, `strip`, `replace`, `indent`).
extension Renderer {
    /// Jinja's `title`: words begin after white space, `-`, `(`, `{`, `[` or `<`; the first
    /// letter of each is upper-cased, the rest lower-cased.
    static func titleCase(_ text: String) -> String {
        var result = ""
        var atWordStart = true
        for character in text {
            let isBoundary = character.isWhitespace || "-({[<".contains(character)
            if isBoundary {
                result.append(character)
                atWordStart = true
            } else {
                result += atWordStart ? character.uppercased() : character.lowercased()
                atWordStart = false
            }
        }
        return result
    }

    /// Python's `str.strip()`: Unicode white space (the ideographic space too), or `characters`.
    static func strip(_ text: String, characters: String?) -> String {
        let scalars = text.unicodeScalars
        let shouldStrip: (Unicode.Scalar) -> Bool =
            characters.map { set in { set.unicodeScalars.contains($0) } } ?? { $0.properties.isWhitespace || (0x1C...0x1F).contains($0.value) }
        guard let first = scalars.firstIndex(where: { !shouldStrip($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !shouldStrip($0) })!
        return String(scalars[first...last])
    }

    /// Python's `str.replace(old, new, count)`; an empty `old` inserts `new` between characters.
    static func replace(_ text: String, _ old: String, _ new: String, limit: Int) -> String {
        var remaining = limit < 0 ? Int.max : limit
        if old.isEmpty {
            var result = ""
            for scalar in text.unicodeScalars {
                if remaining > 0 { result += new; remaining -= 1 }
                result.unicodeScalars.append(scalar)
            }
            if remaining > 0 { result += new }
            return result
        }
        var result = ""
        var rest = Substring(text)
        while remaining > 0, let range = rest.range(of: old) {
            result += rest[..<range.lowerBound] + new
            rest = rest[range.upperBound...]
            remaining -= 1
        }
        return result + rest
    }

    /// Jinja's `indent`: every line but the first, blank lines only with `blank`.
    static func indent(_ text: String, by indentation: String, first: Bool, blank: Bool) -> String {
        var lines = (text + "\n").split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines.removeLast()
        var result: String
        if blank {
            result = lines.joined(separator: "\n" + indentation)
        } else {
            result = lines.isEmpty ? "" : lines.removeFirst()
            if !lines.isEmpty {
                result += "\n" + lines.map { $0.isEmpty ? $0 : indentation + $0 }.joined(separator: "\n")
            }
        }
        return first ? indentation + result : result
    }
}
