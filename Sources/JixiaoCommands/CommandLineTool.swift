import Foundation
import JixiaoDiagnostics

/// The `jixiao` command: picks the subcommand, parses its arguments, runs it, and turns
/// every failure into a message on standard error and an exit code.
///
/// `run(_:)` works in memory so tests can assert exactly what a user sees; `main()` is what
/// the executable calls.
public enum CommandLineTool {
    /// jixiao's version, printed by `jixiao --version`.
    public static let version = "0.1.0"

    static let commands: [CommandInfo] = [InitCommand.info, ImportCommand.info, RolloverCommand.info, RenderCommand.info, CheckCommand.info, SummaryCommand.info,
                                          DiffCommand.info, ParseCommand.info, TemplateCommand.info, TemplatesCommand.info]

    /// Runs one command line (without the program name) and returns what it printed.
    public static func run(_ arguments: [String]) -> (ExitCode, CommandOutput) {
        var output = CommandOutput()
        let code = run(arguments, into: &output)
        return (code, output)
    }

    /// Runs with the process's arguments, writes to the real streams and exits.
    public static func main() -> Never {
        let (code, output) = run(Array(CommandLine.arguments.dropFirst()))
        FileHandle.standardOutput.write(Data(output.standardOutput.utf8))
        FileHandle.standardError.write(Data(output.standardError.utf8))
        exit(code.rawValue)
    }

    private static func run(_ arguments: [String], into output: inout CommandOutput) -> ExitCode {
        guard let first = arguments.first else {
            output.standardError += HelpGenerator.usageError(.missingCommand, command: nil)
            return .usage
        }
        switch first {
        case "-h", "--help":
            output.standardOutput += HelpGenerator.toolHelp(commands: commands)
            return .success
        case "--version":
            output.standardOutput += "jixiao \(version)\n"
            return .success
        case "help":
            return help(Array(arguments.dropFirst()), into: &output)
        default:
            break
        }
        guard let command = commands.first(where: { $0.name == first }) else {
            let problem: UsageProblem =
                first.hasPrefix("-")
                ? .unknownOption(first, suggestion: Suggestion.nearest(to: first, in: ["--help", "--version"]))
                : .unknownCommand(first, suggestion: Suggestion.nearest(to: first, in: commands.map(\.name)))
            output.standardError += HelpGenerator.usageError(problem, command: nil)
            return .usage
        }
        do {
            let parsed = try SplitArguments(Array(arguments.dropFirst())).parse(for: command)
            if parsed.has("--help") {
                output.standardOutput += HelpGenerator.help(for: command)
                return .success
            }
            return try command.run(parsed, &output)
        } catch {
            report(error, into: &output)
            return error.exitCode
        }
    }

    private static func help(_ arguments: [String], into output: inout CommandOutput) -> ExitCode {
        guard let name = arguments.first else {
            output.standardOutput += HelpGenerator.toolHelp(commands: commands)
            return .success
        }
        guard let command = commands.first(where: { $0.name == name }) else {
            let suggestion = Suggestion.nearest(to: name, in: commands.map(\.name))
            output.standardError += HelpGenerator.usageError(.unknownCommand(name, suggestion: suggestion), command: nil)
            return .usage
        }
        output.standardOutput += HelpGenerator.help(for: command)
        return .success
    }

    private static func report(_ error: CommandError, into output: inout CommandOutput) {
        switch error {
        case .usage(let problem, let name):
            output.standardError += HelpGenerator.usageError(problem, command: commands.first { $0.name == name })
        case .diagnostics(let diagnostics):
            output.standardError += DiagnosticFormatter.format(diagnostics)
        }
    }
}
