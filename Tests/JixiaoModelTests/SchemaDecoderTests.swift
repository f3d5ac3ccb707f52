import JixiaoModel
import JixiaoTestSupport
import Testing

@Suite struct SchemaDecoderTests {
    static let cases: [FindingCase] = [
        .init(name: "unknown key with the nearest known key", file: baseFile + "1️⃣填写日期: 2025-05-14\n",
              message: "不认识的键「填写日期」", hint: "是否想写「填报日期」？"),
        .init(name: "unknown nested key names its path", file: baseFile + "收支情况:\n  支出:\n    1️⃣决算: 1\n",
              message: "不认识的键「收支情况.支出.决算」", hint: "是否想写「决算数」？"),
        .init(name: "missing required key is reported at its parent",
              file: "1️⃣评价年度: 2024\n评价单位: 甲\n报告格式: 广东\n填报日期: 2025-05-14\n金额单位: 元\n通知:\n  发文机关: 乙\n  标题: 丙\n  文号: 丁\n".replacingOccurrences(of: "评价单位: 甲\n", with: ""),
              message: "缺少「评价单位」"),
        .init(name: "missing nested key", file: baseFile.replacingOccurrences(of: "  文号: 某财绩〔2025〕1号\n", with: "").replacingOccurrences(of: "通知:", with: "1️⃣通知:"),
              message: "缺少「通知.文号」"),
        .init(name: "thousands separator in an amount", file: baseFile + "收支情况:\n  支出:\n    决算数: 1️⃣1,007.30\n",
              message: "「收支情况.支出.决算数」应当是金额，这里是文本「1,007.30」", hint: "数字不要写千分位逗号，写成 1007.30"),
        .init(name: "unit written into an amount", file: baseFile + "收支情况:\n  支出:\n    决算数: 1️⃣1007.3万元\n",
              message: "「收支情况.支出.决算数」应当是金额，这里是文本「1007.3万元」", hint: "只写数字「1007.3」；金额单位统一写在「金额单位」里"),
        .init(name: "full-width digits", file: baseFile + "收支情况:\n  支出:\n    决算数: 1️⃣１００７.３\n",
              message: "「收支情况.支出.决算数」应当是金额，这里是文本「１００７.３」", hint: "这里用了全角数字，请改用半角数字，例如 1007.30"),
        .init(name: "one text where a list is expected", file: baseFile + "自评工作:\n  评价小组:\n    副组长: 1️⃣分管财务副局长\n",
              message: "「自评工作.评价小组.副组长」应当是列表，这里是文本「分管财务副局长」",
              hint: "只有一项也要写成列表：「[分管财务副局长]」；多项写成「[甲, 乙]」，或每项一行、以「- 」开头"),
        .init(name: "negative amount", file: baseFile + "收支情况:\n  支出:\n    决算数: 1️⃣-5\n", message: "「收支情况.支出.决算数」是金额，不能是负数"),
        .init(name: "fractional head count", file: baseFile + "单位基本情况:\n  核定编制:\n    行政编制: 1️⃣17.5\n",
              message: "「单位基本情况.核定编制.行政编制」应当是整数，这里是数字"),
        .init(name: "impossible date", file: baseFile.replacingOccurrences(of: "填报日期: 2025-05-14", with: "填报日期: 1️⃣2025-02-30"),
              message: "「填报日期」应当是日期，例如 2025-07-28，这里是文本「2025-02-30」"),
        .init(name: "choice with suggestion", file: baseFile.replacingOccurrences(of: "报告格式: 广东", with: "报告格式: 1️⃣广州"),
              message: "「报告格式」只能是「广东」「湖南」「湖南（基本情况）」「湖南（自评得分）」之一", hint: "是否想写「广东」？"),
        .init(name: "list items are numbered in the path",
              file: baseFile + "自评表:\n  指标:\n    - {一级指标: 产出指标, 分值: 5, 得分: 5}\n    - {一级指标: 效益指标, 分值: 5, 得分: 1️⃣很好}\n",
              message: "「自评表.指标[2].得分」应当是分数，这里是文本「很好」"),
        .init(name: "narrative sections take only 标题 and 内容", file: baseFile + "绩效指标分析:\n  - 标题: 履职效能\n    1️⃣正文: 略\n",
              message: "不认识的键「绩效指标分析[1].正文」", hint: "分节的文字每一节只写「标题」和「内容」"),
    ]

    @Test(arguments: cases)
    func reportsWhereAndWhat(_ example: FindingCase) {
        example.verify()
    }

    @Test func aCompleteSmallFileHasNoFindings() {
        #expect(report(baseFile + requiredSections)?.findings.isEmpty == true)
    }

    @Test func everyProblemIsReportedNotJustTheFirst() {
        let file = baseFile + "填写日期: 1\n收支情况:\n  支出:\n    决算数: 一千\n"
        #expect(report(file)?.errors.count == 2)
    }
}
