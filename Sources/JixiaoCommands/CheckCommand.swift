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
            给了文件夹时检查其中全部数据文件（多个单位同时检查，用上全部处理器），最后一行说明多少个单位通过、多少个有错误。
            """,
        arguments: [.init(name: "<数据文件>", help: "一个或多个 YAML、JSON 数据文件，或存放数据文件的文件夹", isRepeating: true)],
        options: [
            .init(names: ["--strict"], valueName: nil, help: "警告也算失败（退出码 1）"),
            .init(names: ["--format"], valueName: "<格式>", help: "输出格式：text（默认）或 json（供其他程序读取）", allowedValues: ["text", "json"]),
            .init(names: ["--templates"], valueName: "<文件夹>", help: "模板文件夹（其中的格式文件夹和「指标体系」子文件夹），默认为 Templates"),
        ],
        run: { arguments, output throws(CommandError) in
            let templates = TemplatesFolder.locate(arguments.value(of: "--templates"))
            let library = ReportLibrary(templatesFolder: templates)
            let (files, missing) = DataFiles.expand(arguments.values)
            // Text the format's templates never print: only for a file the documents could be
            // made from, each format's templates compiled once.
            let (checked, compiled) = UnitTemplates.check(files, library: library, formats: UnitTemplates.warningFormats)
            let perFile: [[Diagnostic]] = checked.map { result in
                switch result {
                case .failure(let error): [error]
                case .success(let report): UnitTemplates.findings(of: report, in: compiled)
                }
            }
            let findings = missing + perFile.flatMap { $0 }
            let errors = findings.filter { $0.severity == .error }.count
            let warnings = findings.count - errors
            if arguments.value(of: "--format") == "json" {
                output.standardOutput += FindingsJSON.text(findings)
            } else {
                output.standardError += DiagnosticFormatter.format(findings)
                output.standardError += findings.isEmpty ? "没有发现问题。\n" : "共 \(errors) 个错误，\(warnings) 个警告。\n"
                if files.count > 1 {
                    var summary = UnitRunSummary()
                    for unit in perFile { summary.count(hasErrors: unit.contains { $0.severity == .error }, hasWarnings: !unit.isEmpty) }
                    output.standardError += summary.line
                }
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
