import JixiaoDiagnostics
import JixiaoReader

/// The framework a data file names: it must exist, and the scored indicators must be its own
/// (一级 and 二级 names as the framework writes them), so that a typo cannot drop a row.
enum FrameworkCheck {
    /// The framework named by 指标体系, or the findings why it cannot be used.
    static func framework(for document: DataDocument, in library: FrameworkLibrary?) -> (Framework?, [Diagnostic]) {
        guard let node = document.root.node(at: "指标体系"), let name = document.root.text(at: "指标体系") else { return (nil, []) }
        let source = document.source
        guard let library else { return (nil, []) }
        do throws(FrameworkError) {
            if let framework = try library.framework(named: name) { return (framework, []) }
        } catch {
            return (nil, error.diagnostics)
        }
        let suggestion = Suggestion.nearest(to: name, in: library.names)
        let known = library.names.isEmpty ? "（\(library.folder) 里没有指标体系文件）" : "：" + library.names.joined(separator: "、")
        return (nil, [Diagnostic(in: source, at: node.position, message: "找不到指标体系「\(name)」",
                                 hint: suggestion.map { "是否想写「\($0)」？" } ?? "可用的指标体系\(known)")])
    }

    static func findings(in context: CheckContext) -> [Diagnostic] {
        guard let framework = context.framework, case .list(let rows) = context.root.node(at: "自评表.指标")?.value else { return [] }
        var findings: [Diagnostic] = []
        if let sheet = context.scoreSheet, let node = context.root.node(at: "指标体系") {
            for item in sheet.computedScores where item.working.hasPrefix("无法计算") {
                findings.append(context.finding(at: node.position, "指标体系「\(framework.name)」的「\(item.name)」由 jixiao 按比率计分，但数据文件里缺少计算所需的数",
                                                hint: "补上相关的收支数字，例如「收支情况.支出.全年预算数」和「收支情况.支出.决算数」"))
            }
        }
        for row in rows {
            guard let first = row.text(at: "一级指标"), let firstNode = row.node(at: "一级指标") else { continue }
            guard let indicator = framework.indicators.first(where: { $0.name == first }) else {
                let suggestion = Suggestion.nearest(to: first, in: framework.indicators.map(\.name))
                findings.append(context.finding(at: firstNode.position, "「\(first)」不是指标体系「\(framework.name)」的一级指标",
                    hint: suggestion.map { "是否想写「\($0)」？" } ?? "一级指标：" + framework.indicators.map(\.name).joined(separator: "、")))
                continue
            }
            if let second = row.text(at: "二级指标"), let secondNode = row.node(at: "二级指标"), !indicator.children.isEmpty,
                !indicator.children.contains(where: { $0.name == second })
            {
                let names = indicator.children.map(\.name)
                findings.append(context.finding(at: secondNode.position, "「\(second)」不是「\(first)」下的二级指标",
                    hint: Suggestion.nearest(to: second, in: names).map { "是否想写「\($0)」？" } ?? "「\(first)」的二级指标：" + names.joined(separator: "、")))
            }
        }
        return findings
    }
}
