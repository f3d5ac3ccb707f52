import JixiaoModel
import JixiaoTestSupport
import Testing

/// Every rule of `jixiao check`, each with a data file that breaks it; the seeds' real
/// mistakes (domain.md §10) are among them, named by their defect number.
@Suite struct CheckTests {
    static let sums: [FindingCase] = [
        .init(name: "income sources do not add up", file: baseFile + """
            收支情况:
              收入:
                决算数: 1️⃣8397909.75
                决算来源: {一般公共预算财政拨款收入: 8397200.18, 其他收入: 700}

            """, message: "「收支情况.收入.决算数」是 8397909.75，但「收支情况.收入.决算来源」各项之和是 8397200.18+700.00=8397900.18"),
        .init(name: "D3.2 basic plus project spending is not the total (655.69 + 898.41)", file: baseFile + """
            收支情况:
              支出:
                决算数: 1️⃣1564.1
                决算构成: {基本支出: 655.69, 项目支出: 898.41}

            """, message: "「收支情况.支出.决算数」是 1564.10，但「收支情况.支出.决算构成」各项之和是 655.69+898.41=1554.10"),
        .init(name: "personnel plus public funds is not basic spending", file: baseFile + """
            收支情况:
              支出:
                决算构成: {基本支出: 1️⃣1007.30}
                人员经费: 673.57
                公用经费: 333.00

            """, message: "「收支情况.支出.决算构成.基本支出」是 1007.30，但「人员经费 + 公用经费」各项之和是 673.57+333.00=1006.57"),
        .init(name: "functional classes do not add up", file: baseFile + """
            收支情况:
              支出:
                决算数: 1️⃣1007.30
                功能分类: {一般公共服务支出: 845.2, 科学技术支出: 5.22}

            """, message: "「收支情况.支出.决算数」是 1007.30，但「收支情况.支出.功能分类」各项之和是 845.20+5.22=850.42"),
        .init(name: "D3.4 staff by kind does not add up (8 + 9 ≠ 15)", file: baseFile + """
            单位基本情况:
              在职人员: {合计: 1️⃣15, 公务员: 8, 后勤服务人员: 9}

            """, message: "「单位基本情况.在职人员.合计」是 15，但「单位基本情况.在职人员」各项之和是 8+9=17"),
        .init(name: "fewer internal units counted than named", file: baseFile + """
            单位基本情况:
              内设机构: [办公室, 秘书股, 综合股]
              内设机构数: 1️⃣2

            """, message: "「单位基本情况.内设机构数」是 2，但「单位基本情况.内设机构」列了 3 个名称"),
        .init(name: "three public funds rows do not add up", file: baseFile + """
            三公经费:
              公务接待费: {决算数: 3}
              公务用车运行维护费: {决算数: 6}
              合计: {决算数: 1️⃣10}

            """, message: "「三公经费.合计.决算数」是 10.00，但「三公经费各项的决算数」各项之和是 6.00+3.00=9.00"),
        .init(name: "year-end carry-over identity", file: baseFile + """
            收支情况:
              收入: {决算数: 8397909.75, 上年结转和结余: 6038.13}
              支出: {决算数: 8374036.75, 年末结转和结余: 1️⃣29911.00}

            """, message: "「收支情况.支出.年末结转和结余」是 29911.00，但收入决算数 + 上年结转和结余 − 支出决算数 = 8397909.75+6038.13-8374036.75=29911.13"),
    ]

    static let scores: [FindingCase] = [
        .init(name: "score above its weight", file: baseFile + "自评表:\n  执行率分值: 10\n  指标:\n    - {一级指标: 产出指标, 三级指标: 活动场次, 分值: 90, 得分: 1️⃣95}\n",
              message: "「活动场次」的得分 95 超过了分值 90"),
        .init(name: "D2.5 points deducted without a reason", file: baseFile + "自评表:\n  执行率分值: 10\n  指标:\n    - {一级指标: 产出指标, 三级指标: 提案办理, 分值: 90, 得分: 1️⃣89}\n",
              message: "「提案办理」扣了 1 分，但没有写偏差原因"),
        .init(name: "weights that are not 100", file: baseFile + "自评表:\n  指标:\n    - {一级指标: 产出指标, 分值: 1️⃣50, 得分: 50}\n    - {一级指标: 效益指标, 分值: 30, 得分: 30}\n",
              message: "各项分值（含执行率分值）合计 80 分，应为 100 分"),
        .init(name: "typed total differs from the sheet", file: baseFile + "自评表:\n  指标:\n    - {一级指标: 产出指标, 分值: 100, 得分: 97, 偏差原因: 略}\n自评结果:\n  总分: 1️⃣98\n",
              message: "填写的总分 98 与自评表各项得分之和 97 不符"),
        .init(name: "typed grade differs from the score", file: baseFile + "自评结果:\n  总分: 85\n  等级: 1️⃣优\n",
              message: "填写的等级「优」与总分 85 对应的等级「良」不符"),
        .init(name: "D4.1 a rate in the text that the data contradict", file: baseFile + """
            收支情况:
              收入: {财政下达预算数: 8397200.18}
              支出: {决算数: 8374036.75}
            自评结果:
              结论: 财政拨款资金整体支出完成率达到1️⃣100%，完成预期目标。

            """, message: "这里写的「支出完成率」是 100%，按数据计算是 99.72%（8374036.75/8397200.18×100%=99.72%）"),
    ]

    static let years: [FindingCase] = [
        .init(name: "filing date not in the following year", file: baseFile.replacingOccurrences(of: "填报日期: 2025-05-14", with: "填报日期: 1️⃣2024-05-31"),
              message: "填报日期 2024-05-31 不在评价年度 2024 的下一年"),
        .init(name: "notice of another year", file: baseFile.replacingOccurrences(of: "文号: 某财绩〔2025〕1号", with: "文号: 1️⃣湛财绩[2021]5号"),
              message: "通知文号「湛财绩[2021]5号」是 2021 年的，评价 2024 年度应当是 2025 年的通知"),
        .init(name: "a sentence carried over from last year's report", file: baseFile + "绩效指标分析: 1️⃣2023年，我办紧紧围绕中心工作。\n",
              message: "2024 年度的报告里提到「2023年」", severity: .warning),
        .init(name: "D3.1 last year's final account in this year's report", file: baseFile + "收支情况:\n  说明: 本单位1️⃣2023年决算支出1564.1万元。\n",
              message: "2024 年度的报告里写的是「2023年决算」", severity: .warning),
        .init(name: "another year's budget, with 度, after a list item's Chinese", file: baseFile + "存在问题:\n  - 无\n  - 对照1️⃣2022年度预算，执行偏慢。\n",
              message: "2024 年度的报告里写的是「2022年度预算」", severity: .warning),
        .init(name: "another year's final account opening a text", file: baseFile + "主要做法和经验: 1️⃣2022年决算\n",
              message: "2024 年度的报告里写的是「2022年决算」", severity: .warning),
    ]

    static let narrative: [FindingCase] = [
        .init(name: "D2.1 self-reference of another kind of unit", file: baseFile + "绩效指标分析: 1️⃣我局绩效目标实施顺利。\n",
              message: "「我局」与评价单位「某某县人民政府办公室」不符", severity: .warning),
        .init(name: "D2.1 another unit's name in the figures", file: baseFile + "收支情况:\n  说明: 2024年度1️⃣区人大财政预算拨款收入为1007.3万元。\n",
              message: "这里写的是「区人大」，不是评价单位「某某县人民政府办公室」"),
        .init(name: "D4.6 LaTeX left by a conversion", file: baseFile + "绩效指标分析:\n  - 标题: 部门预算资金支出率\n    内容: 支出完成率为 1️⃣$8374036.75/8397200.18*100%=99.72%$ 。\n",
              message: "文字里有 LaTeX 公式「$8374036.75/8397200.18*100%=99.72%$」"),
        .init(name: "D2.14 Word bookmark", file: baseFile + "其他自评情况: \"无。1️⃣[bookmark: _GoBack]\"\n",
              message: "文字里有 Word 书签残留「[bookmark…]」"),
        .init(name: "D3.7 stray space between Chinese", file: baseFile + "绩效指标分析: 围绕市委、1️⃣市 政府中心工作。\n",
              message: "中文之间有空格「市 政」", severity: .warning),
        .init(name: "D0.6 English word between Chinese", file: baseFile + "改进措施:\n  - 严格控制“三公”经费的规模 1️⃣and 比例。\n",
              message: "中文句子里夹着英文单词「and」"),
    ]

    static let problems: [FindingCase] = [
        .init(name: "D0.4 no problems but measures", file: baseFile + "存在问题: 1️⃣无。\n改进措施:\n  - 加强资金进度管理，提高预算完成率。\n  - 加强财务管理。\n",
              message: "「存在问题」写的是「无。」，但「改进措施」列了 2 条", severity: .warning),
    ]

    static let ratios: [FindingCase] = [
        .init(name: "D2.7 staff over quota needs a word", file: baseFile + "单位基本情况:\n  核定编制: {合计: 23}\n  在职人员: {合计: 1️⃣36}\n",
              message: "人员控制率为 156.52%（36/23×100%=156.52%），超过 100%", severity: .warning),
    ]

    static let repeated: [FindingCase] = [
        .init(name: "公用经费 typed twice with two values",
              file: baseFile + "收支情况: {支出: {公用经费: 90.50}}\n公用经费: {预算数: 100, 决算数: 1️⃣95.5}\n",
              message: "「公用经费.决算数」是 95.50，「收支情况.支出.公用经费」却是 90.50：同一个数写成了两个值"),
    ]

    static let unscored: [FindingCase] = [
        .init(name: "a Guangdong sheet with indicators left unscored",
              file: baseFile + "指标体系: 1️⃣广东（新）\n自评表:\n  指标:\n    - {一级指标: 履职效能, 二级指标: 预算编制与目标设置, 得分: 19}\n",
              message: "指标体系「广东（新）」的 11 项二级指标还没有打分：履职效能—部门整体绩效目标效益指标完成情况、履职效能—部门预算资金支出率、管理效率—新增项目事前绩效评估 等",
              severity: .warning),
    ]

    @Test func aHunanSheetScoresOnlyTheIndicatorsThatApply() {
        let file = baseFile.replacingOccurrences(of: "报告格式: 广东", with: "报告格式: 湖南")
            + "指标体系: 湖南\n自评表:\n  指标:\n    - {一级指标: 产出指标, 二级指标: 数量指标, 分值: 90, 得分: 90}\n"
        #expect(report(file)?.findings.contains { $0.message.contains("还没有打分") } == false)
    }

    @Test(arguments: sums + scores + years + narrative + problems + ratios + unscored + repeated)
    func findsTheMistakeWhereItIs(_ example: FindingCase) {
        example.verify()
    }

    @Test func fittingTextRaisesNothing() {
        let file = baseFile + """
            绩效指标分析: 我办2024年决算支出按计划执行，严格控制“三公”经费的规模和比例，开展“守住钱袋子 护好幸福家”宣传。
            收支情况:
              收入: {决算数: 100, 上年结转和结余: 10}
              支出: {决算数: 100, 年末结转和结余: 10, 决算构成: {基本支出: 60, 项目支出: 40}}

            """
        #expect(report(file)?.findingsBesidesUnfilled.isEmpty == true)
    }

    @Test func digitsInsideLongerNumbersOrFullWidthAreNoYear() {
        let file = baseFile + "绩效指标分析: 项目编号12023年决算支出，２０２３年决算，2024年决算，20233年预算，2024年度预算。\n"
        #expect(report(file)?.findingsBesidesUnfilled.map(\.message) == [])
    }

    @Test func lastYearsHonourIsNotALeftOverSentence() {
        let honour = baseFile + "绩效指标分析: 我办被评为某市2023年度脱贫攻坚工作先进集体。\n"
        #expect(report(honour)?.findingsBesidesUnfilled.isEmpty == true, "001's 「评为湛江市2019年度…先进集体」")
        let both = baseFile + "绩效指标分析: 我办被评为某市2023年度先进集体。2023年，我办紧紧围绕中心工作。\n"
        #expect(report(both)?.warnings.contains { $0.message == "2024 年度的报告里提到「2023年」" } == true)
    }

    @Test func mentioningOtherOfficesIsNotCopying() {
        let file = baseFile + "三公经费:\n  说明: 市委办、市人大办、市府办、市政协办的“三公”经费统一反映在市机关事务管理局。\n"
        #expect(report(file)?.findingsBesidesUnfilled.isEmpty == true)
    }

    @Test func fullMarksNeedNoReason() {
        let file = baseFile + "自评表:\n  执行率分值: 10\n  指标:\n    - {一级指标: 产出指标, 分值: 90, 得分: 90}\n"
        #expect(report(file)?.findingsBesidesUnfilled.isEmpty == true)
    }
}
