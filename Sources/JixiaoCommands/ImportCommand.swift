import Foundation
import JixiaoDiagnostics
import JixiaoImport
import JixiaoModel

/// `jixiao import REPORT [ATTACHMENT…] [-o DATA] [--format 广东|湖南|…] [--force]`: last year's report
/// (and its 自评表 or 评分表 when saved as files of their own) becomes a draft.
enum ImportCommand {
    static let info = CommandInfo(
        name: "import",
        summary: "把上一年的自评报告（Word 的 .docx 或另存的纯文本 .txt）转成数据文件草稿。",
        discussion: """
            认出封面、通知、各小节和标准句子里的数字，写进数据文件对应的键；每个值上面注明它来自报告的第几行（或第几段），
            没有归入任何键的原文原样保留在文件末尾的注释里。报告本身不会被改动；已有的数据文件不会被覆盖（加 --force 才覆盖）。
            各项指标的得分从自评表、评分表和绩效指标分析各段的「自评得分N分」读出；附表单独保存时，跟在报告后面一起给。
            导入后用 jixiao check 查看还要填写和核对的内容。
            """,
        arguments: [
            .init(name: "<报告>", help: "上一年的报告：.docx，或 .txt（UTF-8、GB18030/GBK、UTF-16 均可）；"
                + "后面可以再给单独保存的附表（自评表、评分表、数据表），从中读出各项指标的得分和表里的数", isRepeating: true),
        ],
        options: [
            .init(names: ["-o", "--output"], valueName: "<文件>", help: "写入的数据文件（默认：报告旁边的「<年度>年度<单位>.yaml」）"),
            .init(names: ["--format"], valueName: "<格式>", help: "报告格式：模板文件夹里的格式之一，例如 广东、湖南（默认按报告的提纲判断）"),
            .init(names: ["--templates"], valueName: "<文件夹>", help: "模板文件夹（报告格式和指标体系从这里找），默认为 Templates"),
            .init(names: ["--force"], valueName: nil, help: "覆盖已有的数据文件"),
        ],
        run: { arguments, output throws(CommandError) in
            let report = arguments.values[0]
            let format = arguments.value(of: "--format")
            let library = ReportLibrary(templatesFolder: TemplatesFolder.locate(arguments.value(of: "--templates")))
            if let format {
                guard library.formats.names.contains(format) else {
                    throw .usage(.valueNotAllowed(option: "--format", value: format, allowed: library.formats.names), command: "import")
                }
            }
            var files: [ReportFile] = []
            for path in arguments.values {
                do throws(ImportFailure) {
                    files.append(try ReportFile(contentsOf: path))
                } catch {
                    throw .diagnostics([error.diagnostic(file: path)])
                }
            }
            let draft: ImportDraft
            do throws(ImportFailure) {
                draft = try ReportImporter.draft(report: files[0], attachments: Array(files.dropFirst()), format: format,
                                                 frameworks: library.frameworks)
            } catch {
                throw .diagnostics([error.diagnostic(file: report)])
            }
            let folder = (report as NSString).deletingLastPathComponent
            let target = arguments.value(of: "--output")
                ?? (folder as NSString).appendingPathComponent(draft.suggestedFileName ?? Self.fallbackName(report))
            guard URL(fileURLWithPath: target).standardizedFileURL != URL(fileURLWithPath: report).standardizedFileURL else {
                throw .diagnostics([Diagnostic(at: .wholeFile(target), message: "数据文件不能写到报告本身上，jixiao import 不会改动报告", hint: "用 -o 另起一个文件名，例如「数据.yaml」")])
            }
            try OutputFile.write(draft.yamlText, to: target, overwriting: arguments.has("--force"))
            output.standardOutput += "\(target)\n"
            output.standardError += "已导入 \(draft.valueCount) 项，\(draft.unplacedCount) 处原文留在文件末尾的注释里。运行「jixiao check \(target)」查看还要填写和核对的内容。\n"
            return .success
        })

    private static func fallbackName(_ report: String) -> String {
        ((report as NSString).lastPathComponent as NSString).deletingPathExtension + ".yaml"
    }
}
