import Foundation
import JixiaoDiagnostics
import JixiaoDocuments
import JixiaoReader
import JixiaoTemplates

/// `jixiao template TEMPLATE --data FILE [--format html|md|text] [-o OUT]`: renders one
/// template against a data file as it is, for template authors and for comparing with Jinja2.
enum TemplateCommand {
    static let info = CommandInfo(
        name: "template",
        summary: "用一个数据文件渲染一个模板，供编写模板时试用。",
        discussion: """
            数据文件原样作为模板的变量（不经过报告模型）。输出格式按模板文件名决定：
            .html 为 HTML（转义全部数据），.md 为 Markdown（转义 Markdown 符号），其他为纯文本（不转义）。
            出错时在标准错误输出指出模板文件的行和列，标准输出不输出任何内容，退出码为 1。
            """,
        arguments: [.init(name: "<模板文件>", help: "Jinja2 写法的模板，例如 Templates/广东/自评报告.md")],
        options: [
            .init(names: ["--data"], valueName: "<数据文件>", help: "YAML 或 JSON 数据文件（必填）"),
            .init(names: ["--format"], valueName: "<格式>", help: "输出格式：html、md 或 text，默认按模板文件名", allowedValues: ["html", "md", "text"]),
            .init(names: ["-o", "--output"], valueName: "<文件>", help: "写入这个文件（默认输出到标准输出）；已有的文件不会被覆盖"),
            .init(names: ["--force"], valueName: nil, help: "允许覆盖 -o 指定的已有文件"),
        ],
        run: { arguments, output throws(CommandError) in
            guard let dataPath = arguments.value(of: "--data") else {
                throw .usage(.missingValue(option: "--data", valueName: "<数据文件>"), command: "template")
            }
            let text: String
            do throws(Diagnostic) {
                let document = try DataFileReader.read(contentsOf: dataPath)
                let library = try TemplateLibrary(contentsOf: arguments.values[0])
                let format = arguments.value(of: "--format").flatMap(OutputFormat.init(rawValue:))
                text = try library.render(TemplateData.names(of: document.root), format: format)
            } catch {
                throw .diagnostics([error])
            }
            guard let destination = arguments.value(of: "--output") else {
                output.standardOutput += text
                return .success
            }
            try OutputFile.write(text, to: destination, overwriting: arguments.has("--force"))
            return .success
        })
}
