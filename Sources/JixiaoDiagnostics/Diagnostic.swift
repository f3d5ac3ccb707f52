/// One finding about a user's file: where, how bad, what is wrong and what to do.
///
/// The wording is Chinese and written by the target that finds the problem; this type only
/// carries it. `DiagnosticFormatter` prints it in compiler style.
public struct Diagnostic: Sendable, Equatable, Error {
    public enum Severity: String, Sendable {
        case error = "错误"
        case warning = "警告"
    }

    public var severity: Severity
    public var location: Location
    /// What is wrong, in one sentence.
    public var message: String
    /// What to type instead, shown after `提示：`; nil when nothing useful can be said.
    public var hint: String?
    /// The text of the line the location points at, quoted under the message.
    public var sourceLine: String?

    public init(
        _ severity: Severity = .error,
        at location: Location,
        message: String,
        hint: String? = nil,
        sourceLine: String? = nil
    ) {
        self.severity = severity
        self.location = location
        self.message = message
        self.hint = hint
        self.sourceLine = sourceLine
    }

    /// A diagnostic at a byte offset of `source`, quoting its line.
    public init(
        _ severity: Severity = .error,
        in source: SourceText,
        atByteOffset offset: Int,
        message: String,
        hint: String? = nil
    ) {
        let location = source.location(ofByteOffset: offset)
        self.init(
            severity, at: location, message: message, hint: hint,
            sourceLine: source.text(ofLine: location.line))
    }
}
