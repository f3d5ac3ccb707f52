import Foundation

/// The `format` filter: Python's `%` formatting with `%s %d %i %f %%`, flags `-` `0` `+`,
/// width and precision (`'%s：%s'|format('得分', 95)`, `'%05d'`, `'%.2f'`).
struct PrintfFormatter {
    let renderer: Renderer
    let offset: Int

    func format(_ pattern: String, _ arguments: [TemplateValue]) throws(TemplateFailure) -> String {
        var output = ""
        var remaining = arguments[...]
        var characters = pattern[...]
        while let character = characters.popFirst() {
            guard character == "%" else {
                output.append(character)
                continue
            }
            var flags = ""
            while let next = characters.first, "-0+ ".contains(next) { flags.append(characters.removeFirst()) }
            var width = ""
            while let next = characters.first, next.isASCII, next.isNumber { width.append(characters.removeFirst()) }
            let widthValue = try bounded(width, "宽度", 0...Renderer.widthLimit)
            var precision: Int?
            if characters.first == "." {
                characters.removeFirst()
                var digits = ""
                while let next = characters.first, next.isASCII, next.isNumber { digits.append(characters.removeFirst()) }
                precision = try bounded(digits, "精度", Renderer.digitsRange)
            }
            guard let conversion = characters.popFirst() else { throw problem("的格式以单独的「%」结尾") }
            if conversion == "%" {
                output.append("%")
                continue
            }
            guard let argument = remaining.popFirst() else { throw problem("的参数不够") }
            var text: String
            switch conversion {
            case "s": text = try renderer.string(of: argument, at: offset)
            case "d", "i":
                guard let number = argument.numericValue else { throw problem("的「%d」要数字，却是\(argument.kindName)") }
                text = "\(TemplateDecimal(number, scale: 0).rounded(to: 0, mode: number < 0 ? .up : .down))"
            case "f", "F":
                guard argument.isNumeric else { throw problem("的「%f」要数字，却是\(argument.kindName)") }
                // Rounded half-to-even on the exact value, in integers when units hold it.
                text = argument.asDecimal.rescaled(to: precision ?? 6, mode: .bankers).description
            default: throw problem("不支持「%\(conversion)」")
            }
            if flags.contains("+"), conversion != "s", !text.hasPrefix("-") { text = "+" + text }
            let padding = max(widthValue - text.count, 0)
            if flags.contains("-") {
                text += String(repeating: " ", count: padding)
            } else if flags.contains("0"), conversion != "s" {
                let sign = text.hasPrefix("-") || text.hasPrefix("+") ? String(text.removeFirst()) : ""
                text = sign + String(repeating: "0", count: padding) + text
            } else {
                text = String(repeating: " ", count: padding) + text
            }
            output += text
        }
        if !remaining.isEmpty { throw problem("的参数多了（格式里的「%」不够）") }
        return output
    }

    /// A width or precision written in the pattern (`%8d`, `%.2f`), refused past `range`
    /// rather than padding a line with a billion spaces.
    private func bounded(_ digits: String, _ name: String, _ range: ClosedRange<Int>) throws(TemplateFailure) -> Int {
        guard !digits.isEmpty else { return 0 }
        let value = Int(digits) ?? Int.max
        guard range.contains(value) else {
            throw renderer.failure(.argumentOutOfRange(filter: "format", argument: name, value: value, range: range), at: offset)
        }
        return value
    }

    private func problem(_ text: String) -> TemplateFailure {
        renderer.failure(.filterArgument(filter: "format", problem: text), at: offset)
    }
}
