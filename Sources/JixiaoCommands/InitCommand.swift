import Foundation
import JixiaoDiagnostics
import JixiaoModel

/// `jixiao init [-o FILE] [--format 广东|湖南] [--unit NAME] [--year YYYY] [--force]`: a new data file.
enum InitCommand {
    static let info = CommandInfo(
        name: "init",
        summary: "新建一个数据文件：全部键按报告顺序列出，每个键都有说明。",
        discussion: "已有的文件不会被覆盖（加 --force 才覆盖）。新文件用 jixiao check 检查，会逐项列出还没填的内容。",
        options: [
            .init(names: ["-o", "--output"], valueName: "<文件>", help: "写入的文件（默认：<年度>年度<单位>.yaml，或「数据.yaml」）"),
            .init(names: ["--format"], valueName: "<格式>", help: "报告格式：模板文件夹里的格式之一，例如 广东、湖南（默认取第一个，即 广东）"),
            .init(names: ["--templates"], valueName: "<文件夹>", help: "模板文件夹（报告格式从这里找），默认为 Templates"),
            .init(names: ["--unit"], valueName: "<单位名称>", help: "评价单位全称"),
            .init(names: ["--year"], valueName: "<年度>", help: "评价年度（默认：今年的上一年）"),
            .init(names: ["--force"], valueName: nil, help: "覆盖已有的文件"),
        ],
        run: { arguments, output throws(CommandError) in
            let thisYear = Calendar(identifier: .gregorian).component(.year, from: Date())
            guard let year = arguments.value(of: "--year").map({ Int($0) }) ?? (thisYear - 1) else {
                throw .usage(.valueNotAllowed(option: "--year", value: arguments.value(of: "--year") ?? "", allowed: ["四位数的年份，例如 2025"]), command: "init")
            }
            let unit = arguments.value(of: "--unit")
            let path = arguments.value(of: "--output") ?? (unit.map { "\(year)年度\($0).yaml" } ?? "数据.yaml")
            let library = ReportLibrary(templatesFolder: TemplatesFolder.locate(arguments.value(of: "--templates")))
            let name = arguments.value(of: "--format") ?? library.formats.names.first ?? ""
            let found: ReportFormat?
            do throws(FrameworkError) {
                found = try library.formats.format(named: name)
            } catch {
                throw .diagnostics(error.diagnostics)
            }
            guard let format = found else {
                throw .usage(.valueNotAllowed(option: "--format", value: name, allowed: library.formats.names), command: "init")
            }
            let text = DataFileSkeleton.text(format: format, unit: unit, year: year)
            try OutputFile.write(text, to: path, overwriting: arguments.has("--force"))
            output.standardOutput += "\(path)\n"
            output.standardError += "已生成数据文件。填写后运行「jixiao check \(path)」查看还缺什么。\n"
            return .success
        })
}
