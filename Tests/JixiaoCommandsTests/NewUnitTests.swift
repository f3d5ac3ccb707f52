import Foundation
import JixiaoTestSupport
import Testing

/// What a sixth unit met, one test each: a file that checks clean renders, the total and the
/// grade have one answer in check, documents and diff, unfilled sections are marked, a copy
/// never replaces the original's documents, local fields reach the templates, and the
/// messages a new user reads.
@Suite struct NewUnitTests {
    /// A Hunan 县政协 typed from its report: no 年初预算构成, one 三公 row, no 自评表 yet.
    static let hunanUnit = """
        评价年度: 2024
        评价单位: 某某县政协办公室
        报告格式: 湖南
        填报日期: 2025-06-10
        金额单位: 万元
        单位基本情况:
          核定编制: {合计: 12}
          在职人员: {合计: 11}
          主要职责: [组织政协委员开展视察调研。]
        绩效目标: 保障政协履职。
        收支情况:
          收入: {决算数: 500.5}
          支出: {决算数: 498.2, 全年预算数: 500.5, 决算构成: {基本支出: 498.2}}
        三公经费:
          公务接待费: {预算数: 2, 决算数: 1.5}
        绩效指标分析: 各项指标完成较好。
        存在问题: 无
        改进措施: 继续加强预算管理。
        其他自评情况: 无

        """

    func documents(of path: String, _ extra: String...) throws -> (run: (status: Int32, output: String, error: String), folder: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString).path
        let run = execute(["render", path, "-o", folder, "--templates", templatesFolder, "--format", "md"] + extra)
        return (run, folder)
    }

    func text(_ folder: String, _ document: String) throws -> String {
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: folder).first { $0.hasSuffix("-\(document).md") })
        return try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
    }

    @Test func aPartialHunanFileThatChecksCleanRenders() throws {
        let path = temporaryFile(named: "政协.yaml", text: Self.hunanUnit)
        let check = execute("check", path, "--templates", templatesFolder)
        #expect(!check.error.contains("错误："), "\(check.error)")
        let (run, folder) = try documents(of: path)
        #expect(run.status == 0, "\(run.error)")
        let report = try text(folder, "自评报告")
        #expect(report.contains("某某县政协办公室编制人数12人，实际人数11人。"))
        #expect(report.contains("“三公”经费预算数为2.00万元，决算数为1.50万元，其中公务接待费预算数2.00万元，决算数1.50万元。"))
        #expect(!report.contains("—"))
        #expect(report.contains("【待填写：自评表.指标或自评结果.总分】"))
        #expect(check.error.contains("警告：报告的「自评表.指标」或「自评结果.总分」还没有填写"))
    }

    /// Item scores summing to 97.91: the documents print 97.91, check accepts 97.91 and
    /// refuses 98, and diff reports the change where the documents print it.
    static let scoredFile = baseFile + requiredSections.replacingOccurrences(of: "自评结果: {总分: 95}\n", with: "") + """
        指标体系: 广东（新）
        自评表:
          指标:
            - {一级指标: 履职效能, 二级指标: 预算编制与目标设置, 分值: 50, 得分: 49.91, 偏差原因: 目标细化不够}
            - {一级指标: 管理效率, 二级指标: 财务管理合规性, 分值: 50, 得分: 48, 偏差原因: 个别凭证不规范}

        """

    @Test func theTotalHasOneAnswerEverywhere() throws {
        let path = temporaryFile(named: "单位.yaml", text: Self.scoredFile)
        let (run, folder) = try documents(of: path)
        #expect(run.status == 0, "\(run.error)")
        #expect(try text(folder, "自评报告").contains("部门整体支出绩效自评分数为97.91分，等级为优。"))
        #expect(try text(folder, "评分表").contains("| 100 | 97.91 |  |"), "广东 calls its sheet 评分表")
        let typed98 = temporaryFile(named: "单位.yaml", text: Self.scoredFile + "自评结果: {总分: 98}\n")
        #expect(execute("check", typed98, "--templates", templatesFolder).error.contains("错误：填写的总分 98 与自评表各项得分之和 97.91 不符"))
        let typedRight = temporaryFile(named: "单位.yaml", text: Self.scoredFile + "自评结果: {总分: 97.91}\n")
        #expect(!execute("check", typedRight, "--templates", templatesFolder).error.contains("错误："))
        let corrected = temporaryFile(named: "更正.yaml", text: Self.scoredFile.replacingOccurrences(of: "得分: 48,", with: "得分: 47.95,"))
        let diff = execute("diff", path, corrected, "--templates", templatesFolder)
        #expect(diff.output.contains("自评总分：97.91 → 97.86（见：自评报告、评分表）"), "\(diff.output)")
    }

    /// A Guangdong report scored on the Hunan framework (预算执行率 10 computed, 90 typed).
    static let hunanScored = baseFile + requiredSections.replacingOccurrences(of: "自评结果: {总分: 95}\n", with: "") + """
        指标体系: 湖南
        收支情况: {支出: {全年预算数: 100, 决算数: 100}}
        自评表:
          指标:
            - {一级指标: 产出指标, 二级指标: 数量指标, 分值: 45, 得分: 44.91, 偏差原因: 目标细化不够}
            - {一级指标: 效益指标, 二级指标: 社会效益指标, 分值: 45, 得分: 43, 偏差原因: 个别凭证不规范}

        """

    @Test func theGradeFollowsOnePolicyWhateverTheFrameworksRegion() throws {
        // Its bands say 优秀, in check and in every document alike.
        let path = temporaryFile(named: "单位.yaml", text: Self.hunanScored + "自评结果: {等级: 优秀}\n")
        let check = execute("check", path, "--templates", templatesFolder)
        #expect(!check.error.contains("错误："), "\(check.error)")
        let (run, folder) = try documents(of: path)
        #expect(run.status == 0, "\(run.error)")
        #expect(try text(folder, "自评报告").contains("自评分数为97.91分，等级为优秀。"))
        let wrong = temporaryFile(named: "单位.yaml", text: Self.hunanScored + "自评结果: {等级: 优}\n")
        #expect(execute("check", wrong, "--templates", templatesFolder).error.contains("错误：填写的等级「优」与总分 97.91 对应的等级「优秀」不符"))
    }

    @Test func anUnfilledSectionIsMarkedNotClaimed() throws {
        let withoutProblems = baseFile + requiredSections.replacingOccurrences(of: "存在问题: 预算编制还不够细。\n", with: "")
        let path = temporaryFile(named: "单位.yaml", text: withoutProblems)
        let check = execute("check", path, "--templates", templatesFolder)
        #expect(check.status == 0)
        #expect(check.error.contains("警告：报告的「存在问题」还没有填写"))
        #expect(execute("check", "--strict", path, "--templates", templatesFolder).status == 1)
        let (run, folder) = try documents(of: path)
        #expect(run.status == 0)
        let report = try text(folder, "自评报告")
        #expect(report.contains("部门整体支出绩效管理存在问题\n\n【待填写：存在问题】\n"))
        #expect(!report.contains("存在问题\n\n无。"))
        // Where the unit wrote 无, the report says 无.
        let (_, written) = try documents(of: temporaryFile(named: "单位.yaml", text: withoutProblems + "存在问题: 无\n"))
        #expect(try text(written, "自评报告").contains("部门整体支出绩效管理存在问题\n\n无\n"))
    }

    @Test func aCopyNeverReplacesTheOriginalsDocuments() throws {
        let original = temporaryFile(named: "单位.yaml", text: Self.hunanUnit)
        let folder = URL(fileURLWithPath: original).deletingLastPathComponent()
        #expect(execute("render", original, "--templates", templatesFolder, "--format", "md").status == 0)
        let copy = folder.appendingPathComponent("更正.yaml").path
        try Self.hunanUnit.replacingOccurrences(of: "498.2", with: "499.2").write(toFile: copy, atomically: true, encoding: .utf8)
        // By default the copy renders into a folder of its own name.
        #expect(execute("render", copy, "--templates", templatesFolder, "--format", "md").status == 0)
        let originals = folder.appendingPathComponent("单位").path
        #expect(try text(originals, "自评报告").contains("实际支出498.20万元"))
        #expect(try text(folder.appendingPathComponent("更正").path, "自评报告").contains("实际支出499.20万元"))
        // Pointed at the original's folder, it is refused, and replaces it only with --force.
        let refused = execute("render", copy, "-o", originals, "--templates", templatesFolder, "--format", "md")
        #expect(refused.status == 1)
        #expect(refused.error.contains("是 jixiao 从另一个数据文件「../单位.yaml」生成的"), "\(refused.error)")
        #expect(try text(originals, "自评报告").contains("实际支出498.20万元"))
        #expect(execute("render", copy, "-o", originals, "--templates", templatesFolder, "--format", "md", "--force").status == 0)
        #expect(try text(originals, "自评报告").contains("实际支出499.20万元"))
    }

    @Test func aFileThatOnlyQuotesTheStampIsTheUsers() throws {
        let path = temporaryFile(named: "单位.yaml", text: Self.hunanUnit)
        let (first, folder) = try documents(of: path)
        #expect(first.status == 0)
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: folder).first { $0.hasSuffix("-自评报告.md") })
        let stamp = try String(contentsOfFile: folder + "/" + name, encoding: .utf8).prefix { $0 != "\n" }
        try "我的笔记\n\(stamp)\n".write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
        let run = execute("render", path, "-o", folder, "--templates", templatesFolder, "--format", "md")
        #expect(run.status == 1)
        #expect(run.error.contains("这个文件不是 jixiao 生成的"))
    }

    @Test func localFieldsReachTheTemplates() throws {
        let templates = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString).path
        try FileManager.default.copyItem(atPath: templatesFolder, toPath: templates)
        let cover = templates + "/湖南/_正文.jinja"
        let original = try String(contentsOfFile: cover, encoding: .utf8)
        try (original + "{{ 段落('预算编码：' ~ 自定义.预算编码 ~ '；评价方式：' ~ 自定义.评价方式|join('、')) -}}\n").write(toFile: cover, atomically: true, encoding: .utf8)
        let path = temporaryFile(named: "单位.yaml", text: Self.hunanUnit + "自定义:\n  预算编码: \"201003\"\n  评价方式: [单位自评, 财政抽查]\n")
        #expect(!execute("check", path, "--templates", templates).error.contains("错误："))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString).path
        let run = execute("render", path, "-o", folder, "--templates", templates, "--format", "md")
        #expect(run.status == 0, "\(run.error)")
        #expect(try text(folder, "自评报告").contains("预算编码：201003；评价方式：单位自评、财政抽查"))
    }

    @Test func initForAFormatWithoutANoticeAsksForNone() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString + ".yaml").path
        #expect(execute("init", "-o", path, "--format", "湖南", "--templates", templatesFolder).status == 0)
        let skeleton = try String(contentsOfFile: path, encoding: .utf8)
        #expect(!skeleton.contains("\n通知:"))
        #expect(skeleton.contains("指标体系: 湖南"))
        #expect(!execute("check", path, "--templates", templatesFolder).error.contains("通知"))
        let unknown = execute("init", "-o", path + ".2", "--format", "湖北", "--templates", templatesFolder)
        #expect(unknown.status == 64)
        #expect(unknown.error.contains("广东"))
    }

    /// Messages a new user met, each exactly.
    @Test(arguments: [
        ("金额单位: 万元", "金额单位: 万", "提示：是否想写「万元」？"),
        ("金额单位: 万元", "金额单位: 万元\n人员经费支出: 5", "提示：是否想写「收支情况.支出.人员经费」？"),
        ("评价年度: 2024", "评价年度: \"2024年\"", "提示：只写数字「2024」，不要写「年」"),
        ("评价年度: 2024", "评价年度: 9223372036854775807", "错误：「评价年度」的年份不合理：922337203685…"),
    ])
    func messagesSayWhatToType(old: String, new: String, expected: String) {
        let path = temporaryFile(named: "单位.yaml", text: baseFile.replacingOccurrences(of: old, with: new))
        let run = execute("check", path, "--templates", templatesFolder)
        #expect(run.error.contains(expected), "\(run.error)")
    }

    @Test func aTypeErrorDoesNotCascade() {
        // The refused 决算数 leaves 执行率 uncomputable: that is not a second error.
        let file = Self.hunanScored.replacingOccurrences(of: "决算数: 100}", with: "决算数: \"100万元\"}")
        let run = execute("check", temporaryFile(named: "单位.yaml", text: file), "--templates", templatesFolder)
        #expect(run.error.contains("错误：「收支情况.支出.决算数」应当是金额，这里是文本「100万元」"))
        #expect(run.error.components(separatedBy: "错误：").count - 1 == 1, "\(run.error)")
    }

    @Test func aMissingTemplatesFolderIsSaidOfTheFolder() {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString).path
        try? FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        let path = temporaryFile(named: "单位.yaml", text: baseFile + "指标体系: 广东（新）\n")
        let run = execute("check", path, "--templates", empty)
        #expect(run.status == 1)
        #expect(run.error.hasPrefix("\(empty): 错误：在模板文件夹「\(empty)」里找不到任何报告格式"), "\(run.error)")
        #expect(run.error.contains("提示：用 --templates 指定 jixiao 的 Templates 文件夹，或设置环境变量 JIXIAO_TEMPLATES"))
        #expect(!run.error.contains("单位.yaml:"), "\(run.error)")
    }

    /// Issue 12's crashes in the year arithmetic: the largest and smallest integers as 评价年度
    /// are a located error in every command, never a trap.
    @Test(arguments: ["9223372036854775807", "-9223372036854775808"])
    func anyIntegerAsTheYearIsALocatedError(year: String) {
        let path = temporaryFile(named: "单位.yaml", text: Self.hunanUnit.replacingOccurrences(of: "评价年度: 2024", with: "评价年度: \(year)"))
        for command in [["check", path], ["render", path, "--format", "md"], ["diff", path, path]] {
            let run = execute(command + ["--templates", templatesFolder])
            if command[0] != "diff" {
                #expect(run.status == 1)
                #expect(run.error.contains("单位.yaml:1:7: 错误：「评价年度」的年份不合理"), "\(run.error)")
            }
        }
        let next = path + ".next.yaml"
        #expect(execute("rollover", path, "-o", next).status == 0)
        #expect(execute("check", next, "--templates", templatesFolder).error.contains("错误：「评价年度」的年份不合理"))
    }

    @Test func aUnitNameWithControlCharactersIsRefusedWhereItIsTyped() {
        let path = temporaryFile(named: "单位.yaml", text: Self.hunanUnit.replacingOccurrences(of: "评价单位: 某某县政协办公室", with: "评价单位: \"某某\\n县政协\\u0000办公室\""))
        let run = execute("render", path, "--templates", templatesFolder)
        #expect(run.status == 1)
        #expect(run.error.contains("单位.yaml:2:7: 错误：「评价单位」里有看不见的控制字符（U+000A）"), "\(run.error)")
        #expect(run.output.isEmpty)
    }

    /// A 三公 note that states no figures does not take the figures' place: both are printed.
    @Test func aThreePublicNoteWithoutFiguresKeepsTheFigures() throws {
        let path = temporaryFile(named: "单位.yaml", text: Self.hunanUnit.replacingOccurrences(
            of: "  公务接待费: {预算数: 2, 决算数: 1.5}\n", with: "  公务接待费: {预算数: 2, 决算数: 1.5}\n  说明: 严格执行公务接待标准。\n"))
        let (run, folder) = try documents(of: path)
        #expect(run.status == 0, "\(run.error)")
        let report = try text(folder, "自评报告")
        #expect(report.contains("“三公”经费预算数为2.00万元，决算数为1.50万元"))
        #expect(report.contains("严格执行公务接待标准。"))
    }
}
