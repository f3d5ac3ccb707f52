/// The help screens, in Chinese with the ASCII command and option names users type.
///
/// `jixiao --help`, `jixiao help` and `jixiao help parse` / `jixiao parse --help` all come
/// from the same `CommandInfo` tables, so they cannot disagree with the parser.
enum HelpGenerator {
    static let toolName = "jixiao"
    static let toolSummary = "jixiao（绩效）：根据一份数据文件，检查数字、计算全部派生数，生成部门整体支出绩效自评报告、基础数据表和自评表。"

    /// The help of the whole tool: summary, usage, options, subcommands.
    static func toolHelp(commands: [CommandInfo]) -> String {
        var text = "概述：\(toolSummary)\n\n"
        text += "用法：\(toolName) <子命令> [选项]\n\n"
        text += "选项：\n"
        text += row("-h, --help", "显示这段帮助")
        text += row("--version", "显示版本号")
        text += "\n子命令：\n"
        for command in commands { text += row(command.name, command.summary) }
        text += "\n  运行 '\(toolName) help <子命令>' 查看子命令的说明。\n"
        return text
    }

    /// The help of one subcommand.
    static func help(for command: CommandInfo) -> String {
        var text = "概述：\(command.summary)\n"
        if !command.discussion.isEmpty { text += "\n\(command.discussion)\n" }
        text += "\n用法：\(usage(for: command))\n"
        if !command.arguments.isEmpty {
            text += "\n参数：\n"
            for argument in command.arguments { text += row(argument.name, argument.help) }
        }
        text += "\n选项：\n"
        for option in command.allOptions {
            let names = option.names.joined(separator: ", ") + (option.valueName.map { " \($0)" } ?? "")
            text += row(names, option.help)
        }
        return text
    }

    /// `jixiao parse [--json] <数据文件>`
    static func usage(for command: CommandInfo) -> String {
        var parts = [toolName, command.name]
        for option in command.options {
            let name = option.names.last!
            parts.append("[" + name + (option.valueName.map { " \($0)" } ?? "") + "]")
        }
        for argument in command.arguments {
            parts.append(argument.name + (argument.isRepeating ? " ..." : ""))
        }
        return parts.joined(separator: " ")
    }

    /// The three lines printed on stderr for a usage error.
    static func usageError(_ problem: UsageProblem, command: CommandInfo?) -> String {
        var text = "错误：\(problem.message)\n"
        if let command {
            text += "用法：\(usage(for: command))\n"
            text += "  运行 '\(toolName) \(command.name) --help' 查看说明。\n"
        } else {
            text += "用法：\(toolName) <子命令> [选项]\n"
            text += "  运行 '\(toolName) --help' 查看说明。\n"
        }
        return text
    }

    private static func row(_ name: String, _ help: String) -> String {
        let padded = name.count < 24 ? name + String(repeating: " ", count: 24 - name.count) : name + "  "
        return "  \(padded)\(help)\n"
    }
}
