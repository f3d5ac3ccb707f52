import Foundation

/// The `format` filter: Python's `%` formatting with `%s %d %i %f %%`, flags `-` `0` `+`,
/// width and precision (`'%s：%s'|format('得分', 95)`, `'%05d'`, `'%.2f'`).
///
/// A pattern is read once per render into pieces (kept in `Renderer.formatPatterns`): a
/// template prints `'%.2f'|format(x)` for every amount, and reading the pattern character by
/// character each time cost more than the formatting. A problem in the pattern becomes a piece
/// of its own, so it is reported when the walk reaches it, after the arguments before it, as
/// when the pattern was read during the walk.
struct PrintfFormatter {
    let renderer: Renderer
    let offset: Int

    enum Piece {
        case literal(String)
        case conversion(Conversion)
        /// `%` at the very end of the pattern.
        case loneSign
        /// A width or precision past its limit (`%2000d`).
        case outOfRange(argument: String, value: Int, range: ClosedRange<Int>)
    }

    struct Conversion {
        var leftAligned = false
        var zeroPadded = false
        var signed = false
        var width = 0
        var precision: Int?
        var kind: Character = "s"
    }

    func format(_ pattern: String, _ arguments: [TemplateValue]) throws(TemplateFailure) -> String {
        let pieces: [Piece]
        if let known = renderer.formatPatterns[pattern] {
            pieces = known
        } else {
            pieces = Self.pieces(of: pattern)
            if renderer.formatPatterns.count < Self.rememberedPatterns { renderer.formatPatterns[pattern] = pieces }
        }
        var output = ""
        var remaining = arguments[...]
        for piece in pieces {
            switch piece {
            case .literal(let text): output += text
            case .loneSign: throw problem("的格式以单独的「%」结尾")
            case .outOfRange(let argument, let value, let range):
                throw renderer.failure(.argumentOutOfRange(filter: "format", argument: argument, value: value, range: range), at: offset)
            case .conversion(let conversion):
                guard let argument = remaining.popFirst() else { throw problem("的参数不够") }
                output += try text(of: argument, conversion)
            }
        }
        if !remaining.isEmpty { throw problem("的参数多了（格式里的「%」不够）") }
        return output
    }

    /// How many different patterns one render keeps read.
    static let rememberedPatterns = 64

    private func text(of argument: TemplateValue, _ conversion: Conversion) throws(TemplateFailure) -> String {
        var text: String
        switch conversion.kind {
        case "s": text = try renderer.string(of: argument, at: offset)
        case "d", "i":
            guard let number = argument.numericValue else { throw problem("的「%d」要数字，却是\(argument.kindName)") }
            text = "\(TemplateDecimal(number, scale: 0).rounded(to: 0, mode: number < 0 ? .up : .down))"
        case "f", "F":
            guard argument.isNumeric else { throw problem("的「%f」要数字，却是\(argument.kindName)") }
            // Rounded half-to-even on the exact value, in integers when units hold it.
            text = argument.asDecimal.rescaled(to: conversion.precision ?? 6, mode: .bankers).description
        default: throw problem("不支持「%\(conversion.kind)」")
        }
        if conversion.signed, conversion.kind != "s", !text.hasPrefix("-") { text = "+" + text }
        guard conversion.width > 0 else { return text }
        let padding = max(conversion.width - text.count, 0)
        if conversion.leftAligned {
            text += String(repeating: " ", count: padding)
        } else if conversion.zeroPadded, conversion.kind != "s" {
            let sign = text.hasPrefix("-") || text.hasPrefix("+") ? String(text.removeFirst()) : ""
            text = sign + String(repeating: "0", count: padding) + text
        } else {
            text = String(repeating: " ", count: padding) + text
        }
        return text
    }

    /// The pattern as literal text and conversions, character by character; reading stops at
    /// the first problem, which is the last piece.
    static func pieces(of pattern: String) -> [Piece] {
        var pieces: [Piece] = []
        var literal = ""
        var characters = pattern[...]
        while let character = characters.popFirst() {
            guard character == "%" else {
                literal.append(character)
                continue
            }
            var conversion = Conversion()
            while let next = characters.first, "-0+ ".contains(next) {
                switch characters.removeFirst() {
                case "-": conversion.leftAligned = true
                case "0": conversion.zeroPadded = true
                case "+": conversion.signed = true
                default: break
                }
            }
            var width = ""
            while let next = characters.first, next.isASCII, next.isNumber { width.append(characters.removeFirst()) }
            switch bounded(width, "宽度", 0...Renderer.widthLimit) {
            case .success(let value): conversion.width = value
            case .failure(let problem): return pieces + [.literal(literal), problem.piece]
            }
            if characters.first == "." {
                characters.removeFirst()
                var digits = ""
                while let next = characters.first, next.isASCII, next.isNumber { digits.append(characters.removeFirst()) }
                switch bounded(digits, "精度", Renderer.digitsRange) {
                case .success(let value): conversion.precision = value
                case .failure(let problem): return pieces + [.literal(literal), problem.piece]
                }
            }
            guard let kind = characters.popFirst() else { return pieces + [.literal(literal), .loneSign] }
            if kind == "%" {
                literal.append("%")
                continue
            }
            conversion.kind = kind
            if !literal.isEmpty { pieces.append(.literal(literal)) }
            literal = ""
            pieces.append(.conversion(conversion))
        }
        if !literal.isEmpty { pieces.append(.literal(literal)) }
        return pieces
    }

    /// A width or precision written in the pattern (`%8d`, `%.2f`), refused past `range`
    /// rather than padding a line with a billion spaces.
    private static func bounded(_ digits: String, _ name: String, _ range: ClosedRange<Int>) -> Result<Int, PieceProblem> {
        guard !digits.isEmpty else { return .success(0) }
        let value = Int(digits) ?? Int.max
        guard range.contains(value) else { return .failure(PieceProblem(piece: .outOfRange(argument: name, value: value, range: range))) }
        return .success(value)
    }

    private struct PieceProblem: Error {
        var piece: Piece
    }

    private func problem(_ text: String) -> TemplateFailure {
        renderer.failure(.filterArgument(filter: "format", problem: text), at: offset)
    }
}
