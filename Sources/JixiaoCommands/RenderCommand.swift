import Foundation
import JixiaoDiagnostics
import JixiaoDocuments
import JixiaoModel
import JixiaoReader
import JixiaoTemplates

/// `jixiao render DATA [-o DIR] [--format md|html|docx|all] [--templates DIR]`: the documents a unit
/// hands in, from one data file.
enum RenderCommand {
    /// The first line of every document jixiao writes; a file without it is the user's and is never replaced.
    static let marker = "<!-- 由 jixiao 生成，修改请改数据文件后重新生成 -->"

    static let info = CommandInfo(
        name: "render",
        summary: "根据数据文件生成自评报告、基础数据表和自评表（Markdown、HTML 和 Word）。",
        discussion: """
            先做 jixiao check 的全部检查：有错误时不生成任何文件；只有警告时照常生成。
            输出文件夹默认在数据文件旁边，以单位和年度命名；jixiao 只会替换它自己生成的文件。
            """,
        arguments: [.init(name: "<数据文件>", help: "YAML 或 JSON 数据文件")],
        options: [
            .init(names: ["-o", "--output"], valueName: "<文件夹>", help: "输出文件夹（默认：数据文件旁边，以年度和单位命名）"),
            .init(names: ["--format"], valueName: "<格式>", help: "md、html、docx（Word）或 all（默认 all）", allowedValues: ["md", "html", "docx", "all"]),
            .init(names: ["--templates"], valueName: "<文件夹>", help: "模板文件夹（默认为 jixiao 自带的 Templates）"),
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
            report = UnitReport.check(try DataFileReader.read(contentsOf: path), frameworks: FrameworkLibrary(folder: TemplatesFolder.frameworks(in: templates)))
        } catch {
            throw .diagnostics([error])
        }
        output.standardError += DiagnosticFormatter.format(report.findings)
        guard report.errors.isEmpty else {
            output.standardError += "共 \(report.errors.count) 个错误，\(report.warnings.count) 个警告；没有生成文件。\n"
            return .failure
        }
        let formats: [DocumentFormat] = switch arguments.value(of: "--format") ?? "all" {
        case "md": [.markdown]
        case "html": [.html]
        case "docx": [.docx]
        default: [.markdown, .html, .docx]
        }
        let set: DocumentSet
        do throws(Diagnostic) {
            set = try DocumentSet.render(report, templates: templates, formats: formats)
        } catch {
            throw .diagnostics([error])
        }
        let folder = arguments.value(of: "--output")
            ?? ((path as NSString).deletingLastPathComponent as NSString).appendingPathComponent(DocumentSet.fileStem(for: report))
        try write(set, to: folder)
        for document in set.documents { output.standardOutput += (folder as NSString).appendingPathComponent(document.fileName) + "\n" }
        return .success
    }

    /// The document with the marker as its first line (after the doctype of an HTML page).
    static func marked(_ text: String) -> String {
        if text.hasPrefix("<!DOCTYPE"), let newline = text.firstIndex(of: "\n") {
            return String(text[...newline]) + marker + "\n" + text[text.index(after: newline)...]
        }
        return marker + "\n" + text
    }

    /// Writes every document, after making sure none would replace a file jixiao did not write.
    private static func write(_ set: DocumentSet, to folder: String) throws(CommandError) {
        let manager = FileManager.default
        do {
            try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw .diagnostics([Diagnostic(at: Location(file: folder, line: 0, column: 0), message: "无法创建输出文件夹", hint: "检查路径和写入权限")])
        }
        let targets = set.documents.map { (folder as NSString).appendingPathComponent($0.fileName) }
        let foreign = targets.filter { target in
            guard let data = manager.contents(atPath: target) else { return false }
            // A Word file carries the stamp in its document properties, read back from the ZIP.
            if target.hasSuffix(".\(DocumentFormat.docx.fileExtension)") { return !WordFile.isGeneratedByJixiao([UInt8](data)) }
            return !String(decoding: data.prefix(400), as: UTF8.self).contains(marker)
        }
        if let first = foreign.first {
            throw .diagnostics([Diagnostic(at: Location(file: first, line: 0, column: 0), message: "这个文件不是 jixiao 生成的，jixiao 不会替换它",
                                           hint: "把它移走或改名，或用 -o 换一个输出文件夹")])
        }
        let files = zip(set.documents, targets).map { document, target in
            switch document.contents {
            case .text(let text): (Array(marked(text).utf8), target)
            case .bytes(let bytes): (bytes, target)
            }
        }
        try OutputFile.write(files, overwriting: true)
    }
}
