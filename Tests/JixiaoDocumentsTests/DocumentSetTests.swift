import Foundation
import JixiaoDiagnostics
import JixiaoDocuments
import JixiaoModel
import JixiaoReader
import JixiaoTemplates
import JixiaoTestSupport
import Testing

let package = packageRoot
let inputs = ((try? FileManager.default.contentsOfDirectory(atPath: package.appendingPathComponent("Inputs").path)) ?? [])
    .filter { $0.hasSuffix(".yaml") }.sorted()

func checkedReport(_ input: String) throws -> UnitReport {
    let document = try DataFileReader.read(contentsOf: package.appendingPathComponent("Inputs/\(input)").path)
    return UnitReport.check(document, library: ReportLibrary(templatesFolder: templatesFolder))
}

func renderAll(_ input: String, templates: String = templatesFolder) throws -> [String: String] {
    let set = try DocumentSet.render(try checkedReport(input), templates: templates, formats: [.markdown, .html])
    return Dictionary(uniqueKeysWithValues: set.documents.compactMap { document in document.text.map { (document.fileName, $0) } })
}

/// Compares `text` with the golden file `Snapshots/<name>`; `JIXIAO_RECORD=1` rewrites it (and fails).
func assertSnapshot(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots/\(name)")
    if ProcessInfo.processInfo.environment["JIXIAO_RECORD"] == "1" {
        try? text.write(to: url, atomically: true, encoding: .utf8)
        Issue.record("recorded \(name); look at it, then run the tests again without JIXIAO_RECORD", sourceLocation: sourceLocation)
        return
    }
    guard let golden = try? String(contentsOf: url, encoding: .utf8) else {
        Issue.record("no golden file \(name): run JIXIAO_RECORD=1 swift test", sourceLocation: sourceLocation)
        return
    }
    guard golden != text else { return }
    let expected = golden.split(separator: "\n", omittingEmptySubsequences: false)
    let actual = text.split(separator: "\n", omittingEmptySubsequences: false)
    let line = Array(zip(expected, actual)).firstIndex { $0 != $1 } ?? min(expected.count, actual.count)
    Issue.record("""
        \(name) differs from its golden file at line \(line + 1):
          golden: \(line < expected.count ? String(expected[line]) : "(end)")
          now:    \(line < actual.count ? String(actual[line]) : "(end)")
        """, sourceLocation: sourceLocation)
}

@Suite struct DocumentSetTests {
    @Test func everyExampleHasItsDocuments() {
        #expect(inputs.count == 7)
    }

    @Test(arguments: inputs)
    func documentsMatchTheirGoldenFiles(_ input: String) throws {
        let documents = try renderAll(input)
        #expect(documents.count == 7)
        for (name, text) in documents.sorted(by: { $0.key < $1.key }) where name != "index.html" {
            assertSnapshot(text, named: name)
        }
    }

    @Test(arguments: inputs)
    func renderingIsDeterministic(_ input: String) throws {
        #expect(try renderAll(input) == renderAll(input))
    }

    @Test(arguments: inputs)
    func theDocumentsAgreeWithEachOtherAndWithTheModel(_ input: String) throws {
        let report = try checkedReport(input)
        let documents = try renderAll(input)
        let stem = DocumentSet.fileStem(for: report)
        let reportText = try #require(documents["\(stem)-自评报告.md"])
        let sheetText = try #require(documents["\(stem)-\(DocumentSet.Kind.scoringSheet.name(in: report.format)).md"])
        let baseText = try #require(documents["\(stem)-\(DocumentSet.Kind.baseData.name(in: report.format)).md"])
        // The score and grade the report states are the sheet's.
        if let sheet = report.scoreSheet {
            #expect(reportText.contains("自评分数为\(sheet.total.text)分"))
            #expect(reportText.contains(sheet.grade))
            let weight = sheet.totalWeight.map { "\($0)" } ?? ""
            #expect(sheetText.contains("| \(weight) | \(sheet.total.text) |  |"))
        }
        // Every rate printed in more than one document has one value.
        for figure in report.figures where figure.percent != nil {
            let texts = [reportText, sheetText, baseText].filter { $0.contains(figure.name) || $0.contains(figure.text) }
            for text in texts where text.contains(figure.name) {
                // Wherever a document works the rate out in figures (「支出完成率=1099.94/…」), it is the model's formula.
                var rest = Substring(text)
                while let range = rest.range(of: "\(figure.name)=") {
                    rest = rest[range.upperBound...]
                    guard rest.first?.isNumber == true || rest.first == "(" else { continue }
                    #expect(rest.hasPrefix(figure.formula), "\(figure.name)=\(rest.prefix(40))")
                }
            }
        }
        if let staff = report.figure(named: "人员控制率") {
            #expect(baseText.contains("| \(staff.text) |"))
        }
        if let execution = report.figure(named: "执行率") {
            #expect(sheetText.contains("| \(execution.text) |"))
        }
        #expect(documents["index.html"]?.contains("\(stem)-自评报告.html") == true)
    }

    @Test func aUsersOwnTemplateFolderIsUsed() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("共用"), withIntermediateDirectories: true)
        for kind in ["自评报告", "基础数据表", "自评表"] {
            try "{{ 评价单位 }}：\(kind)\n".write(to: folder.appendingPathComponent("共用/\(kind).md"), atomically: true, encoding: .utf8)
        }
        let report = try checkedReport("2024年度遂溪县人民政府办公室本级.yaml")
        let set = try DocumentSet.render(report, templates: folder.path, formats: [.markdown])
        #expect(set.documents.map(\.text) == ["遂溪县人民政府办公室本级：自评报告\n", "遂溪县人民政府办公室本级：基础数据表\n", "遂溪县人民政府办公室本级：自评表\n"])
    }

    @Test func aMissingTemplateIsNamed() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString).path
        let report = try checkedReport("2024年度遂溪县人民政府办公室本级.yaml")
        do throws(Diagnostic) {
            _ = try DocumentSet.render(report, templates: folder, formats: [.markdown])
            Issue.record("rendered without templates")
        } catch {
            #expect(error.message == "找不到模板文件「广东/自评报告.md」")
            #expect(error.location == .wholeFile(folder + "/广东/自评报告.md"))
            #expect(error.hint?.contains("用 --templates 指定模板文件夹") == true)
        }
    }

    @Test func aBrokenTemplateGivesALocatedError() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("广东"), withIntermediateDirectories: true)
        try "第一行\n{{ 评价单位 }}{{ 不存在的键 }}\n".write(to: folder.appendingPathComponent("广东/自评报告.md"), atomically: true, encoding: .utf8)
        for kind in ["基础数据表", "自评表"] {
            try "{{ 评价单位 }}\n".write(to: folder.appendingPathComponent("广东/\(kind).md"), atomically: true, encoding: .utf8)
        }
        let report = try checkedReport("2024年度遂溪县人民政府办公室本级.yaml")
        do throws(Diagnostic) {
            _ = try DocumentSet.render(report, templates: folder.path, formats: [.markdown])
            Issue.record("rendered a broken template")
        } catch {
            #expect(error.message == "「不存在的键」没有定义")
            #expect(error.location.line == 2)
            #expect(error.location.column == 14)
            #expect(error.location.file.hasSuffix("广东/自评报告.md"))
        }
    }
}
