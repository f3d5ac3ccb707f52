import Foundation
import JixiaoDiagnostics
import JixiaoDocuments
import JixiaoModel
import JixiaoReader
import JixiaoTemplates

/// `jixiao diff OLD NEW [--format text|md] [--templates DIR]`: what a correction changed.
enum DiffCommand {
    static let info = CommandInfo(
        name: "diff",
        summary: "比较同一单位的两个数据文件：列出改动的输入，以及因此变化的比率、总分、等级和它们出现的文件。",
        discussion: "没有变化时输出「无变化」。--format md 输出 Markdown 表格，可以随更正后的材料一起报送。",
        arguments: [.init(name: "<原文件>", help: "改动前的数据文件"), .init(name: "<新文件>", help: "改动后的数据文件")],
        options: [
            .init(names: ["--format"], valueName: "<格式>", help: "text（默认）或 md", allowedValues: ["text", "md"]),
            .init(names: ["--templates"], valueName: "<文件夹>", help: "模板文件夹，用来找出变化的数字出现在哪些文件里"),
        ],
        run: { arguments, output throws(CommandError) in
            let templates = TemplatesFolder.locate(arguments.value(of: "--templates"))
            let library = ReportLibrary(templatesFolder: templates)
            var reports: [UnitReport] = []
            for path in arguments.values {
                do throws(Diagnostic) {
                    reports.append(UnitReport.check(try DataFileReader.read(contentsOf: path), library: library))
                } catch {
                    throw .diagnostics([error])
                }
            }
            let diff = ReportDiff.compare(reports[0], reports[1])
            guard !diff.isEmpty else {
                output.standardOutput += "无变化\n"
                return .success
            }
            let places: [String: [String]]
            do throws(Diagnostic) {
                places = try documents(showing: diff.figures, old: reports[0], new: reports[1], templates: templates)
            } catch {
                throw .diagnostics([error])
            }
            let markdown = arguments.value(of: "--format") == "md"
            output.standardOutput += markdown ? markdownTable(diff, places) : plainText(diff, places)
            return .success
        })

    /// For each changed figure, the documents whose text changed and now shows its new value.
    private static func documents(showing figures: [ReportDiff.Change], old: UnitReport, new: UnitReport,
                                  templates: String) throws(Diagnostic) -> [String: [String]] {
        guard old.errors.isEmpty, new.errors.isEmpty else { return [:] }
        let before = try DocumentSet.render(old, templates: templates, formats: [.markdown])
        let after = try DocumentSet.render(new, templates: templates, formats: [.markdown])
        var places: [String: [String]] = [:]
        for figure in figures {
            guard let value = figure.new else { continue }
            places[figure.path] = zip(before.documents, after.documents).compactMap { previous, current in
                guard previous.text != current.text, current.text?.contains(value) == true else { return nil }
                return current.kind?.name(in: new.format)
            }
        }
        return places
    }

    private static func plainText(_ diff: ReportDiff, _ places: [String: [String]]) -> String {
        var text = "输入的变化（\(diff.inputs.count) 项）：\n"
        for change in diff.inputs { text += "  \(change.path)：\(change.old ?? "（无）") → \(change.new ?? "（删除）")\n" }
        text += "派生数字的变化（\(diff.figures.count) 项）：\n"
        for change in diff.figures {
            let seen = places[change.path].map { $0.isEmpty ? "" : "（见：\($0.joined(separator: "、"))）" } ?? ""
            text += "  \(change.path)：\(change.old ?? "（无）") → \(change.new ?? "（无）")\(seen)\n"
        }
        return text
    }

    private static func markdownTable(_ diff: ReportDiff, _ places: [String: [String]]) -> String {
        func cell(_ text: String?) -> String { (text ?? "").replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: "<br>") }
        var text = "## 输入的变化\n\n| 项目 | 原值 | 新值 |\n|---|---|---|\n"
        for change in diff.inputs { text += "| \(cell(change.path)) | \(cell(change.old ?? "（无）")) | \(cell(change.new ?? "（删除）")) |\n" }
        text += "\n## 派生数字的变化\n\n| 数字 | 原值 | 新值 | 出现在 |\n|---|---|---|---|\n"
        for change in diff.figures {
            text += "| \(cell(change.path)) | \(cell(change.old ?? "（无）")) | \(cell(change.new ?? "（无）")) | \((places[change.path] ?? []).joined(separator: "、")) |\n"
        }
        return text
    }
}
