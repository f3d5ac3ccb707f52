import Foundation
import JixiaoDiagnostics
import JixiaoModel
import JixiaoReader
import JixiaoTestSupport
import Testing

@Suite struct FrameworkTests {
    static let shipped = shippedLibrary.frameworks

    func check(_ text: String, frameworks: ReportLibrary = shippedLibrary) -> UnitReport? {
        (try? DataFileReader.read(text: text, file: "单位.yaml", syntax: .yaml)).map { UnitReport.check($0, library: frameworks) }
    }

    /// A templates folder holding the shipped 广东 format and one framework file.
    func library(_ name: String, _ text: String) -> ReportLibrary {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        let manager = FileManager.default
        try? manager.createDirectory(at: folder.appendingPathComponent("指标体系"), withIntermediateDirectories: true)
        try? manager.createDirectory(at: folder.appendingPathComponent("广东"), withIntermediateDirectories: true)
        try? manager.copyItem(atPath: shippedLibrary.folder + "/广东/格式.yaml", toPath: folder.appendingPathComponent("广东/格式.yaml").path)
        _ = manager.createFile(atPath: folder.appendingPathComponent("指标体系/" + name + ".yaml").path, contents: Data(text.utf8))
        return ReportLibrary(templatesFolder: folder.path)
    }

    @Test func shippedFrameworksAreValid() throws {
        #expect(Self.shipped.names == ["广东（新）", "广东（旧）", "湖南"])
        for name in Self.shipped.names {
            let report = check(baseFile + "指标体系: \(name)\n")
            #expect(report?.framework?.name == name)
            #expect(report?.errors.isEmpty == true, "\(name): \(report.map { DiagnosticFormatter.format($0.findings) } ?? "")")
        }
    }

    @Test func seedTwoScoresNinetySevenOutOfAHundredWithItsExecutionRateComputed() {
        let file = baseFile.replacingOccurrences(of: "报告格式: 广东", with: "报告格式: 湖南") + """
            指标体系: 湖南
            收支情况:
              支出: {全年预算数: 1007.30, 决算数: 1007.30}
            自评表:
              指标:
                - {一级指标: 产出指标, 二级指标: 数量指标, 分值: 10, 得分: 10}
                - {一级指标: 产出指标, 二级指标: 质量指标, 分值: 27, 得分: 26, 偏差原因: 个别提案办理超期}
                - {一级指标: 产出指标, 二级指标: 时效指标, 分值: 10, 得分: 9, 偏差原因: 部分工作滞后}
                - {一级指标: 效益指标, 二级指标: 社会效益指标, 分值: 10, 得分: 10}
                - {一级指标: 效益指标, 二级指标: 可持续影响指标, 分值: 8, 得分: 8}
                - {一级指标: 满意度指标, 二级指标: 服务对象满意度指标, 分值: 10, 得分: 10}
                - {一级指标: 成本指标, 二级指标: 经济成本指标, 分值: 15, 得分: 14, 偏差原因: 经费超支}

            """
        guard let report = check(file) else { return }
        #expect(report.findingsBesidesUnfilled.isEmpty, "\(DiagnosticFormatter.format(report.findings))")
        #expect(report.scoreSheet?.total.value == 97)
        #expect(report.scoreSheet?.totalWeight == 100)
        #expect(report.scoreSheet?.grade == "优秀")
        #expect(report.scoreSheet?.computedScores.first?.working == "执行率 100.00%，得分 = min(100.00%, 100%) × 10 = 10.00 分")
    }

    @Test func unknownFrameworkSuggestsTheNearest() {
        let report = check(baseFile + "指标体系: 湖北\n")
        #expect(report?.errors.first?.message == "找不到指标体系「湖北」")
        #expect(report?.errors.first?.hint?.hasPrefix("是否想写「湖南」？（jixiao 在「") == true)
        #expect(report?.errors.first?.location == Location(file: "单位.yaml", line: 10, column: 7))
    }

    @Test func indicatorsMustBeTheFrameworksOwn() {
        let file = baseFile + "指标体系: 湖南\n收支情况:\n  支出: {全年预算数: 10, 决算数: 10}\n自评表:\n  指标:\n    - {一级指标: 产出指示, 分值: 45, 得分: 45}\n    - {一级指标: 效益指标, 二级指标: 社会效应指标, 分值: 45, 得分: 45}\n"
        let errors = check(file)?.errors ?? []
        #expect(errors.map(\.message) == ["「产出指示」不是指标体系「湖南」的一级指标", "「社会效应指标」不是「效益指标」下的二级指标"])
        #expect(errors.map(\.hint) == ["是否想写「产出指标」？", "是否想写「社会效益指标」？"])
        #expect(errors.first?.location == Location(file: "单位.yaml", line: 15, column: 14))
    }

    @Test func aRuleThatCannotBeComputedStillCountsItsWeight() {
        let file = baseFile + "指标体系: 湖南\n自评表:\n  指标:\n    - {一级指标: 产出指标, 分值: 90, 得分: 90}\n"
        guard let report = check(file) else { return }
        #expect(report.scoreSheet?.totalWeight == 100)
        #expect(report.scoreSheet?.total.value == 90)
        #expect(report.errors.map(\.message) == ["指标体系「湖南」的「预算执行率」由 jixiao 按比率计分，但数据文件里缺少计算所需的数"])
    }

    static let ruleFramework = """
        名称: 测试
        总分: 100
        等级: [{最低分: 90, 等级: 优秀}, {最低分: 0, 等级: 差}]
        指标:
          - 名称: 人员控制
            分值: 10
            规则: {比率: 人员控制率, 方式: 超出扣分, 阈值: 100, 每个百分点扣分: 0.1}
          - 名称: 采购
            分值: 5
            规则:
              比率: 政府采购执行率
              方式: 分档
              档次: [{不低于: 95, 得分: 5}, {不低于: 80, 得分: 3}, {不低于: 0, 得分: 0}]
          - 名称: 其他
        """

    @Test func rulesComputeScoresAndSayHow() {
        let file = baseFile + """
            指标体系: 测试
            单位基本情况:
              核定编制: {合计: 23}
              在职人员: {合计: 36}
            政府采购: {预算数: 100, 决算数: 90}
            自评表:
              指标:
                - {一级指标: 其他, 分值: 85, 得分: 85}

            """
        guard let sheet = check(file, frameworks: library("测试", Self.ruleFramework))?.scoreSheet else {
            Issue.record("no score sheet")
            return
        }
        #expect(sheet.computedScores.map(\.score) == [Decimal(string: "4.35")!, 3])
        #expect(sheet.computedScores[0].working == "人员控制率 156.52% 超过 100% 共 56.52 个百分点，每个百分点扣 0.1 分，得 4.35 分")
        #expect(sheet.computedScores[1].working == "政府采购执行率 90.00% 不低于 80%，得 3 分")
        #expect(sheet.total.value == Decimal(string: "92.35")!)
        #expect(sheet.grade == "优秀")
    }

    @Test func aBrokenFrameworkFileIsReportedInItsOwnFile() {
        let broken = library("坏", "名称: 坏\n总分: 100\n等级: []\n指标:\n  - 名称: 甲\n    分值: 很多\n")
        let errors = check(baseFile + "指标体系: 坏\n", frameworks: broken)?.errors ?? []
        #expect(errors.count == 1)
        #expect(errors.first?.message == "「指标[1].分值」应当是分数，这里是文本「很多」")
        #expect(errors.first?.location.file.hasSuffix("坏.yaml") == true)
        #expect(errors.first?.location.line == 6)
    }
}
