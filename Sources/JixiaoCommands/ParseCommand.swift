import JixiaoDiagnostics
import JixiaoReader

/// `jixiao parse [--json] FILE`: shows how jixiao understood a data file.
enum ParseCommand {
    static let info = CommandInfo(
        name: "parse",
        summary: "读取数据文件，以 JSON 显示 jixiao 读到的内容。",
        discussion: """
            键按文件中的顺序输出，中文不转义，数字与文件中写的完全一致。
            文件有错时，指出文件、行、列并说明怎样改，退出码为 1。
            """,
        arguments: [.init(name: "<数据文件>", help: "YAML（.yaml、.yml）或 JSON（.json）数据文件")],
        options: [.init(names: ["--json"], valueName: nil, help: "以 JSON 输出（默认，也是目前唯一的格式）")],
        run: { arguments, output throws(CommandError) in
            let document: DataDocument
            do throws(Diagnostic) {
                document = try DataFileReader.read(contentsOf: arguments.values[0])
            } catch {
                throw .diagnostics([error])
            }
            output.standardOutput += document.root.jsonText
            return .success
        })
}
