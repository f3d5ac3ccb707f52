import JixiaoDiagnostics

/// Reads jixiao's YAML subset into a `DataNode` tree, exactly as YAML 1.2 reads it.
///
/// The parser works line by line over normalised UTF-8 bytes (see `InputDecoder`). Block
/// structure is decided by indentation: a node starts at a *content position*, which is the
/// first character of a line or, after `- `, the rest of a line; the column of that position
/// is the indentation every later line of the same node must have. Scalars, keys and flow
/// collections live in their own `YAMLParser+…` files. Anything outside the subset throws a
/// `ReadFailure` saying so.
struct YAMLParser {
    static let nestingLimit = 100

    let bytes: [UInt8]
    let source: SourceText
    var positions: PositionCounter
    var index = 0
    var depth = 0
    /// Lines inside brackets must be indented more than the block they stand in.
    var flowMinimumIndent = 0
    /// The column of the key (or `- `) whose quoted value is being read: its continuation lines
    /// may not be indented less, nor with a tab in its first `column + 1` places. -1 where
    /// there is no such limit (inside brackets).
    var quotedContinuationIndent = -1
    /// The key whose value is being read, for messages.
    var quotedKey: String?
    /// The last answer of `keyColon(from:)`: a line is asked about up to three times (is it a
    /// block? a mapping? where does its key end?), and each question would scan it again.
    var lastKeyColon: (start: Int, colon: Int?) = (-1, nil)

    init(source: SourceText) {
        self.source = source
        self.bytes = source.bytes
        self.positions = PositionCounter(source: source)
    }

    /// Reads the whole file: an optional `---`, then one node (null when there is none).
    mutating func parseDocument() throws(ReadFailure) -> DataNode {
        try skipBlankLines()
        if index < bytes.count, bytes[index] == UInt8(ascii: "%") {
            throw ReadFailure(.unsupported(.directive), at: index)
        }
        if isDocumentMarker("---", at: index) {
            index += 3
            skipBlanks()
            guard atLineEndOrComment() else {
                throw ReadFailure(.unsupported(.contentAfterDocumentStart), at: index)
            }
            moveToNextLine()
        }
        guard let indent = try nextContentIndent() else {
            return DataNode(.null, at: TextPosition(line: 1, column: 1))
        }
        let root = try parseNode(at: index + indent, column: indent, parentIndent: -1)
        if let leftover = try nextContentIndent() {
            switch root.value {
            case .map, .list:
                throw ReadFailure(.inconsistentIndentation(found: leftover, expected: indent), at: index + leftover)
            default:
                throw ReadFailure(.strayCharacters, at: index + leftover)
            }
        }
        if isDocumentMarker("...", at: index) {
            // `...` ends the document; only blank lines and comments may follow it.
            let marker = index
            index += 3
            skipBlanks()
            guard atLineEndOrComment() else { throw ReadFailure(.contentAfterDocumentEnd, at: marker) }
            moveToNextLine()
            try skipBlankLines()
            if index < bytes.count { throw ReadFailure(.contentAfterDocumentEnd, at: index) }
        }
        if index < bytes.count {
            throw ReadFailure(.unsupported(.multipleDocuments), at: index)
        }
        return root
    }

    /// A block node whose first character is at `start`, in column `column` of its line.
    mutating func parseNode(at start: Int, column: Int, parentIndent: Int) throws(ReadFailure) -> DataNode {
        if bytes[start] == UInt8(ascii: "?"), isBlankOrLineEnd(start + 1) {
            throw ReadFailure(.unsupported(.complexKey), at: start)
        }
        let isSequence = isSequenceEntry(at: start)
        if isSequence || keyColon(from: start) != nil {
            try enterNesting(at: start)
            defer { depth -= 1 }
            return isSequence
                ? try parseBlockSequence(at: start, indent: column)
                : try parseBlockMapping(at: start, indent: column)
        }
        index = start
        return try parseInlineValue(parentIndent: parentIndent, key: nil)
    }

    private mutating func parseBlockMapping(at start: Int, indent: Int) throws(ReadFailure) -> DataNode {
        // Positions are taken before what follows is read: the counter is fastest in file order.
        let mapPosition = position(of: start)
        var map = DataMap()
        var keyStart = start
        while true {
            index = keyStart
            let keyPosition = position(of: keyStart)
            let key = try parseKey()
            if let first = map.entry(forKey: key) {
                throw ReadFailure(.duplicateKey(key, firstLine: first.keyPosition.line), at: keyStart)
            }
            skipBlanks()
            let valueIsInline = !atLineEndOrComment()
            let value: DataNode
            if valueIsInline {
                value = try parseInlineValue(parentIndent: indent, key: key)
            } else {
                let afterColon = position(of: index)
                moveToNextLine()
                value = try parseIndentedValue(under: indent, emptyAt: afterColon, isMappingValue: true)
            }
            map.append(.init(key: key, keyPosition: keyPosition, value: value))
            guard let next = try nextContentIndent(), next >= indent else { break }
            if next > indent {
                throw ReadFailure(
                    valueIsInline
                        ? .valueAtWrongDepth(key: key)
                        : .inconsistentIndentation(found: next, expected: indent),
                    at: index + next)
            }
            keyStart = index + next
            if isSequenceEntry(at: keyStart) {
                throw ReadFailure(.sequenceEntryInMapping, at: keyStart)
            }
        }
        return DataNode(.map(map), at: mapPosition)
    }

    /// The value of a key or list item whose own line ends after `:` or `-`.
    ///
    /// Under a key, a list may start at the key's own indentation (`成员:` then `- 张三`);
    /// under a list item, a `- ` at the same indentation is the next item.
    private mutating func parseIndentedValue(
        under indent: Int, emptyAt position: TextPosition, isMappingValue: Bool
    ) throws(ReadFailure) -> DataNode {
        guard let next = try nextContentIndent() else { return DataNode(.null, at: position) }
        if next > indent {
            return try parseNode(at: index + next, column: next, parentIndent: indent)
        }
        if isMappingValue, next == indent, isSequenceEntry(at: index + next) {
            try enterNesting(at: index + next)
            defer { depth -= 1 }
            return try parseBlockSequence(at: index + next, indent: next)
        }
        return DataNode(.null, at: position)
    }

    private mutating func parseBlockSequence(at start: Int, indent: Int) throws(ReadFailure) -> DataNode {
        let listPosition = position(of: start)
        var items: [DataNode] = []
        var entryStart = start
        while true {
            index = entryStart + 1
            skipBlanks()
            if atLineEndOrComment() {
                let afterDash = position(of: index)
                moveToNextLine()
                items.append(try parseIndentedValue(under: indent, emptyAt: afterDash, isMappingValue: false))
            } else {
                let column = indent + (index - entryStart)
                let startsBlock = isSequenceEntry(at: index) || keyColon(from: index) != nil
                if startsBlock, let tab = bytes[entryStart..<index].firstIndex(of: .tab) {
                    throw ReadFailure(.tabInIndentation, at: tab)
                }
                items.append(try parseNode(at: index, column: column, parentIndent: indent))
            }
            guard let next = try nextContentIndent(), next >= indent else { break }
            if next > indent {
                throw ReadFailure(.inconsistentIndentation(found: next, expected: indent), at: index + next)
            }
            guard isSequenceEntry(at: index + next) else { break }
            entryStart = index + next
        }
        return DataNode(.list(items), at: listPosition)
    }

    mutating func enterNesting(at offset: Int) throws(ReadFailure) {
        depth += 1
        if depth > Self.nestingLimit {
            throw ReadFailure(.tooDeep(limit: Self.nestingLimit), at: offset)
        }
    }
}

// MARK: - Lines

extension YAMLParser {
    /// Positions are counted by `PositionCounter`, linear however long the line.
    mutating func position(of offset: Int) -> TextPosition {
        positions.position(of: offset)
    }

    /// Skips blank and comment-only lines; leaves `index` at the start of a content line
    /// (or the end) and returns that line's indentation, or nil at the end or at `---`/`...`.
    mutating func nextContentIndent() throws(ReadFailure) -> Int? {
        try skipBlankLines()
        guard index < bytes.count, !isDocumentMarker("---", at: index),
            !isDocumentMarker("...", at: index)
        else { return nil }
        var indent = 0
        while bytes[index + indent] == .space { indent += 1 }
        return indent
    }

    /// From a line start, skips lines holding only white space or a comment.
    mutating func skipBlankLines() throws(ReadFailure) {
        while index < bytes.count {
            var cursor = index
            while cursor < bytes.count, bytes[cursor].isBlank { cursor += 1 }
            if cursor == bytes.count { index = cursor; return }
            let byte = bytes[cursor]
            if byte == .newline {
                index = cursor + 1
                continue
            }
            if byte == .hash {
                index = lineEnd(from: cursor)
                if index < bytes.count { index += 1 }
                continue
            }
            if let tab = bytes[index..<cursor].firstIndex(of: .tab) {
                throw ReadFailure(.tabInIndentation, at: tab)
            }
            if hasPrefix(FullWidth.space, at: cursor) {
                throw ReadFailure(.fullWidthSpaceInIndentation, at: cursor)
            }
            return
        }
    }

    /// The offset of the first `\n`, `#` or `:` at or after `offset` (or the end): the only bytes
    /// a plain scalar or a key line stops at, found over a buffer without bounds checks.
    func nextLineBreakHashOrColon(from offset: Int) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            var cursor = offset
            while cursor < buffer.count {
                let byte = buffer[cursor]
                if byte == .newline || byte == .hash || byte == .colon { return cursor }
                cursor += 1
            }
            return cursor
        }
    }

    func lineEnd(from offset: Int) -> Int {
        var cursor = offset
        while cursor < bytes.count, bytes[cursor] != .newline { cursor += 1 }
        return cursor
    }

    func lineStart(of offset: Int) -> Int {
        var cursor = offset
        while cursor > 0, bytes[cursor - 1] != .newline { cursor -= 1 }
        return cursor
    }

    /// Moves to the start of the next line (or the end of the text).
    mutating func moveToNextLine() {
        index = lineEnd(from: index)
        if index < bytes.count { index += 1 }
    }

    mutating func skipBlanks() {
        while index < bytes.count, bytes[index].isBlank { index += 1 }
    }

    /// Whether only a line break, the end, or a comment follows (`index` after white space).
    func atLineEndOrComment() -> Bool {
        guard index < bytes.count else { return true }
        let byte = bytes[index]
        return byte == .newline
            || (byte == .hash && (index == 0 || bytes[index - 1].isBlank || bytes[index - 1] == .newline))
    }

    /// Refuses what YAML would read but the subset does not: anchors, aliases, tags and complex
    /// keys, each said by name, and the reserved indicators `@`, `` ` `` and `%`.
    func refuseUnsupportedStart(at start: Int) throws(ReadFailure) {
        switch bytes[start] {
        case UInt8(ascii: "&"): throw ReadFailure(.unsupported(.anchor), at: start)
        case UInt8(ascii: "*"): throw ReadFailure(.unsupported(.alias), at: start)
        case UInt8(ascii: "!"): throw ReadFailure(.unsupported(.tag), at: start)
        case UInt8(ascii: "?") where isBlankOrLineEnd(start + 1): throw ReadFailure(.unsupported(.complexKey), at: start)
        case UInt8(ascii: "@"), UInt8(ascii: "`"), UInt8(ascii: "%"):
            throw ReadFailure(.cannotStartValue(Character(UnicodeScalar(bytes[start]))), at: start)
        default: break
        }
    }

    func isBlankOrLineEnd(_ offset: Int) -> Bool {
        offset >= bytes.count || bytes[offset].isBlank || bytes[offset] == .newline
    }

    func isSequenceEntry(at offset: Int) -> Bool {
        offset < bytes.count && bytes[offset] == .dash && isBlankOrLineEnd(offset + 1)
    }

    /// `---` or `...` at the start of a line, followed by white space or the line end.
    func isDocumentMarker(_ marker: StaticString, at offset: Int) -> Bool {
        guard offset == 0 || bytes[offset - 1] == .newline, offset + 3 <= bytes.count else { return false }
        let markerByte = marker.utf8Start.pointee
        return bytes[offset] == markerByte && bytes[offset + 1] == markerByte
            && bytes[offset + 2] == markerByte && isBlankOrLineEnd(offset + 3)
    }

    func hasPrefix(_ prefix: [UInt8], at offset: Int) -> Bool {
        offset + prefix.count <= bytes.count && bytes[offset..<offset + prefix.count].elementsEqual(prefix)
    }

    /// Fails with `.strayCharacters` unless only white space and a comment remain on the line;
    /// then moves to the next line.
    mutating func finishLine() throws(ReadFailure) {
        skipBlanks()
        guard atLineEndOrComment() else {
            let isKey = bytes[index] == .colon && isBlankOrLineEnd(index + 1)
            throw ReadFailure(isKey ? .unsupported(.complexKey) : .strayCharacters, at: index)
        }
        moveToNextLine()
    }
}
