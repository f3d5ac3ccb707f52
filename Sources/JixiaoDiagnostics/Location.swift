/// A place in a file that a person can find in an editor.
///
/// Lines and columns are 1-based; the column counts Characters, as an editor shows them for
/// Chinese text (`评价单位: X` has `X` at column 7).
public struct Location: Hashable, Sendable, CustomStringConvertible {
    /// The file as the user named it (a relative path stays relative).
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// The file as a whole (a missing folder, a file that cannot be written): printed as just its path.
    public static func wholeFile(_ file: String) -> Location {
        Location(file: file, line: 0, column: 0)
    }

    /// `file:line:column`, the form compilers and editors understand; just `file` when the
    /// problem is the file as a whole (line 0).
    public var description: String { line == 0 ? file : "\(file):\(line):\(column)" }
}
