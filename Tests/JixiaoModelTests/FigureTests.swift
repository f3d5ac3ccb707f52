import Foundation
import JixiaoModel
import JixiaoTestSupport
import Testing

/// Every rate of domain.md §6, recomputed from the seeds' own numbers.
@Suite struct FigureTests {
    func figure(_ name: String, in extra: String) -> Figure? {
        report(baseFile + extra)?.figure(named: name)
    }

    @Test func completionRateUsesTheBudgetActuallyAllocatedBySeedFour() {
        let file = "收支情况:\n  收入:\n    年初预算数: 10850997.08\n    财政下达预算数: 8397200.18\n  支出:\n    决算数: 8374036.75\n"
        let rate = figure("支出完成率", in: file)
        #expect(rate?.text == "99.72%")
        #expect(rate?.formula == "8374036.75/8397200.18×100%=99.72%")
    }

    @Test func thePublicFundsSpentInBasicSpendingAreThePublicFundsRowsActual() {
        let file = "收支情况: {支出: {公用经费: 254.20}}\n公用经费: {预算数: 260}\n"
        #expect(figure("公用经费控制率", in: file)?.formula == "254.20/260.00×100%=97.77%")
        #expect(report(baseFile + file)?.totals.publicFunds.final?.text == "254.20", "the 基础数据表's 公用经费 row prints it")
    }

    @Test func completionRateBaseCanBeChosen() {
        let file = """
            比率口径: {支出完成率: 收入决算数加上年结转}
            收支情况:
              收入: {决算数: 4029.42, 上年结转和结余: 378.68}
              支出: {决算数: 4276.91}

            """
        #expect(figure("支出完成率", in: file)?.formula == "4276.91/(4029.42+378.68)×100%=97.02%")
    }

    @Test func seedOneRates() {
        let file = """
            收支情况:
              收入: {年初预算数: 3864.89, 决算数: 4029.42, 上年结转和结余: 378.68}
              支出: {年末结转和结余: 131.19}
            存量资金: {上年末规模: 108.44, 年末规模: 21.99}
            政府采购: {预算数: 393.60, 决算数: 391.90}
            固定资产: {在用总额: 5385.98, 总额: 5385.98}
            公用经费: {预算数: 248.08, 决算数: 234.41}

            """
        guard let report = report(baseFile + file) else { return }
        #expect(report.figure(named: "预决算差异率")?.formula == "(4029.42-3864.89)/3864.89×100%=4.26%")
        #expect(report.figure(named: "结转结余率")?.formula == "131.19/(4029.42+378.68)×100%=2.98%")
        #expect(report.figure(named: "存量资金变动率")?.formula == "(21.99/108.44-1)×100%=-79.72%")
        #expect(report.figure(named: "政府采购执行率")?.text == "99.57%")
        #expect(report.figure(named: "固定资产利用率")?.text == "100.00%")
        #expect(report.figure(named: "公用经费控制率")?.text == "94.49%")
    }

    @Test func seedFourControlRates() {
        let file = """
            公用经费: {预算数: 259000, 决算数: 171086.57}
            三公经费:
              合计: {预算数: 340000, 决算数: 256929.66}

            """
        #expect(figure("公用经费控制率", in: file)?.formula == "171086.57/259000.00×100%=66.06%")
        #expect(figure("三公经费控制率", in: file)?.text == "75.57%")
    }

    @Test func threePublicFundsAreSummedFromTheirRows() {
        let file = """
            三公经费:
              公务用车运行维护费: {上年决算数: 10, 预算数: 8, 决算数: 6}
              公务接待费: {上年决算数: 10, 预算数: 2, 决算数: 3}

            """
        guard let report = report(baseFile + file) else { return }
        #expect(report.figure(named: "三公经费控制率")?.text == "90.00%")
        #expect(report.figure(named: "三公经费变动率")?.formula == "(9.00-20.00)/20.00×100%=-55.00%")
    }

    @Test func staffControlRateOfSeedTwo() {
        let file = "单位基本情况:\n  核定编制: {合计: 23}\n  在职人员: {合计: 36}\n"
        #expect(figure("人员控制率", in: file)?.formula == "36/23×100%=156.52%")
    }

    @Test func executionRateAndItsScoreOfSeedTwo() {
        let file = """
            收支情况:
              支出: {全年预算数: 1007.30, 决算数: 1007.30}
            自评表:
              执行率分值: 10
              指标:
                - {一级指标: 产出指标, 分值: 90, 得分: 87, 偏差原因: 部分指标未完成}

            """
        guard let report = report(baseFile + file) else { return }
        #expect(report.figure(named: "执行率")?.formula == "1007.30/1007.30×100%=100.00%")
        #expect(report.scoreSheet?.executionScore?.score == 10)
        #expect(report.scoreSheet?.total.value == 97)
        #expect(report.scoreSheet?.totalWeight == 100)
        #expect(report.scoreSheet?.grade == "优")
    }

    @Test func zeroDenominatorIsNotApplicable() {
        let rate = figure("政府采购执行率", in: "政府采购: {预算数: 0, 决算数: 5}\n")
        #expect(rate?.percent == nil)
        #expect(rate?.text == "不适用")
        #expect(rate?.formula == "5.00/0.00：分母为 0，不适用")
    }

    @Test func ratesRoundHalfUp() {
        // 1/8 = 12.5%; 0.00125 → 0.13% half-up (half-even would give 0.12%).
        #expect(figure("政府采购执行率", in: "政府采购: {预算数: 80000, 决算数: 100}\n")?.text == "0.13%")
    }

    @Test(arguments: [("95", "广东", "优"), ("90", "广东", "优"), ("89.99", "广东", "良"), ("80", "湖南", "良"), ("60", "广东", "中"),
                      ("59.5", "广东", "差"), ("97", "湖南", "优秀")])
    func gradesFollowTheFormatsBands(score: String, region: String, grade: String) throws {
        let format = try shippedLibrary.formats.format(named: region)
        #expect(Grading.grade(for: Decimal(string: score)!, framework: nil, format: format) == grade)
    }
}
