import JixiaoModel

/// Puts each recognised section where the data file keeps it, reads the figures, and hands
/// every line that no value took whole to the draft's unplaced block.
struct SectionPlacer {
    let outline: Outline
    let lines: [ReportLine]
    /// The tables of the report and its attachments, numbered as `lines` are.
    let tables: [ReportTable]
    let format: String
    /// Where the framework named by 指标体系 is looked up (nil: indicator paragraphs are not matched).
    let frameworks: FrameworkLibrary?

    /// Narrative sections and the key each goes to.
    static let narrativeKeys: [(SectionKind, String)] = [
        (.tasks, "单位基本情况.年度工作任务"), (.threePublicExpenses, "三公经费.说明"), (.process, "自评工作.工作过程"),
        (.submission, "自评工作.报送情况"), (.disclosure, "自评工作.公开情况"), (.conclusion, "自评结果.结论"),
        (.indicators, "绩效指标分析"), (.keyWork, "重点工作完成情况"), (.keyProjects, "重点项目支出绩效情况"), (.practices, "主要做法和经验"), (.problems, "存在问题"), (.measures, "改进措施"),
        (.other, "其他自评情况"),
    ]

    /// Sections whose sentences are not read for amounts (they describe duties and work, and
    /// their numbers are of other things).
    static let withoutAmounts: Set<SectionKind> = [.organisation, .staff, .tasks, .goals, .group, .process, .submission,
                                                   .disclosure, .practices, .problems, .measures]

    func place(into draft: inout Draft) {
        CoverReader.read(Array(lines.prefix(min(max(outline.front.count, CoverReader.coverLines), CoverReader.longestFront))),
                         into: &draft)
        CoverReader.readSignature(lines, into: &draft)
        draft.set("报告格式", .text(format), from: nil)
        placeUnit(into: &draft)
        let goals = content(.goals)
        if let value = NarrativeReader.content(of: goals, droppingPrefix: /目标\s*[0-9]+\s*[：:]/) {
            draft.set("绩效目标", value, from: goals[0])
            draft.markPlaced(goals)
        }
        placeOtherBudgets(into: &draft)
        placeGroup(into: &draft)
        for (kind, key) in Self.narrativeKeys {
            let lines = content(kind)
            guard let value = NarrativeReader.content(of: lines) else { continue }
            draft.set(key, value, from: lines[0])
            draft.markPlaced(lines)
        }
        placeFigures(into: &draft)
        // Headings are the templates' to write; their inline text is a content line.
        draft.keepUnplaced(outline.front + outline.sections.flatMap(\.content))
    }

    /// Paragraphs that jixiao's own templates compute (a report rendered by jixiao, imported
    /// back): the figures are read from them, the text is left to the templates. So is the
    /// closing 「经过认真客观自评，…自评分数为98分，等级为优。」 paragraph that the 广东 template adds,
    /// and 湖南's score paragraph.
    static let computedOpenings = ["主要指标按数据计算如下", "各项指标自评得分"]

    private func content(_ kind: SectionKind) -> [ReportLine] {
        outline.sections(kind).flatMap(\.content).filter { line in
            !Self.computedOpenings.contains { line.text.hasPrefix($0) }
                && line.text.wholeMatch(of: /经过认真客观自评，[^。]*自评分数为[^。]*等级为[^。]*。/) == nil
                // 湖南's 「2023年度部门整体支出绩效自评分数为97分，绩效评价等次为“优秀”。」 as a paragraph of its own.
                && line.text.wholeMatch(of: /[0-9]{4}年度部门整体支出绩效自评分数为[^。]*等次为[^。]*。/) == nil
        }
    }

    private func placeUnit(into draft: inout Draft) {
        let organisation = content(.organisation)
        let staff = content(.staff)
        for line in organisation + staff {
            if let match = line.text.firstMatch(of: /为(正|副)?(处|科|厅|局|股)级(行政|事业|参公|参照公务员法管理)?单位/) {
                draft.set("单位基本情况.级别性质", .text(String(match.0.dropFirst())), from: line)
            }
            if let match = line.text.firstMatch(of: /成立于\s*([0-9]{4}年[0-9]{1,2}月)/) {
                draft.set("单位基本情况.成立时间", .text(String(match.1)), from: line)
            }
            if let match = line.text.firstMatch(of: /领导职数\s*([0-9]+正[0-9]+副)/) {
                draft.set("单位基本情况.领导职数", .text(String(match.1)), from: line)
            }
            if let match = line.text.firstMatch(of: /内设(?:股室|科室|机构)?\s*[0-9]+\s*个(?:股室|科室|机构)?(?:[，,：:]?分别(?:为|是)[：:]?|[：:])([^。]+)/) {
                draft.set("单位基本情况.内设机构", .texts(Self.names(match.1)), from: line)
            } else if let match = line.text.firstMatch(of: /内设([^。，0-9]{2,60}?)\s*[0-9]+\s*个(?:科室|股室)/) {
                draft.set("单位基本情况.内设机构", .texts(Self.names(match.1)), from: line)
            }
        }
        StaffReader.read(organisation + staff, into: &draft)
        var duties = NarrativeReader.listItems(of: organisation)
        // 「部门职能情况：……其中：」 then one paragraph a duty, unnumbered.
        if duties.items.isEmpty, let colon = organisation.firstIndex(where: { $0.text.hasSuffix("：") }) {
            let following = organisation[(colon + 1)...].filter { Numbering(line: $0.text) == nil }
            duties = (following.map(\.text), Array(following))
        }
        if !duties.items.isEmpty {
            draft.set("单位基本情况.主要职责", .texts(duties.items), from: duties.used[0])
            draft.markPlaced(duties.used)
        }
    }

    private func placeOtherBudgets(into draft: inout Draft) {
        let sections = outline.sections(.otherBudgets)
        guard let first = sections.first else { return }
        let items = sections.map { section in
            Draft.Section(title: section.title, body: section.content.map(\.text))
        }
        draft.set("收支情况.其他预算支出", .sections(items), from: first.heading)
        draft.markPlaced(sections.flatMap(\.content))
    }

    private func placeGroup(into draft: inout Draft) {
        for line in content(.group) {
            let text = line.text
            let before = draft.entries.count
            if let match = text.wholeMatch(of: /组\s*长[：:]\s*(.+)/) {
                draft.set("自评工作.评价小组.组长", .text(String(match.1)), from: line)
            } else if let match = text.wholeMatch(of: /副\s*组\s*长[：:]\s*(.+)/) {
                draft.set("自评工作.评价小组.副组长", .texts(Self.names(match.1)), from: line)
            } else if let match = text.wholeMatch(of: /(?:成\s*员|组\s*员)[：:]\s*(.+)/) {
                draft.set("自评工作.评价小组.成员", .texts(Self.names(match.1)), from: line)
            } else if text.contains("下设办公室") || text.contains("办公室设在") {
                draft.set("自评工作.评价小组.办公室", .text(text), from: line)
            } else {
                if let match = text.firstMatch(of: /由([^，。、；]{2,16}?)(?:同志)?担任组长|组长由([^，。、；]{2,16}?)(?:同志)?担任/) {
                    draft.set("自评工作.评价小组.组长", .text(String(match.1 ?? match.2 ?? "")), from: line)
                }
                if let match = text.firstMatch(of: /([^，。、；由]{2,12}?)担任副组长/) {
                    draft.set("自评工作.评价小组.副组长", .texts([String(match.1)]), from: line)
                }
                if let match = text.firstMatch(of: /([^，。、；]{2,16}?)为(?:小组)?成员|组员由([^，。、；]{2,24}?)担任/) {
                    draft.set("自评工作.评价小组.成员", .texts([String(match.1 ?? match.2 ?? "")]), from: line)
                }
                continue
            }
            if draft.entries.count > before { draft.markPlaced([line]) }
        }
    }

    private func placeFigures(into draft: inout Draft) {
        for line in content(.disclosure) + lines where line.text.contains("网站") && !draft.has("自评工作.公开网站") {
            if let match = line.text.firstMatch(of: /在([^，。、；在]{2,20}?网站)(?:上)?公开/) {
                draft.set("自评工作.公开网站", .text(String(match.1)), from: line)
            }
        }
        // 「于7月28日前完成自评材料」: the year is the one the report was filled in.
        if case .date(let filled)? = draft.entries.first(where: { $0.path == ["填报日期"] })?.content {
            for line in content(.submission) + content(.disclosure) where !draft.has("自评工作.报送日期") {
                if let match = line.text.firstMatch(of: /于\s*([0-9]{1,2})\s*月\s*([0-9]{1,2})\s*日/) {
                    let month = match.1.count == 1 ? "0" + match.1 : String(match.1)
                    let day = match.2.count == 1 ? "0" + match.2 : String(match.2)
                    draft.set("自评工作.报送日期", .date("\(filled.prefix(4))-\(month)-\(day)"), from: line)
                }
            }
        }
        let wan = lines.reduce(0) { $0 + $1.text.components(separatedBy: "万元").count - 1 }
        let yuan = lines.reduce(0) { $0 + $1.text.components(separatedBy: "元").count - 1 } - wan
        let unit = wan >= yuan ? "万元" : "元"
        draft.set("金额单位", .text(unit), from: nil)
        let framework: String? =
            switch format {
            case "湖南": "湖南"
            case "广东": lines.contains { $0.text.contains("履职效能") } ? "广东（新）" : "广东（旧）"
            default: nil
            }
        if let framework { draft.set("指标体系", .text(framework), from: nil) }
        let reader = FigureReader(unit: unit)
        for section in outline.sections where !Self.withoutAmounts.contains(section.kind) {
            for line in section.content { reader.read(line, into: &draft) }
        }
        for line in lines { FormulaReader.read(line, into: &draft) }
        TableReader.read(content(.table), into: &draft)
        // An indicator's 「自评得分9分」 is not the total.
        let analysis = analysisLines
        let analysed = Set(analysis)
        let scoredLines = lines.filter { !analysed.contains($0) }
        ScoreReader.read(content(.conclusion) + content(.results) + scoredLines, into: &draft)
        var named: Framework?
        do throws(FrameworkError) {
            named = try framework.flatMap { name throws(FrameworkError) in try frameworks?.framework(named: name) }
        } catch {
            // A framework file that cannot be read is check's to report; here it only matches no names.
            named = nil
        }
        IndicatorReader.read(tables: tables, analysis: analysis, lines: lines, framework: named, into: &draft)
    }

    /// 绩效指标分析 with its headings, down to the next section of the report's own outline: the
    /// indicators' own headings (`（2）“三公”经费控制情况`) may read as sections of another kind.
    private var analysisLines: [ReportLine] {
        guard let start = outline.sections.firstIndex(where: { $0.kind == .indicators }) else { return [] }
        let ends: Set<SectionKind> = [.practices, .problems, .measures, .other, .keyWork, .keyProjects, .table, .results]
        var result: [ReportLine] = []
        for (index, section) in outline.sections[start...].enumerated() {
            if index > 0, ends.contains(section.kind) || section.kind == .indicators
                || (Numbering(line: section.heading.text)?.level ?? 3) <= 2 { break }
            result += [section.heading] + section.content
        }
        return result
    }

    /// `文秘1，文秘2，综合` or `一科、二科、三科` → the names.
    private static func names(_ text: Substring) -> [String] {
        text.split(whereSeparator: { "，,、；;".contains($0) }).map { String($0).trimmingTitlePunctuation() }
            .filter { !$0.isEmpty }
    }
}
