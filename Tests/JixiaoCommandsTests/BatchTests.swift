import Foundation
import JixiaoArchive
import JixiaoTestSupport
import Testing

/// A finance bureau's run: 200 units and one broken file in one folder, rendered and
/// summarised in one command each.
@Suite struct BatchTests {
    /// `count` units, taken from the examples in turn, each under its own unit name, plus one file with an error.
    static func bureauFolder(count: Int = 200) throws -> (folder: String, units: [String: String]) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString).path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let inputs = try FileManager.default.contentsOfDirectory(atPath: packageRoot.appendingPathComponent("Inputs").path).filter { $0.hasSuffix(".yaml") }.sorted()
        var units: [String: String] = [:]
        for copy in 0..<(count + inputs.count - 1) / inputs.count {
            for (index, input) in inputs.enumerated() where units.count < count {
                let text = try String(contentsOf: packageRoot.appendingPathComponent("Inputs/\(input)"), encoding: .utf8)
                let name = "测试单位\(copy)-\(index)"
                let renamed = text.split(separator: "\n", omittingEmptySubsequences: false)
                    .map { $0.hasPrefix("评价单位: ") ? "评价单位: \(name)" : String($0) }.joined(separator: "\n")
                let file = String(format: "%03d-%d.yaml", copy, index)
                try renamed.write(toFile: folder + "/" + file, atomically: true, encoding: .utf8)
                units[file] = name
            }
        }
        try (baseFile.replacingOccurrences(of: "填报日期: 2025-05-14", with: "填报日期: 2025-02-30")).write(toFile: folder + "/坏.yaml", atomically: true, encoding: .utf8)
        return (folder, units)
    }

    @Test func twoHundredUnitsRenderInOneCommandAndTheBrokenOneFailsAlone() throws {
        let (folder, units) = try Self.bureauFolder()
        #expect(units.count == 200)
        let out = folder + "/文档"
        let run = execute("render", folder, "-o", out, "--templates", templatesFolder, "--format", "md")
        #expect(run.status == 1)
        #expect(run.error.contains("坏.yaml:4:7: 错误：「填报日期」应当是日期"), "\(run.error.suffix(600))")
        #expect(run.error.hasSuffix("个有警告），1 个有错误。\n"), "\(run.error.suffix(200))")
        #expect(run.error.contains("共 201 个单位：200 个通过"))
        let folders = try FileManager.default.contentsOfDirectory(atPath: out)
        #expect(folders.count == 200)
        #expect(!folders.contains("坏"))

        let summaryRun = execute("summary", folder, "-o", folder + "/汇总", "--templates", templatesFolder, "--format", "csv")
        #expect(summaryRun.status == 0, "\(summaryRun.error.suffix(300))")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: folder + "/汇总/部门整体支出绩效自评汇总表.csv"))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let csv = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(csv.hasPrefix("单位,年度,报告格式,支出决算数（万元）,支出完成率"))
        let rows = csv.split(separator: "\r\n").dropFirst().dropLast(2).map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        #expect(rows.count == 201)
        // Each row's rates and 自评总分 are the ones the unit's own documents print (a Hunan
        // report prints only some rates: 执行率 in its sheet, 人员控制率 in its text).
        let columns = ["支出完成率": 4, "执行率": 5, "人员控制率": 6, "公用经费控制率": 7, "三公经费控制率": 8, "政府采购执行率": 9]
        for row in rows where row[0].hasPrefix("测试单位") {
            let file = (row.last! as NSString).lastPathComponent
            let stem = "\(out)/\((file as NSString).deletingPathExtension)/\(row[1])年度\(row[0])"
            let names = row[2].hasPrefix("湖南") ? ["自评报告", "基础数据表", "自评表"] : ["自评报告", "数据表", "评分表"]
            let documents = try names.map { try String(contentsOfFile: "\(stem)-\($0).md", encoding: .utf8) }.joined()
            let printed = row[2].hasPrefix("湖南") ? ["执行率", "人员控制率"] : Array(columns.keys)
            for name in printed where !row[columns[name]!].isEmpty {
                #expect(documents.contains(row[columns[name]!]), "\(row[0]) \(name) \(row[columns[name]!])")
            }
            if !row[10].isEmpty { #expect(documents.contains("\(row[10])分"), "\(row[0]) 总分 \(row[10])") }
            #expect(units[file] == row[0])
        }
        let broken = try #require(rows.first { $0.last!.hasSuffix("坏.yaml") })
        #expect(broken[12] == "1")
        #expect(rows.last?.last?.hasSuffix("坏.yaml") == true)
    }

    @Test func theSummaryIsWrittenInEveryFormatAndItsWordFileIsLandscape() throws {
        let (folder, units) = try Self.bureauFolder(count: 3)
        let out = folder + "/汇总"
        let run = execute("summary", folder, "-o", out, "--templates", templatesFolder)
        #expect(run.status == 0, "\(run.error)")
        let names = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
        #expect(names == ["md", "html", "docx", "csv"].map { "部门整体支出绩效自评汇总表.\($0)" }.sorted())
        let archive = try ZipReader(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: out + "/部门整体支出绩效自评汇总表.docx"))))
        let document = String(decoding: try archive.contents(of: "word/document.xml"), as: UTF8.self)
        #expect(document.contains("w:orient=\"landscape\""), "a table of 20 columns is printed across the page")
        for unit in units.values { #expect(document.contains(unit), "\(unit) has its row") }
    }

    @Test func checkTakesAFolderAndCountsTheUnits() throws {
        let (folder, _) = try Self.bureauFolder(count: 10)
        let run = execute("check", folder, "--templates", templatesFolder)
        #expect(run.status == 1)
        #expect(run.error.contains("共 11 个单位：10 个通过"))
        #expect(run.error.hasSuffix("1 个有错误。\n"))
    }
}
