import Foundation
import JixiaoDiagnostics
import JixiaoDocuments
import JixiaoModel
import JixiaoReader
import JixiaoTemplates

/// `jixiao render DATA [-o DIR] [--format md|html|all] [--templates DIR]`: the documents a unit
/// hands in, from one data file.
enum RenderCommand {
    static let info = CommandInfo(
        name: "render",
        summary: "根据数据文件生成自评报告、基础数据表和自评表（Markdown 和 HTML）。",
        discussion: """
            先做 jixiao check 的全部检查：有错误时不生成任何文件；只有警告时照常生成。
            输出文件夹默认在数据文件旁边，与数据文件同名（去掉 .yaml/.json）。
            jixiao 只替换它自己从同一个数据文件生成的文件；别的数据文件生成的文件要加 --force 才替换，用户自己的文件从不替换。
            """,
        arguments: [.init(name: "<数据文件>", help: "YAML 或 JSON 数据文件")],
        options: [
            .init(names: ["-o", "--output"], valueName: "<文件夹>", help: "输出文件夹（默认：数据文件旁边，与数据文件同名）"),
            .init(names: ["--format"], valueName: "<格式>", help: "md、html 或 all（默认 all）", allowedValues: ["md", "html", "all"]),
            .init(names: ["--templates"], valueName: "<文件夹>", help: "模板文件夹（默认为 jixiao 自带的 Templates）"),
            .init(names: ["--force"], valueName: nil, help: "替换由别的数据文件生成的文件（用户自己写的文件仍然不替换）"),
            .init(names: ["--watch"], valueName: nil, help: "一直运行：数据文件或模板一保存就重新生成；文件有错时保留上次生成的文件。按 Ctrl-C 结束"),
        ],
        run: { arguments, output throws(CommandError) in
            guard arguments.has("--watch") else { return try renderOnce(arguments, into: &output) }
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

    /// One render: check, render in memory, then write.
    static func renderOnce(_ arguments: ParsedArguments, into output: inout CommandOutput) throws(CommandError) -> ExitCode {
        let path = arguments.values[0]
        let templates = TemplatesFolder.locate(arguments.value(of: "--templates"))
        let report: UnitReport
        do throws(Diagnostic) {
            report = UnitReport.check(try DataFileReader.read(contentsOf: path), library: ReportLibrary(templatesFolder: templates))
        } catch {
            throw .diagnostics([error])
        }
        output.standardError += DiagnosticFormatter.format(report.findings)
        guard report.errors.isEmpty else {
            output.standardError += "共 \(report.errors.count) 个错误，\(report.warnings.count) 个警告；没有生成文件。\n"
            return .failure
        }
        let formats: [OutputFormat] = switch arguments.value(of: "--format") ?? "all" {
        case "md": [.markdown]
        case "html": [.html]
        default: [.markdown, .html]
        }
        let set: DocumentSet
        do throws(Diagnostic) {
            set = try DocumentSet.render(report, templates: templates, formats: formats)
        } catch {
            throw .diagnostics([error])
        }
        let folder = arguments.value(of: "--output") ?? defaultFolder(for: path)
        try write(set, from: path, to: folder, replacingOtherSources: arguments.has("--force"))
        for document in set.documents { output.standardOutput += (folder as NSString).appendingPathComponent(document.fileName) + "\n" }
        return .success
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
        let manager = FileManager.default
        do {
            try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw .diagnostics([Diagnostic(at: .wholeFile(folder), message: "无法创建输出文件夹", hint: "检查路径和写入权限")])
        }
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
        try OutputFile.write(zip(set.documents, targets).map { (DocumentStamp.stamped($0.text, dataFile: dataFile, folder: folder), $1) }, overwriting: true)
    }
}
