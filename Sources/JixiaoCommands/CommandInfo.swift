/// One subcommand as both the argument parser and the help read it: the single table.
struct CommandInfo: Sendable {
    /// A positional argument (`<数据文件>`).
    struct Argument: Sendable {
        var name: String
        var help: String
        var isRepeating = false
    }

    /// An option (`--json`, `-o <文件>`); `valueName` nil means a flag without a value.
    struct Option: Sendable {
        var names: [String]
        var valueName: String?
        var help: String
        /// The values a user may give, checked by the parser (`html`, `md`, `all`).
        var allowedValues: [String] = []
    }

    var name: String
    /// 概述: one sentence, shown in the command list and at the top of the command's help.
    var summary: String
    /// More lines under the summary in the command's own help.
    var discussion: String = ""
    var arguments: [Argument] = []
    var options: [Option] = []
    var run: @Sendable (ParsedArguments, inout CommandOutput) throws(CommandError) -> ExitCode

    static let helpOption = Option(names: ["-h", "--help"], valueName: nil, help: "显示这段帮助")

    /// Every option the command accepts, help included.
    var allOptions: [Option] { options + [Self.helpOption] }

    func option(named name: String) -> Option? {
        allOptions.first { $0.names.contains(name) }
    }
}

/// The arguments of one run, after checking them against a `CommandInfo`.
struct ParsedArguments: Sendable {
    var values: [String] = []
    /// Option values by the option's last (long) name; a flag's value is "".
    var options: [String: String] = [:]

    func has(_ option: String) -> Bool { options[option] != nil }
    func value(of option: String) -> String? { options[option] }
}

/// What a command prints; `CommandLineTool.main()` writes it to the real streams.
public struct CommandOutput: Sendable {
    public var standardOutput = ""
    public var standardError = ""

    public init() {}
}

/// The process exit status, following swift-argument-parser's `ExitCode`.
public struct ExitCode: RawRepresentable, Hashable, Sendable {
    public var rawValue: Int32
    public init(rawValue: Int32) { self.rawValue = rawValue }

    public static let success = ExitCode(rawValue: 0)
    /// A data or template error the user can fix.
    public static let failure = ExitCode(rawValue: 1)
    /// The command line itself is wrong (EX_USAGE).
    public static let usage = ExitCode(rawValue: 64)
}
