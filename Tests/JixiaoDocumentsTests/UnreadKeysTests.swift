import JixiaoDocuments
import JixiaoModel
import JixiaoReader
import JixiaoTestSupport
import Testing

/// `check` says where text went that the format never prints.
@Suite struct UnreadKeysTests {
    func findings(_ data: String, format: String) throws -> [String] {
        let document = try DataFileReader.read(text: data, file: "单位.yaml", syntax: .yaml)
        let report = UnitReport.check(document, library: ReportLibrary(templatesFolder: templatesFolder))
        let templates = try DocumentTemplates(folder: templatesFolder, region: format, formats: [.markdown, .html])
        return UnreadKeys.findings(in: report, templates: templates).map { "\($0.location.line):\($0.location.column): \($0.message)" }
    }

    @Test func aHunanFileWithANoticeIsToldTheNoticeIsNotPrinted() throws {
        let data = baseFile.replacingOccurrences(of: "报告格式: 广东", with: "报告格式: 湖南")
            + "自定义: {预算编码: \"101001\"}\n收支情况: {说明: 本年无追加。}\n"
        let warnings = try findings(data, format: "湖南")
        #expect(warnings == [
            "7:3: 「通知.发文机关」填了内容，但报告格式「湖南」的模板不用它：它不会出现在任何文件里",
            "8:3: 「通知.标题」填了内容，但报告格式「湖南」的模板不用它：它不会出现在任何文件里",
            "9:3: 「通知.文号」填了内容，但报告格式「湖南」的模板不用它：它不会出现在任何文件里",
            "10:7: 「自定义.预算编码」填了内容，但报告格式「湖南」的模板不用它：它不会出现在任何文件里",
        ])
    }

    @Test(arguments: inputs)
    func theExamplesLoseNoText(_ input: String) throws {
        let report = try checkedReport(input)
        let templates = try DocumentTemplates(folder: templatesFolder, region: report.format!.name, formats: [.markdown, .html])
        #expect(UnreadKeys.findings(in: report, templates: templates).map(\.message) == [])
    }
}
