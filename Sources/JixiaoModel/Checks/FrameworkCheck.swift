import JixiaoDiagnostics
import JixiaoReader

/// The format and framework a data file names: they must exist in the templates folder, and
/// the scored indicators must be the framework's own (一级 and 二级 names as the framework
/// writes them), so that a typo cannot drop a row.
enum FrameworkCheck {
    /// The format named by 报告格式 (the schema has checked that the templates folder has it).
    static func format(for data: UnitData, in library: ReportLibrary, source: SourceText) -> (ReportFormat?, [Diagnostic]) {
        guard let name = data.formatName?.value else { return (nil, []) }
        do throws(FrameworkError) {
            return (try library.formats.format(named: name), [])
        } catch {
            return (nil, error.diagnostics)
        }
    }

    /// The framework named by 指标体系, or the findings why it cannot be used.
    static func framework(for data: UnitData, in library: ReportLibrary, source: SourceText) -> (Framework?, [Diagnostic]) {
        guard let named = data.frameworkName else { return (nil, []) }
        do throws(FrameworkError) {
            if let framework = try library.frameworks.framework(named: named.value) { return (framework, []) }
        } catch {
            return (nil, error.diagnostics)
        }
        let names = library.frameworks.names
        // A templates folder without formats is reported once, of the folder (`ReportLibrary`).
        guard library.missingFolderFinding == nil else { return (nil, []) }
        guard !names.isEmpty else {
            return (nil, [Diagnostic(at: .wholeFile(library.frameworks.folder), message: "找不到指标体系文件夹，或其中没有指标体系文件",
                                     hint: "jixiao 在「\(library.frameworks.folder)」里找指标体系；用 --templates 指定 jixiao 的 Templates 文件夹，或设置环境变量 JIXIAO_TEMPLATES")])
        }
        let suggestion = Suggestion.nearest(to: named.value, in: names)
        return (nil, [Diagnostic(in: source, at: named.position, message: "找不到指标体系「\(named.value)」",
                                 hint: (suggestion.map { "是否想写「\($0)」？" } ?? "可用的指标体系：" + names.joined(separator: "、"))
                                     + "（jixiao 在「\(library.frameworks.folder)」里找）")])
    }

    static func findings(in context: CheckContext) -> [Diagnostic] {
        guard let framework = context.framework, !context.data.indicators.isEmpty else { return [] }
        var findings: [Diagnostic] = []
        if let sheet = context.scoreSheet, let named = context.data.frameworkName, !context.hasDecodeErrors {
            for item in sheet.computedScores where !item.isComputable {
                findings.append(context.finding(at: named.position, "指标体系「\(framework.name)」的「\(item.name)」由 jixiao 按比率计分，但数据文件里缺少计算所需的数",
                                                hint: "补上相关的收支数字，例如「收支情况.支出.全年预算数」和「收支情况.支出.决算数」"))
            }
        }
        for row in context.data.indicators {
            guard let first = row.first else { continue }
            guard let indicator = framework.indicators.first(where: { $0.name == first.value }) else {
                let suggestion = Suggestion.nearest(to: first.value, in: framework.indicators.map(\.name))
                findings.append(context.finding(at: first.position, "「\(first.value)」不是指标体系「\(framework.name)」的一级指标",
                    hint: suggestion.map { "是否想写「\($0)」？" } ?? "一级指标：" + framework.indicators.map(\.name).joined(separator: "、")))
                continue
            }
            if let second = row.second, !indicator.children.isEmpty, !indicator.children.contains(where: { $0.name == second.value }) {
                let names = indicator.children.map(\.name)
                findings.append(context.finding(at: second.position, "「\(second.value)」不是「\(first.value)」下的二级指标",
                    hint: Suggestion.nearest(to: second.value, in: names).map { "是否想写「\($0)」？" } ?? "「\(first.value)」的二级指标：" + names.joined(separator: "、")))
            }
        }
        return findings
    }
}
