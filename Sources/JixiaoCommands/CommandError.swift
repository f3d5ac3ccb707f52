import JixiaoDiagnostics

/// Why a command stopped; the exit code follows from the kind.
enum CommandError: Error {
    /// The command line is wrong; `command` names the subcommand whose usage to show.
    case usage(UsageProblem, command: String?)
    /// The user's files are wrong: print the diagnostics, exit 1.
    case diagnostics([Diagnostic])

    var exitCode: ExitCode {
        switch self {
        case .usage: .usage
        case .diagnostics: .failure
        }
    }
}

/// Problems with the command line, worded in one place.
enum UsageProblem: Equatable {
    case unknownCommand(String, suggestion: String?)
    case unknownOption(String, suggestion: String?)
    case missingArgument(String)
    case extraArgument(String)
    case missingValue(option: String, valueName: String)
    case valueNotAllowed(option: String, value: String, allowed: [String])
    case flagTakesNoValue(String)
    case missingCommand

    var message: String {
        switch self {
        case .unknownCommand(let name, let suggestion):
            "未知的子命令「\(name)」。" + (suggestion.map { "是否想写「\($0)」？" } ?? "")
        case .unknownOption(let name, let suggestion):
            "未知的选项「\(name)」。" + (suggestion.map { "是否想写「\($0)」？" } ?? "")
        case .missingArgument(let name): "缺少参数 \(name)。"
        case .extraArgument(let value): "多了一个参数「\(value)」。"
        case .missingValue(let option, let valueName): "选项 \(option) 后面要写 \(valueName)。"
        case .valueNotAllowed(let option, let value, let allowed):
            "选项 \(option) 的值「\(value)」不可用，只能是：\(allowed.joined(separator: "、"))。"
        case .flagTakesNoValue(let option): "选项 \(option) 不带值。"
        case .missingCommand: "缺少子命令。"
        }
    }
}
