/// A section of the standard report outline, recognised by the words of its heading.
///
/// The numbering is not used to decide (reports jump from 二 to 六 and leave headings
/// unnumbered); the words are, checked in `allCases` order so that `自评材料报送及公开一致情况`
/// is 公开 before it is 报送.
enum SectionKind: CaseIterable, Sendable {
    case unitOverview, organisation, staff, tasks, goals, spending, threePublicExpenses, otherBudgets
    case selfAssessmentWork, group, process, disclosure, submission
    case results, conclusion, indicators, keyWork, keyProjects, practices, problems, measures, other, table

    /// Heading words that name this section; one is enough.
    var words: [String] {
        switch self {
        case .unitOverview: ["单位基本情况"]
        case .organisation: ["机构设置", "部门职能", "职能职责", "主要职能", "主要职责"]
        case .staff: ["人员编制", "人员情况"]
        case .tasks: ["年度总体工作", "重点工作任务", "年度工作任务"]
        case .goals: ["绩效目标设定", "整体支出绩效目标", "部门绩效目标", "年度绩效目标"]
        case .spending: ["整体支出情况", "支出管理及使用", "收支情况", "整体收入情况"]
        case .threePublicExpenses: ["三公"]
        case .otherBudgets: ["政府性基金预算支出", "国有资本经营预算支出", "社会保险基金预算支出"]
        case .selfAssessmentWork: ["自评工作开展情况", "自评组织情况"]
        case .group: ["评价小组", "自评小组", "工作小组情况"]
        case .process: ["工作过程"]
        case .disclosure: ["公开一致", "公开情况"]
        case .submission: ["报送时间", "报送及时", "报送质量"]
        case .results: ["绩效自评情况", "整体支出绩效情况"]
        case .conclusion: ["自评结果", "综合评价结论", "评价结论"]
        case .indicators: ["指标分析"]
        case .keyWork: ["重点工作完成情况"]
        case .keyProjects: ["重点项目支出绩效"]
        case .practices: ["做法和经验", "做法及经验", "主要做法"]
        case .problems: ["存在问题", "存在的问题"]
        case .measures: ["改进措施", "改进意见"]
        case .other: ["其他自评情况", "其他需要说明"]
        case .table: ["基础数据表", "绩效自评表", "支出绩效自评表"]
        }
    }

    /// The section a heading title names, if any.
    static func named(by title: String) -> SectionKind? {
        allCases.first { kind in kind.words.contains { title.contains($0) } }
    }
}
