import Foundation
import JixiaoDocuments
import JixiaoModel
import JixiaoReader
import JixiaoTestSupport
import Testing

/// The report says what the data holds, where the unit's own report says it, the way a careful
/// officer writes it: nothing the data holds is dropped, nothing is said twice, amounts have two
/// decimals.
@Suite struct ReportWordingTests {
    /// The Markdown 自评报告 of `data`.
    func report(_ data: String) throws -> String {
        let document = try DataFileReader.read(text: data, file: "单位.yaml", syntax: .yaml)
        let unit = UnitReport.check(document, library: ReportLibrary(templatesFolder: templatesFolder))
        let set = try DocumentSet.render(unit, templates: templatesFolder, formats: [.markdown])
        return try #require(set.documents.first { $0.fileName.hasSuffix("自评报告.md") }?.text)
    }

    static let hunan = """
        评价年度: 2023
        评价单位: 某某区人民政府办公室
        报告格式: 湖南
        填报日期: 2024-07-30
        金额单位: 万元
        单位基本情况: {在职人员: {合计: 20}, 退休人员: {合计: 5, 离退休: 5}}
        收支情况:
          收入: {决算数: 1007.3}
          支出:
            决算数: 1007.3
            决算构成: {基本支出: 1007.3, 项目支出: 0}
          说明: 本年无追加项目。
        项目支出明细:
          - {名称: 业务工作经费, 预算数: 57, 决算数: 0}
        三公经费:
          公务接待费: {预算数: 0, 决算数: 0}
          说明: 2023年我单位“三公”经费预算数为0万元，决算数为0万元。

        """

    @Test func aHeadingEndingInAStopRunsIntoItsOneParagraph() throws {
        let text = try report(baseFile + """
            绩效指标分析:
              - {标题: 预算编制情况。, 内容: 本部门预算编制符合单位的职责。}
              - {标题: 预算执行情况, 内容: 财政资金各项开支均按制度执行。}
              - 标题: 预算监督情况：
                内容: [资金使用情况严格按年度预算申请。, 不存在虚列支出。]

            """)
        #expect(text.contains("\n1.预算编制情况。本部门预算编制符合单位的职责。\n"), "the seeds' 「1. 标题。正文」 is one paragraph")
        #expect(text.contains("\n#### 2.预算执行情况\n\n财政资金各项开支均按制度执行。\n"), "a heading with no stop of its own is a heading")
        #expect(text.contains("\n#### 3.预算监督情况：\n\n（1）资金使用情况严格按年度预算申请。\n"), "a heading over several paragraphs stands alone")
    }

    @Test func aListWhereSomeItemNumbersItselfIsPrintedAsWritten() throws {
        let text = try report(baseFile + """
            绩效指标分析:
              - 区府办专项方向工作：
              - （1）精益求精做好收办文工作。
              - （2）周密细致组织会务活动。
              - 金融服务工作：围绕金融暖企开展工作。

            """)
        #expect(text.contains("\n区府办专项方向工作：\n\n（1）精益求精做好收办文工作。\n\n（2）周密细致组织会务活动。\n\n金融服务工作：围绕金融暖企开展工作。\n"),
                "the seed's own label and numbers, and no second numbering over them")
    }

    @Test func theFifthLevelIsNumberedWithCircledDigits() throws {
        let text = try report(baseFile + """
            绩效指标分析:
              - 标题: 预算使用效益
                内容:
                  - 标题: 社会效益
                    内容: [群众满意度提高。, 办件时限缩短。]

            """)
        #expect(text.contains("\n#### 1.预算使用效益\n\n##### （1）社会效益\n\n①群众满意度提高。\n\n②办件时限缩短。\n"))
        let deeper = try report(baseFile + """
            绩效指标分析:
              - 标题: 甲
                内容:
                  - 标题: 乙
                    内容:
                      - 标题: 丙
                        内容: [第一项。, 第二项。]

            """)
        #expect(deeper.contains("\n###### ①丙\n\n1）第一项。\n\n2）第二项。\n"), "a sixth level is numbered apart from the fifth")
    }

    @Test func guangdongPrintsTheThreePublicNoteAndTheNoticeTitleAsTyped() throws {
        let text = try report(baseFile + """
            三公经费: {说明: “三公”经费统一反映在市机关事务管理局。}

            """)
        #expect(text.contains("“三公”经费统一反映在市机关事务管理局。"))
        #expect(text.contains("根据某某县财政局《关于开展2024年县级财政资金绩效自评工作的通知》（某财绩〔2025〕1号）要求"))
        let typedWithOffice = try report(baseFile.replacingOccurrences(of: "标题: 关于", with: "标题: 某某县财政局关于"))
        #expect(typedWithOffice.contains("根据《某某县财政局关于开展2024年县级财政资金绩效自评工作的通知》"))
    }

    @Test func guangdongWritesTheBudgetInOneSentenceWithTwoDecimals() throws {
        let text = try report(baseFile + """
            单位基本情况: {退休人员: {合计: 94, 离退休: 94}, 下属单位: [某某中心]}
            收支情况: {收入: {年初预算数: 1275.67, 决算数: 1104.8, 上年结转和结余: 3.51}}

            """)
        #expect(text.contains("2024年年初收入预算数1275.67万元，收入决算数1104.80万元，上年结转和结余3.51万元。"))
        #expect(text.contains("退休人员94人。"), "a breakdown of one is not printed as 其中")
        #expect(text.contains("下属单位为某某中心。"))
    }

    @Test func guangdongPrintsNoFiguresOrScoresTheUnitDidNotWrite() throws {
        let sections = requiredSections.replacingOccurrences(
            of: "单位基本情况: {", with: "单位基本情况: {核定编制: {合计: 27}, 在职人员: {合计: 29}, ")
        let text = try report(baseFile + sections)
        #expect(!text.contains("主要指标按数据计算如下"))
        #expect(!text.contains("人员控制率"))
        #expect(!text.contains("各项指标自评得分"))
    }

    @Test func theScoreIsStatedOnceWhenTheConclusionStatesIt() throws {
        let stated = try report(baseFile.replacingOccurrences(of: "评价单位: 某某县人民政府办公室\n", with: "评价单位: 某某县人民政府办公室\n自评结果: {总分: 95, 结论: 自评分数为95分，等级为优。}\n"))
        #expect(stated.components(separatedBy: "95分").count == 2, "\(stated)")
        let unstated = try report(baseFile + "自评结果: {总分: 95, 结论: 完成情况好。}\n")
        #expect(unstated.contains("完成情况好。\n\n经过认真客观自评，我单位2024年度部门整体支出绩效自评分数为95分，等级为优。"))
        let opened = try report(baseFile + "自评结果: {总分: 95, 结论: 经过认真客观自评，完成情况好。}\n")
        #expect(opened.contains("完成情况好。\n\n我单位2024年度部门整体支出绩效自评分数为95分"), "not two sentences opening 经过认真客观自评")
    }

    @Test func theGroupIsNotListedAgainWhenItsParagraphNamesIt() throws {
        let text = try report(baseFile + "自评工作: {评价小组: {组长: 主要领导, 办公室: 由主要领导担任组长。}}\n")
        #expect(!text.contains("组长：主要领导"))
        #expect(text.contains("由主要领导担任组长。"))
    }

    @Test func hunanPrintsTheBudgetNoteProjectsAndTheUnitsOwnThreePublicSentenceOnce() throws {
        let text = try report(Self.hunan)
        #expect(text.contains("本年无追加项目。"))
        #expect(text.contains("其中：业务工作经费预算57.00万元，实际支出0.00万元。"))
        #expect(text.contains("2023年我单位“三公”经费预算数为0万元，决算数为0万元。"))
        #expect(!text.contains("“三公”经费预算数为0.00万元"), "the generated sentence is not printed beside the unit's")
        #expect(text.contains("实际支出1007.30万元（基本支出1007.30万元、项目支出0.00万元）"))
        #expect(text.contains("2023年度项目支出0.00万元。"))
    }

    @Test func hunanStatesSpendingPlainlyAndListsOnlyProjectsWithFigures() throws {
        let text = try report(Self.hunan.replacingOccurrences(of: "  - {名称: 业务工作经费, 预算数: 57, 决算数: 0}\n",
                                                              with: "  - {名称: 运行维护经费, 预算数: 0, 决算数: 0}\n  - {名称: 业务工作经费, 预算数: 57, 决算数: 0}\n"))
        #expect(text.contains("2023年度基本支出1007.30万元。"), "no 「本年实际支出为」 without a budget to set it against")
        #expect(text.contains("其中：业务工作经费预算57.00万元，实际支出0.00万元。"))
        #expect(!text.contains("运行维护经费"), "a project with no figure but zeros is not listed")
    }

    @Test func aCountWithSomeNamesLastYearsIncomeAndTheBudgetUnitsArePrinted() throws {
        let text = try report(Self.hunan.replacingOccurrences(of: "单位基本情况: {", with: "单位基本情况: {内设机构: [办公室, 提案委], 内设机构数: 16, 预算单位构成: [本级], ")
            .replacingOccurrences(of: "收入: {决算数: 1007.3}", with: "收入: {决算数: 792.22, 上年决算数: 602.97}"))
        #expect(text.contains("内设股室16个，包括办公室，提案委等。"))
        #expect(text.contains("部门预算由1个预算单位构成：本级。"))
        #expect(text.contains("财政预算拨款收入为792.22万元，同比上年度增加189.25万元，增长31.39%"))
        let fewer = try report(Self.hunan.replacingOccurrences(of: "收入: {决算数: 1007.3}", with: "收入: {决算数: 500, 上年决算数: 1000}"))
        #expect(fewer.contains("财政预算拨款收入为500.00万元，同比上年度减少500.00万元，下降50.00%"))
    }

    @Test func theOldGuangdongTreeKeepsItsBudgetBenefitSection() throws {
        let documents = try renderAll("2023年度湛江市麻章区人民政府办公室本级及下属单位麻章区信访局.yaml")
        let text = try #require(documents["2023年度湛江市麻章区人民政府办公室本级及下属单位麻章区信访局-自评报告.md"])
        #expect(text.contains("4.预算使用效益。\n\n（1）部门整体绩效目标实现情况。"))
        #expect(text.contains("### （三）部门整体支出绩效管理存在问题"))
        #expect(text.contains("### （四）改进措施"))
    }
}
