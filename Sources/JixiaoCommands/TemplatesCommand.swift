import Foundation
import JixiaoDiagnostics

/// `jixiao templates export DIR`: the built-in templates and frameworks written out, for a
/// bureau to adapt to its notice and use with `--templates DIR`.
enum TemplatesCommand {
    static let info = CommandInfo(
        name: "templates",
        summary: "导出 jixiao 自带的模板和指标体系，供财政局或单位按本地通知修改。",
        discussion: """
            jixiao templates export <文件夹>：把自带的 Templates 写进这个文件夹（已有的文件不会被覆盖）。
            修改后用 --templates <文件夹> 或环境变量 JIXIAO_TEMPLATES 指定它。
            """,
        arguments: [.init(name: "export", help: "导出"), .init(name: "<文件夹>", help: "导出到这个文件夹")],
        run: { arguments, output throws(CommandError) in
            guard arguments.values.count == 2, arguments.values[0] == "export" else {
                throw .usage(.valueNotAllowed(option: "templates", value: arguments.values.first ?? "", allowed: ["export <文件夹>"]), command: "templates")
            }
            let folder = arguments.values[1]
            try BuiltInTemplates.export(to: folder)
            output.standardOutput += folder + "\n"
            output.standardError += "已导出 \(BuiltInTemplates.files.count) 个模板和指标体系文件。修改后用「--templates \(folder)」指定它。\n"
            return .success
        })
}
