import JixiaoDiagnostics

/// A framework's 二级指标 that the unit scored nothing under, once it has scored some, where the
/// framework says every one is scored (广东): the sheet prints each as an empty row, which a
/// bureau reads as forgotten.
enum UnscoredIndicatorCheck {
    static func findings(in context: CheckContext) -> [Diagnostic] {
        guard let framework = context.framework, framework.scoresEveryIndicator, let name = context.data.frameworkName, !context.data.indicators.isEmpty else { return [] }
        let scored = Set(context.data.indicators.map { [$0.first?.value ?? "", $0.second?.value ?? ""] })
        let unscored = framework.indicators.filter { !$0.isScoredByRule }.flatMap { first in
            first.children.map { [first.name, $0.name] }.filter { !scored.contains($0) }
        }
        guard !unscored.isEmpty else { return [] }
        let listed = unscored.prefix(3).map { $0.joined(separator: "—") }.joined(separator: "、")
        return [context.finding(.warning, at: name.position,
                                "指标体系「\(framework.name)」的 \(unscored.count) 项二级指标还没有打分：\(listed)\(unscored.count > 3 ? " 等" : "")",
                                hint: "在「自评表.指标」里为每项写一行（一级指标、二级指标、得分）；评分表会把没打分的指标印成空行")]
    }
}
