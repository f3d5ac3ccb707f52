/// A line and column inside one file (1-based, column in Characters).
///
/// Values read from a data file carry one, so that a later check can point at the value.
public struct TextPosition: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: TextPosition, rhs: TextPosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    public var description: String { "\(line):\(column)" }
}

extension SourceText {
    /// The location of a position in this file.
    public func location(of position: TextPosition) -> Location {
        Location(file: file, line: position.line, column: position.column)
    }

    /// The position of a byte offset (see `location(ofByteOffset:)`).
    public func position(ofByteOffset offset: Int) -> TextPosition {
        let location = location(ofByteOffset: offset)
        return TextPosition(line: location.line, column: location.column)
    }
}

extension Diagnostic {
    /// A diagnostic at a position in `source`, quoting its line.
    public init(
        _ severity: Severity = .error,
        in source: SourceText,
        at position: TextPosition,
        message: String,
        hint: String? = nil
    ) {
        self.init(
            severity, at: source.location(of: position), message: message, hint: hint,
            sourceLine: source.text(ofLine: position.line))
    }
}
