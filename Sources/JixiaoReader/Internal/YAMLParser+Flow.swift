/// Flow collections, `[甲, 乙]` and `{分值: 10, 得分: 9}`, which may span lines.
extension YAMLParser {
    /// A node inside brackets (or the bracketed collection itself) at `index`.
    mutating func parseFlowNode() throws(ReadFailure) -> DataNode {
        let start = index
        let first = bytes[start]
        try refuseUnsupportedStart(at: start)
        let startPosition = position(of: start)
        switch first {
        case .openBracket: return try parseFlowSequence()
        case .openBrace: return try parseFlowMapping()
        case .doubleQuote, .singleQuote:
            return DataNode(.string(try parseQuoted()), at: startPosition)
        case .comma:
            throw ReadFailure(.expectedInFlow("一项内容，两个逗号之间不能是空的"), at: start)
        case .closeBracket, .closeBrace, UInt8(ascii: "|"), UInt8(ascii: ">"), .hash:
            throw ReadFailure(.cannotStartValue(Character(UnicodeScalar(first))), at: start)
        case .dash where isBlankOrLineEnd(start + 1) || (start + 1 < bytes.count && [.comma, .closeBracket, .closeBrace].contains(bytes[start + 1])):
            // `[-]`, `[a, -]`: a lone `-` cannot start a plain scalar inside brackets (YAML 1.2 §7.3.3).
            throw ReadFailure(.cannotStartValue("-"), at: start)
        default:
            let text = readFlowPlain()
            return DataNode(try ScalarResolver.value(ofPlain: text, at: start), at: startPosition)
        }
    }

    private mutating func parseFlowSequence() throws(ReadFailure) -> DataNode {
        let open = index
        try enterNesting(at: open)
        defer { depth -= 1 }
        index += 1
        let listPosition = position(of: open)
        var items: [DataNode] = []
        while true {
            try skipFlowSpace(open: open, bracket: "[")
            if bytes[index] == .closeBracket { break }
            items.append(try parseFlowNode())
            try skipFlowSpace(open: open, bracket: "[")
            if bytes[index] == .colon {
                throw ReadFailure(.unsupported(.pairInFlowSequence), at: index)
            }
            if bytes[index] == .comma {
                index += 1
                continue
            }
            if bytes[index] == .closeBracket { break }
            throw ReadFailure(.expectedInFlow("逗号「,」或「]」"), at: index)
        }
        index += 1
        return DataNode(.list(items), at: listPosition)
    }

    private mutating func parseFlowMapping() throws(ReadFailure) -> DataNode {
        let open = index
        try enterNesting(at: open)
        defer { depth -= 1 }
        index += 1
        let mapPosition = position(of: open)
        var map = DataMap()
        while true {
            try skipFlowSpace(open: open, bracket: "{")
            if bytes[index] == .closeBrace { break }
            let keyStart = index
            if bytes[keyStart] == .openBracket || bytes[keyStart] == .openBrace {
                throw ReadFailure(.unsupported(.complexKey), at: keyStart)
            }
            let keyNode = try parseFlowNode()
            let key = flowKeyText(keyNode, from: keyStart)
            if key.isEmpty { throw ReadFailure(.emptyKey, at: keyStart) }
            if let first = map.entry(forKey: key) {
                throw ReadFailure(.duplicateKey(key, firstLine: first.keyPosition.line), at: keyStart)
            }
            try skipFlowSpace(open: open, bracket: "{")
            var value = DataNode(.null, at: position(of: index))
            if bytes[index] == .colon {
                index += 1
                try skipFlowSpace(open: open, bracket: "{")
                if bytes[index] != .comma, bytes[index] != .closeBrace {
                    value = try parseFlowNode()
                }
            }
            map.append(.init(key: key, keyPosition: keyNode.position, value: value))
            try skipFlowSpace(open: open, bracket: "{")
            if bytes[index] == .comma {
                index += 1
                continue
            }
            if bytes[index] == .closeBrace { break }
            throw ReadFailure(.expectedInFlow("逗号「,」或「}」"), at: index)
        }
        index += 1
        return DataNode(.map(map), at: mapPosition)
    }

    /// The key as written: a quoted key's text, a plain key's characters.
    private func flowKeyText(_ node: DataNode, from start: Int) -> String {
        if case .string(let text) = node.value { return text }
        var end = index
        while end > start, bytes[end - 1].isBlank || bytes[end - 1] == .newline { end -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// Skips white space, line breaks and comments; fails at the end of the text, or at a
    /// line indented like the block around the brackets (a closing bracket was forgotten).
    private mutating func skipFlowSpace(open: Int, bracket: Character) throws(ReadFailure) {
        while index < bytes.count {
            let byte = bytes[index]
            if byte == .newline {
                index += 1
                if lineLeavesFlow(at: index) { throw ReadFailure(.unterminatedFlow(bracket), at: open) }
            } else if byte.isBlank {
                index += 1
            } else if byte == .hash, index > 0, bytes[index - 1].isBlank || bytes[index - 1] == .newline {
                index = lineEnd(from: index)
            } else {
                return
            }
        }
        throw ReadFailure(.unterminatedFlow(bracket), at: open)
    }

    /// Whether the line starting at `lineBegin` holds content indented like the surrounding
    /// block, which cannot belong inside the brackets.
    private func lineLeavesFlow(at lineBegin: Int) -> Bool {
        var indent = 0
        while lineBegin + indent < bytes.count, bytes[lineBegin + indent] == .space { indent += 1 }
        guard lineBegin + indent < bytes.count, indent < flowMinimumIndent else { return false }
        let first = bytes[lineBegin + indent]
        return first != .newline && first != .hash && first != .closeBracket && first != .closeBrace
    }

    /// A plain scalar inside brackets: up to `,` `[` `]` `{` `}`, `: ` or ` #`, folded over lines.
    private mutating func readFlowPlain() -> String {
        let start = index
        while index < bytes.count {
            let byte = bytes[index]
            if byte.isFlowIndicator { break }
            if byte == .newline, lineLeavesFlow(at: index + 1) { break }
            if byte == .colon {
                let next = index + 1
                if next >= bytes.count || bytes[next].isBlank || bytes[next] == .newline
                    || bytes[next].isFlowIndicator
                {
                    break
                }
            }
            if byte == .hash, index > start, bytes[index - 1].isBlank || bytes[index - 1] == .newline {
                break
            }
            index += 1
        }
        if !bytes[start..<index].contains(.newline) {
            // One line (the usual `[张三, 李四]`): trim its blanks as bytes, nothing to fold.
            var (first, end) = (start, index)
            while first < end, bytes[first].isBlank { first += 1 }
            while end > first, bytes[end - 1].isBlank { end -= 1 }
            return String(decoding: bytes[first..<end], as: UTF8.self)
        }
        var lines: [Substring] = String(decoding: bytes[start..<index], as: UTF8.self)
            .split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.trimmingBlanks() }
        while lines.last?.isEmpty == true { lines.removeLast() }
        var text = ""
        var emptyLines = 0
        for (number, line) in lines.enumerated() {
            if line.isEmpty {
                emptyLines += 1
                continue
            }
            if number > 0 {
                text += emptyLines == 0 ? " " : String(repeating: "\n", count: emptyLines)
            }
            text += line
            emptyLines = 0
        }
        return text
    }
}

private extension Substring {
    func trimmingBlanks() -> Substring {
        let blank: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = firstIndex(where: { !blank($0) }) else { return "" }
        let last = lastIndex(where: { !blank($0) })!
        return self[first...last]
    }
}
