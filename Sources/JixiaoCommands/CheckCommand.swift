import Foundation
import JixiaoDiagnostics
import JixiaoDocuments
import JixiaoModel
import JixiaoReader

/// `jixiao check FILE... [--strict] [--format json]`: what is wrong with data files, the way a
/// compiler says it.
enum CheckCommand {
    static let info = CommandInfo(
        name: "check",
        summary: "检查数据文件：合计、比率、得分、等级、年份和文字，像编译器一样指出每个问题。",
        discussion: """
            每个问题写成「文件:行:列: 错误|警告：说明」，下面引用那一行并指出位置。
            有错误时退出码为 1；只有警告时为 0，加 --strict 时警告也算失败。
            """,
        arguments: [.init(name: "<数据文件>", help: "一个或多个 YAML、JSON 数据文件", isRepeating: true)],
        options: [
            .init(names: ["--strict"], valueName: nil, help: "警告也算失败（退出码 1）"),
            .init(names: ["--format"], valueName: "<格式>", help: "输出格式：text（默认）或 json（供其他程序读取）", allowedValues: ["text", "json"]),
            .init(names: ["--templates"], valueName: "<文件夹>", help: "模板文件夹（其中的格式文件夹和「指标体系」子文件夹），默认为 Templates"),
        ],
        run: { arguments, output throws(CommandError) in
            var findings: [Diagnostic] = []
            let templates = TemplatesFolder.locate(arguments.value(of: "--templates"))
            let library = ReportLibrary(templatesFolder: templates)
            var compiled: [String: DocumentTemplates] = [:]
            for path in arguments.values {
                do throws(Diagnostic) {
                    let report = UnitReport.check(try DataFileReader.read(contentsOf: path), library: library)
                    findings += report.findings
                    // Text the format's templates never print: only for a file the documents could be made from.
                    if report.errors.isEmpty, let format = report.format?.name {
                        if compiled[format] == nil { compiled[format] = try DocumentTemplates(folder: templates, region: format, formats: [.markdown, .html]) }
                        findings += UnreadKeys.findings(in: report, templates: compiled[format]!)
                    }
                } catch {
                    findings.append(error)
                }
            }
            let errors = findings.filter { $0.severity == .error }.count
            let warnings = findings.count - errors
            if arguments.value(of: "--format") == "json" {
                output.standardOutput += FindingsJSON.text(findings)
            } else {
                output.standardError += DiagnosticFormatter.format(findings)
                output.standardError += findings.isEmpty ? "没有发现问题。\n" : "共 \(errors) 个错误，\(warnings) 个警告。\n"
            }
            return errors > 0 || (arguments.has("--strict") && warnings > 0) ? .failure : .success
        })
}

/// Findings as JSON for other programs: file, line, column, severity, message, hint.
enum FindingsJSON {
    static func text(_ findings: [Diagnostic]) -> String {
        let objects: [[String: Any]] = findings.map {
            var object: [String: Any] = [
                "file": $0.location.file, "line": $0.location.line, "column": $0.location.column,
                "severity": $0.severity == .error ? "error" : "warning", "message": $0.message,
            ]
            if let hint = $0.hint { object["hint"] = hint }
            return object
        }
        let data = (try? JSONSerialization.data(withJSONObject: objects, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
