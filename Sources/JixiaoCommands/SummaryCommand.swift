import Foundation
import JixiaoDiagnostics
import JixiaoDocuments
import JixiaoModel
import JixiaoReader
import JixiaoTemplates

/// `jixiao summary FILES… [-o DIR] [--format md|html|docx|csv|all] [--templates DIR] [--force]`: a
/// finance bureau's 汇总表 of many units.
enum SummaryCommand {
    static let fileStem = "部门整体支出绩效自评汇总表"

    static let info = CommandInfo(
        name: "summary",
        summary: "汇总多个单位：每个单位一行（支出决算数、各项比率、自评总分、等级、错误和警告数），附合计和平均。",
        discussion: """
            数字取自各单位的报告模型，与各单位自己的文件相同；金额统一换算为万元。
            写成 Markdown、可打印的 HTML、Word（横排）和 CSV（UTF-8 带 BOM，Excel、WPS 直接打开）。
            已有的汇总表文件不会被覆盖（加 --force 才覆盖）。读不了的文件也占一行，记为 1 个错误。
            """,
        arguments: [.init(name: "<数据文件>", help: "各单位的数据文件，或存放数据文件的文件夹", isRepeating: true)],
        options: [
            .init(names: ["-o", "--output"], valueName: "<文件夹>", help: "输出文件夹（默认：当前文件夹）"),
            .init(names: ["--format"], valueName: "<格式>", help: "md、html、docx、csv 或 all（默认 all）", allowedValues: ["md", "html", "docx", "csv", "all"]),
            .init(names: ["--templates"], valueName: "<文件夹>", help: "模板文件夹（默认为 jixiao 自带的 Templates）"),
            .init(names: ["--force"], valueName: nil, help: "覆盖已有的汇总表文件"),
        ],
        run: { arguments, output throws(CommandError) in
            let templates = TemplatesFolder.locate(arguments.value(of: "--templates"))
            let library = ReportLibrary(templatesFolder: templates)
            let (files, missing) = DataFiles.expand(arguments.values)
            guard missing.isEmpty else { throw .diagnostics(missing) }
            let results: [Result<UnitReport, Diagnostic>] = DataFiles.check(files, library: library)
            var reports: [(String, UnitReport)] = []
            var unreadable: [(String, Diagnostic)] = []
            var run = UnitRunSummary()
            for (path, result) in zip(files, results) {
                switch result {
                case .success(let report):
                    reports.append((path, report))
                    run.count(hasErrors: !report.errors.isEmpty, hasWarnings: !report.warnings.isEmpty)
                case .failure(let error):
                    unreadable.append((path, error))
                    output.standardError += DiagnosticFormatter.format(error)
                    run.failed += 1
                }
            }
            let table = SummaryTable(reports: reports, unreadable: unreadable)
            let folder = arguments.value(of: "--output") ?? "."
            let format = arguments.value(of: "--format") ?? "all"
            var written: [(bytes: [UInt8], path: String)] = []
            do throws(Diagnostic) {
                let kinds = DocumentFormat.allCases.filter { format == $0.fileExtension || format == "all" }
                for (kind, bytes) in zip(kinds, try SummaryDocuments.render(table, templates: templates, formats: kinds)) {
                    written.append((bytes, path(folder, kind.fileExtension)))
                }
            } catch {
                throw .diagnostics([error])
            }
            if format == "csv" || format == "all" { written.append((SummaryDocuments.csv(table), path(folder, "csv"))) }
            try OutputFile.createFolder(folder)
            try OutputFile.write(written, overwriting: arguments.has("--force"))
            for file in written { output.standardOutput += file.path + "\n" }
            output.standardError += run.line
            return .success
        })

    private static func path(_ folder: String, _ suffix: String) -> String {
        (folder as NSString).appendingPathComponent("\(fileStem).\(suffix)")
    }
}
