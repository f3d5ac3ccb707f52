import Foundation
import JixiaoDiagnostics
import JixiaoModel
import JixiaoReader

/// `jixiao rollover LAST [-o NEXT] [--force]`: next year's data file drafted from this year's.
enum RolloverCommand {
    static let info = CommandInfo(
        name: "rollover",
        summary: "根据今年的数据文件起草明年的：年度加一，今年的决算数移到「上年决算数」，明年的数字和得分留空。",
        discussion: """
            单位情况、职责、人员和文字保留，作为明年的起点；日期、通知标题和文号留空待填。
            原文件不会被改动；已有的目标文件不会被覆盖（加 --force 才覆盖）。生成后用 jixiao check 查看要填写和改写的地方。
            """,
        arguments: [.init(name: "<今年的数据文件>", help: "YAML 或 JSON 数据文件")],
        options: [
            .init(names: ["-o", "--output"], valueName: "<文件>", help: "明年的数据文件（默认：同一文件夹里的「<明年>年度<单位>.yaml」）"),
            .init(names: ["--force"], valueName: nil, help: "覆盖已有的目标文件"),
        ],
        run: { arguments, output throws(CommandError) in
            let path = arguments.values[0]
            let document: DataDocument
            do throws(Diagnostic) {
                document = try DataFileReader.read(contentsOf: path)
            } catch {
                throw .diagnostics([error])
            }
            let next = Rollover.nextYear(from: document)
            let year: String = if case .number(let number)? = next["评价年度"]?.value { number.text } else { "明年" }
            let unit: String = if case .string(let text)? = next["评价单位"]?.value { text } else { "单位" }
            let target = arguments.value(of: "--output")
                ?? ((path as NSString).deletingLastPathComponent as NSString).appendingPathComponent("\(year)年度\(unit).yaml")
            let header = "# \(year) 年度数据文件，由 jixiao rollover 根据「\((path as NSString).lastPathComponent)」起草。\n"
                + "# 今年的决算数已移到「上年决算数」；空着的数字、日期、通知和得分请填写；沿用的文字请按新年度改写。\n\n"
            try OutputFile.write(header + next.yamlText, to: target, overwriting: arguments.has("--force"))
            output.standardOutput += "\(target)\n"
            output.standardError += "已起草。运行「jixiao check \(target)」查看要填写和改写的地方。\n"
            return .success
        })
}
