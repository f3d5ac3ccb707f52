import Foundation
import Testing

/// A unit's year with jixiao, from a new file to a corrected submission, as a finance officer does it.
@Suite struct WorkCycleTests {
    let templates = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Templates").path

    static let filled = """
        评价年度: 2024
        评价单位: 某某县人民政府办公室
        报告格式: 广东
        预算级次: 县级
        填报日期: 2025-05-20
        金额单位: 万元
        指标体系: 广东（新）
        通知:
          发文机关: 某某县财政局
          标题: 关于开展2024年县级财政资金绩效自评工作的通知
          文号: 某财绩〔2025〕3号
        单位基本情况:
          内设机构: [秘书股, 综合股]
          核定编制: {行政编制: 10, 事业编制: 2}
          在职人员: {合计: 11}
          主要职责: [负责县政府文电处理工作。, 负责县政府会务工作。]
          年度工作任务: 2024年，我办围绕县委、县政府中心工作，做好参谋、服务、协调、督查工作。
        收支情况:
          收入: {财政下达预算数: 820.50, 决算数: 820.50, 上年结转和结余: 3.00}
          支出: {决算数: 800.25, 决算构成: {基本支出: 700.25, 项目支出: 100.00}, 年末结转和结余: 23.25}
        公用经费: {预算数: 100.00, 决算数: 90.50}
        自评表:
          指标:
            - {一级指标: 履职效能, 二级指标: 部门预算资金支出率, 得分: 10}
            - {一级指标: 管理效率, 二级指标: 信息公开, 得分: 3}
        自评结果:
          结论: 2024年我办整体支出绩效目标完成情况良好。
        存在问题: [预算编制的准确性有待提高。]
        改进措施: [科学合理编制预算。]

        """

    @Test func fromANewFileToACorrectedSubmission() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString).path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let data = folder + "/2024年度某某县人民政府办公室.yaml"

        // A new file: every key there, check lists what is still empty, by key.
        #expect(execute("init", "-o", data, "--unit", "某某县人民政府办公室", "--year", "2024").status == 0)
        let fresh = execute("check", data, "--templates", templates)
        #expect(fresh.status == 1)
        #expect(fresh.error.contains("错误：「填报日期」还没有填写"))
        #expect(fresh.error.contains("错误：「通知.文号」还没有填写"))
        #expect(!fresh.error.contains("不认识"))

        // Filled in, it checks and renders.
        try Self.filled.write(toFile: data, atomically: true, encoding: .utf8)
        let filled = execute("check", data, "--templates", templates)
        #expect(filled.status == 0, "\(filled.error)")
        #expect(execute("render", data, "-o", folder + "/2024", "--templates", templates).status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/2024").count == 10)

        // Next year drafted from this one: the original is untouched, stale sentences are flagged.
        let before = try Data(contentsOf: URL(fileURLWithPath: data))
        let next = folder + "/2025年度某某县人民政府办公室.yaml"
        #expect(execute("rollover", data, "-o", next).status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: data)) == before)
        let drafted = try String(contentsOfFile: next, encoding: .utf8)
        #expect(drafted.contains("评价年度: 2025"))
        #expect(drafted.contains("公用经费:\n  预算数:\n  决算数:\n  上年决算数: 90.50\n"))
        #expect(drafted.contains("  收入:\n    财政下达预算数:\n    决算数:\n    上年结转和结余: 23.25\n    上年决算数: 820.50\n"),
                "this year's income is next year's 同比 base, and its 年末结转和结余 next year's 上年结转和结余")
        #expect(drafted.contains("    年末结转和结余:\n"), "next year's own 年末结转和结余 is left to fill in")
        #expect(drafted.contains("  主要职责:\n    - 负责县政府文电处理工作。\n"))
        let nextCheck = execute("check", next, "--templates", templates)
        #expect(nextCheck.error.contains("警告：2025 年度的报告里提到「2024年」"))
        #expect(nextCheck.error.contains("错误：「填报日期」还没有填写"))

        // A one-figure correction: the input, the rate it moves, the document it appears in.
        let corrected = folder + "/更正.yaml"
        try Self.filled.replacingOccurrences(of: "决算数: 800.25", with: "决算数: 810.25")
            .replacingOccurrences(of: "基本支出: 700.25", with: "基本支出: 710.25")
            .replacingOccurrences(of: "年末结转和结余: 23.25", with: "年末结转和结余: 13.25")
            .write(toFile: corrected, atomically: true, encoding: .utf8)
        let diff = execute("diff", data, corrected, "--templates", templates)
        #expect(diff.status == 0)
        #expect(diff.output.contains("  收支情况.支出.决算数：800.25 → 810.25\n"))
        #expect(diff.output.contains("  支出完成率：97.53% → 98.75%（见：自评报告、数据表）\n"))
        #expect(diff.output.contains("  结转结余率：2.82% → 1.61%（见：数据表）\n"))
        let table = execute("diff", data, corrected, "--templates", templates, "--format", "md")
        #expect(table.output.contains("| 支出完成率 | 97.53% | 98.75% | 自评报告、数据表 |"))
        #expect(execute("diff", data, data, "--templates", templates).output == "无变化\n")
    }

    @Test func initNeverOverwritesAFile() throws {
        let path = temporaryFile(named: "已有.yaml", text: "单位自己的文件\n")
        let run = execute("init", "-o", path)
        #expect(run.status == 1)
        #expect(run.error.hasPrefix("\(path): 错误：文件已经存在，jixiao 不会覆盖它\n"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "单位自己的文件\n")
        #expect(execute("init", "-o", path, "--force").status == 0)
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("评价年度:"))
    }

    @Test func rolloverNeverOverwritesTheNextFileAndNeverChangesTheLastOne() throws {
        let last = temporaryFile(named: "2024.yaml", text: Self.filled)
        let next = temporaryFile(named: "2025.yaml", text: "单位已经开始写的明年文件\n")
        let run = execute("rollover", last, "-o", next)
        #expect(run.status == 1)
        #expect(try String(contentsOfFile: next, encoding: .utf8) == "单位已经开始写的明年文件\n")
        #expect(try String(contentsOfFile: last, encoding: .utf8) == Self.filled)
        #expect(execute("rollover", last, "-o", next, "--force").status == 0)
        #expect(try String(contentsOfFile: last, encoding: .utf8) == Self.filled)
    }
}
