import JixiaoModel

/// Indicator scores from the paragraphs of 绩效指标分析, each stating its own:
/// `（1）新增项目事前绩效评估：我办2024年没有新增项目预算，自评得分2分。`, matched by name to the
/// indicators of the unit's framework (`Templates/指标体系/`).
///
/// Worked example (广东（新）): `2.管理效率` names a 一级指标; `（1）新增项目事前绩效评估：…自评得分2分`
/// names its first 二级指标 and scores it 2; `3.信息公开` then `我办按照…自评得分3分` scores 信息公开,
/// the score in the paragraph after the heading; under `1.履职效能`, `（1）我办执行……自评得分20分`
/// names no indicator, so the first 二级指标 of 履职效能 is meant (the item's number is its place).
/// A sub-item under a 二级指标 (`4.绩效管理` then `（1）绩效管理制度建设`) scores that 二级指标.
enum IndicatorParagraphReader {
    static func rows(in lines: [ReportLine], framework: Framework) -> [IndicatorRow] {
        var rows: [IndicatorRow] = []
        var first: Framework.Indicator?
        var second: Framework.Indicator?
        /// The numbering level that named `second`: an item of the same level is its sibling.
        var secondLevel: Int?
        for line in lines {
            let numbering = Numbering(line: line.text)
            let head = Self.head(of: numbering?.rest ?? line.text)
            if let (parent, child) = match(head, framework: framework, within: first) {
                if parent.name != first?.name || child == nil { second = nil }
                first = parent
                if let child {
                    second = child
                    secondLevel = numbering?.level
                }
            } else if let numbering, numbering.level == 4, let first, !first.children.isEmpty,
                      secondLevel == nil || secondLevel == 4,
                      let place = numbering.ordinal, place >= 1, place <= first.children.count {
                second = first.children[place - 1]
                secondLevel = 4
            }
            guard let match = line.text.firstMatch(of: /自评(?:分)?得分(?:为|是)?\s*([0-9]{1,3}(?:\.[0-9]{1,2})?)\s*分/),
                  let first else { continue }
            guard second != nil || first.children.isEmpty else { continue }
            rows.append(IndicatorRow(first: first.name, second: second?.name, score: String(match.1),
                                     source: line, isFromTable: false))
        }
        return rows
    }

    /// The words an item opens with: up to its first `：`, `。` or `，`, at most 30 characters.
    private static func head(of text: String) -> String {
        let end = text.firstIndex { "：:。，,；;".contains($0) } ?? text.endIndex
        return String(text[..<end].prefix(30))
    }

    /// The indicator a heading or an item names: a 二级指标 of the current 一级 first, then a
    /// 一级指标, then a 二级指标 of another 一级. A name matches when the words equal it or open with it
    /// (`预算编制情况` is 预算编制).
    private static func match(_ head: String, framework: Framework, within current: Framework.Indicator?)
        -> (Framework.Indicator, Framework.Indicator?)? {
        let key = IndicatorName.key(head)
        guard !key.isEmpty else { return nil }
        func names(_ indicator: Framework.Indicator) -> Bool {
            let name = IndicatorName.key(indicator.name)
            return key == name || (key.hasPrefix(name) && key.count <= name.count + 4)
        }
        if let current, let child = current.children.first(where: names) { return (current, child) }
        if let parent = framework.indicators.first(where: names) { return (parent, nil) }
        for parent in framework.indicators {
            if let child = parent.children.first(where: names) { return (parent, child) }
        }
        return nil
    }
}
