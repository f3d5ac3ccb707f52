import Foundation
import JixiaoDiagnostics
import JixiaoDocuments
import JixiaoModel
import JixiaoReader
import JixiaoTemplates

/// `jixiao render DATA [-o DIR] [--format md|html|docx|all] [--templates DIR]`: the documents a unit
/// hands in, from one data file.
enum RenderCommand {
    static let info = CommandInfo(
        name: "render",
        summary: "根据数据文件生成自评报告、基础数据表和自评表（Markdown、HTML 和 Word）。",
        discussion: """
            先做 jixiao check 的全部检查：有错误时不生成任何文件；只有警告时照常生成。
            输出文件夹默认在数据文件旁边，与数据文件同名（去掉 .yaml/.json）。
            jixiao 只替换它自己从同一个数据文件生成的文件；别的数据文件生成的文件要加 --force 才替换，用户自己的文件从不替换。
            多个单位在一次运行里同时生成（用上全部处理器）；一个单位出错不影响其他单位，最后一行说明多少个通过、多少个有错误。
            """,
        arguments: [.init(name: "<数据文件>", help: "YAML 或 JSON 数据文件，或存放数据文件的文件夹；可以给多个", isRepeating: true)],
        options: [
            .init(names: ["-o", "--output"], valueName: "<文件夹>", help: "输出文件夹（默认：数据文件旁边，与数据文件同名）；多个单位时，每个单位在其中一个子文件夹"),
            .init(names: ["--format"], valueName: "<格式>", help: "md、html、docx（Word）或 all（默认 all）", allowedValues: ["md", "html", "docx", "all"]),
            .init(names: ["--templates"], valueName: "<文件夹>", help: "模板文件夹（默认为 jixiao 自带的 Templates）"),
            .init(names: ["--force"], valueName: nil, help: "替换由别的数据文件生成的文件（用户自己写的文件仍然不替换）"),
            .init(names: ["--watch"], valueName: nil, help: "一直运行：数据文件或模板一保存就重新生成；文件有错时保留上次生成的文件。按 Ctrl-C 结束"),
        ],
        run: { arguments, output throws(CommandError) in
            guard arguments.has("--watch") else { return try renderOnce(arguments, into: &output) }
            guard arguments.values.count == 1 else {
                throw .usage(.valueNotAllowed(option: "--watch", value: arguments.values.joined(separator: " "), allowed: ["只给一个数据文件"]), command: "render")
            }
            watch(arguments)
        })

    /// Renders now and again on every save, printing as it goes, until interrupted.
    static func watch(_ arguments: ParsedArguments) -> Never {
        let templates = TemplatesFolder.locate(arguments.value(of: "--templates"))
        var watcher = FileWatcher(files: [arguments.values[0]], folders: [templates])
        var round = 0
        let clock = DateFormatter()
        clock.dateFormat = "HH:mm:ss"
        while true {
            var output = CommandOutput()
            var succeeded = false
            do throws(CommandError) {
                succeeded = try renderOnce(arguments, into: &output) == .success
            } catch {
                if case .diagnostics(let diagnostics) = error { output.standardError += DiagnosticFormatter.format(diagnostics) }
            }
            round += 1
            let result = succeeded ? "已生成" : "有错误，保留上次生成的文件"
            FileHandle.standardError.write(Data((output.standardError + "[\(clock.string(from: Date()))] 第 \(round) 次：\(result)。等待文件保存……（Ctrl-C 结束）\n").utf8))
            FileHandle.standardOutput.write(Data(output.standardOutput.utf8))
            while !watcher.hasChanged() { Thread.sleep(forTimeInterval: 0.5) }
        }
    }

    /// What rendering one unit printed, and how it went.
    private struct UnitOutcome: Sendable {
        var standardOutput = ""
        var standardError = ""
        var hasErrors = false
        var hasWarnings = false
    }

    /// One run over every unit given: check each (on all cores), compile each format's
    /// templates once, render and write each unit that has no error. A failing unit never stops
    /// or touches the others; the closing line counts them.
    static func renderOnce(_ arguments: ParsedArguments, into output: inout CommandOutput) throws(CommandError) -> ExitCode {
        let templates = TemplatesFolder.locate(arguments.value(of: "--templates"))
        let library = ReportLibrary(templatesFolder: templates)
        let (files, missing) = DataFiles.expand(arguments.values)
        guard missing.isEmpty else { throw .diagnostics(missing) }
        let formats: [DocumentFormat] = switch arguments.value(of: "--format") ?? "all" {
        case "md": [.markdown]
        case "html": [.html]
        case "docx": [.docx]
        default: [.markdown, .html, .docx]
        }
        let progress = ProgressLine(total: files.count)
        let (reports, shared) = UnitTemplates.check(files, library: library, formats: formats)
        let outcomes: [UnitOutcome] = Parallel.map(Array(zip(files, reports))) { path, result in
            defer { progress.advance() }
            let folder = outputFolder(for: path, option: arguments.value(of: "--output"), isOneOfMany: files.count > 1)
            return render(result, from: path, templates: shared, formats: formats, to: folder, force: arguments.has("--force"))
        }
        progress.finish()
        var summary = UnitRunSummary()
        for outcome in outcomes {
            output.standardError += outcome.standardError
            output.standardOutput += outcome.standardOutput
            summary.count(hasErrors: outcome.hasErrors, hasWarnings: outcome.hasWarnings)
        }
        if files.count > 1 { output.standardError += summary.line }
        return summary.failed > 0 ? .failure : .success
    }

    /// Check results to files for one unit.
    private static func render(_ result: Result<UnitReport, Diagnostic>, from path: String, templates: UnitTemplates.Compiled,
                               formats: [DocumentFormat], to folder: String, force: Bool) -> UnitOutcome {
        var outcome = UnitOutcome()
        let report: UnitReport
        switch result {
        case .failure(let error):
            outcome.standardError = DiagnosticFormatter.format(error)
            outcome.hasErrors = true
            return outcome
        case .success(let checked):
            report = checked
        }
        // The same findings as `check`, the unread-keys warning from the templates compiled for the documents.
        let unread = UnitTemplates.unreadKeys(of: report, in: templates)
        outcome.standardError = DiagnosticFormatter.format(report.findings + unread)
        outcome.hasWarnings = !report.warnings.isEmpty || !unread.isEmpty
        guard report.errors.isEmpty else {
            outcome.standardError += "\(path)：共 \(report.errors.count) 个错误，\(report.warnings.count) 个警告；没有生成文件。\n"
            outcome.hasErrors = true
            return outcome
        }
        do throws(CommandError) {
            let compiled: DocumentTemplates
            do throws(Diagnostic) {
                compiled = try (templates[report.format?.name ?? ""] ?? .failure(Diagnostic(at: .wholeFile(path), message: "没有可用的模板"))).get()
            } catch {
                throw .diagnostics([error])
            }
            let set: DocumentSet
            do throws(Diagnostic) {
                set = try DocumentSet.render(report, templates: compiled, formats: formats, stamp: DocumentStamp.sentence(dataFile: path, folder: folder))
            } catch {
                throw .diagnostics([error])
            }
            try write(set, from: path, to: folder, replacingOtherSources: force)
            for document in set.documents { outcome.standardOutput += (folder as NSString).appendingPathComponent(document.fileName) + "\n" }
        } catch {
            switch error {
            case .diagnostics(let diagnostics): outcome.standardError += DiagnosticFormatter.format(diagnostics)
            case .usage: break
            }
            outcome.hasErrors = true
        }
        return outcome
    }

    /// `-o` for one unit is its folder; for several it holds one folder per unit, named after each data file.
    static func outputFolder(for dataFile: String, option: String?, isOneOfMany: Bool) -> String {
        guard let option else { return defaultFolder(for: dataFile) }
        guard isOneOfMany else { return option }
        return (option as NSString).appendingPathComponent((defaultFolder(for: dataFile) as NSString).lastPathComponent)
    }

    /// `Inputs/更正.yaml` → `Inputs/更正/`: named after the data file, so a copy never writes
    /// into the original's folder.
    static func defaultFolder(for dataFile: String) -> String {
        let name = (dataFile as NSString).lastPathComponent
        let stem = ["yaml", "yml", "json"].contains((name as NSString).pathExtension.lowercased()) ? (name as NSString).deletingPathExtension : name + "-文档"
        return ((dataFile as NSString).deletingLastPathComponent as NSString).appendingPathComponent(stem)
    }

    /// Writes every document, after making sure none would replace a file jixiao did not write,
    /// or (without --force) one it wrote from another data file.
    private static func write(_ set: DocumentSet, from dataFile: String, to folder: String, replacingOtherSources: Bool) throws(CommandError) {
        try OutputFile.createFolder(folder)
        let targets = set.documents.map { (folder as NSString).appendingPathComponent($0.fileName) }
        for target in targets {
            switch DocumentStamp.origin(ofFileAt: target) {
            case nil, .jixiao(dataFile: nil): continue
            case .user:
                throw .diagnostics([Diagnostic(at: .wholeFile(target), message: "这个文件不是 jixiao 生成的，jixiao 不会替换它",
                                               hint: "把它移走或改名，或用 -o 换一个输出文件夹")])
            case .jixiao(dataFile: let recorded?):
                guard !replacingOtherSources, !DocumentStamp.names(recorded, sameAs: dataFile, folder: folder) else { continue }
                throw .diagnostics([Diagnostic(at: .wholeFile(target), message: "这个文件是 jixiao 从另一个数据文件「\(recorded)」生成的，jixiao 不会用「\(dataFile)」的内容替换它",
                                               hint: "用 -o 换一个输出文件夹；确实要替换时加 --force")])
            }
        }
        try OutputFile.write(zip(set.documents, targets).map { ($0.bytes, $1) }, overwriting: true)
    }
}
