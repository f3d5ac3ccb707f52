import Foundation
import JixiaoDiagnostics
import JixiaoDocuments
@testable import JixiaoModel
import JixiaoReader
import JixiaoTemplates
import JixiaoTestSupport
import Testing

/// The contract between `check` and the documents, on data files nobody wrote by hand:
/// whenever `check` finds no error, every document renders in every format, prints no `None`
/// and no stand-in dash for a missing figure, and says 【待填写】 exactly where a required
/// section is empty. Files are generated from `DataFileSchema` with a fixed seed: random
/// subsets of the optional keys at every depth, empty lists and maps, zero amounts, both money
/// units, every format and framework, no 自评表 at all.
@Suite struct ContractTests {
    static let library = ReportLibrary(templatesFolder: templatesFolder)
    /// 6 batches of 200 files, each batch its own seed, run in parallel.
    static let fileCount = 200

    @Test(arguments: 0..<6)
    func everyFileThatChecksCleanRendersInEveryFormat(batch: Int) throws {
        var generator = DataFileGenerator(seed: 20_261_201 + UInt64(batch), formats: Self.library.formats.names,
                                          frameworks: Self.library.frameworks.names)
        var compiled: [String: DocumentTemplates] = [:]
        var clean = 0
        var withErrors = 0
        for index in 0..<Self.fileCount {
            let json = generator.dataFile()
            let document: DataDocument
            do {
                let read = try DataFileReader.read(bytes: Array(json.utf8), file: "生成\(batch)-\(index).json", syntax: .json)
                // Every other file goes through the YAML writer and reader too.
                document = index % 2 == 0 ? read : try DataFileReader.read(bytes: Array(read.root.yamlText.utf8), file: "生成\(batch)-\(index).yaml", syntax: .yaml)
            } catch {
                Issue.record("generated file \(index) does not read back: \(DiagnosticFormatter.format(error))\n\(json)")
                continue
            }
            let report = UnitReport.check(document, library: Self.library)
            guard report.errors.isEmpty else {
                withErrors += 1
                #expect(report.errors.allSatisfy { $0.location.line > 0 && $0.location.file.hasPrefix("生成") },
                        "an error not located in the data file:\n\(DiagnosticFormatter.format(report.errors))")
                continue
            }
            clean += 1
            let region = try #require(report.format?.name)
            if compiled[region] == nil { compiled[region] = try DocumentTemplates(folder: templatesFolder, region: region, formats: [.markdown, .html]) }
            let set: DocumentSet
            do throws(Diagnostic) {
                set = try DocumentSet.render(report, templates: compiled[region]!, formats: [.markdown, .html])
            } catch {
                Issue.record("file \(index) checks clean but does not render: \(DiagnosticFormatter.format(error))\n\(json)")
                continue
            }
            do {
                for document in set.documents {
                    let none = (document.text ?? "").split(separator: "\n").first { $0.contains("None") }
                    #expect(none == nil, "\(document.fileName) prints None for file \(index): \(none ?? "")\n\(json)")
                    let dash = (document.text ?? "").split(separator: "\n").first { $0.contains("—人") }
                    #expect(dash == nil, "\(document.fileName) prints a dash for a count: \(dash ?? "")\n\(json)")
                }
                let reportText = try #require(set.documents.first { $0.fileName.hasSuffix("自评报告.md") }?.text)
                #expect(reportText.contains("【待填写") == !report.unfilledSections.isEmpty,
                        "unfilled \(report.unfilledSections) but the report says otherwise, file \(index):\n\(json)")
            }
        }
        // The generator must exercise both sides of the contract.
        #expect(clean > Self.fileCount / 4, "only \(clean) of \(Self.fileCount) generated files check clean")
        #expect(withErrors > 0)
    }
}

/// Writes random data files (as JSON text) from the schema table.
struct DataFileGenerator {
    private var state: UInt64
    let formats: [String]
    let frameworks: [String]
    private var year = 2024

    init(seed: UInt64, formats: [String], frameworks: [String]) {
        state = seed
        self.formats = formats
        self.frameworks = frameworks
    }

    /// One whole file: the required keys valid, the rest a random subset of the schema.
    mutating func dataFile() -> String {
        year = 2015 + next(12)
        var entries = [
            ("评价年度", "\(year)"), ("评价单位", quoted(pick(["某某县政协办公室", "某某市发展和改革局", "某某区人民政府办公室本级", "测试<单位>&"]))),
            ("报告格式", quoted(pick(formats))), ("填报日期", quoted("\(year + 1)-0\(1 + next(9))-1\(next(9))")),
            ("金额单位", quoted(pick(["元", "万元"]))),
        ]
        let fixed: Set = ["评价年度", "评价单位", "报告格式", "填报日期", "金额单位"]
        for field in DataFileSchema.root where !fixed.contains(field.key) && chance(55) {
            entries.append((field.key, value(for: field)))
        }
        return object(entries)
    }

    private mutating func value(for field: Field) -> String {
        switch field.key {
        case "指标体系": return quoted(pick(frameworks))
        case "自评表": return scoringSheet()
        // Typed totals, grades and year-bound texts mostly agree with the figures or are left out.
        case "合计", "总分", "等级", "结论": return "null"
        case "通知": return object([("发文机关", quoted("某某县财政局")), ("标题", quoted("关于开展绩效自评工作的通知")),
                                   ("文号", quoted("某财绩〔\(year + 1)〕\(1 + next(20))号"))])
        default: return value(of: field.kind)
        }
    }

    private mutating func value(of kind: FieldKind) -> String {
        switch kind {
        case .text: return quoted(text())
        case .count: return "\(next(60))"
        case .amount, .signedAmount: return pick(["0", "0.00", "12.5", "1007.30", "86.4", "250000"])
        case .score: return pick(["0", "5", "9.5", "10"])
        case .year: return "\(year)"
        case .date: return quoted("\(year + 1)-06-30")
        case .choice(let words): return quoted(pick(words))
        case .format: return quoted(pick(formats))
        case .bool: return chance(50) ? "true" : "false"
        case .custom: return object([("预算编码", quoted("\(next(999_999))")), ("评价方式", quoted(text()))])
        case .list(let item): return "[" + (0..<next(4)).map { _ in value(of: item) }.joined(separator: ", ") + "]"
        case .record(let fields):
            var entries: [(String, String)] = []
            for field in fields where field.isRequired || chance(60) { entries.append((field.key, value(for: field))) }
            return object(entries)
        case .breakdown(let part):
            let keys = ["基本支出", "项目支出", "一般公共预算", "行政编制", "事业编制", "办公费"].shuffledPrefix(next(4), using: &self)
            return object(keys.map { ($0, value(of: part)) })
        case .narrative:
            switch next(5) {
            case 0: return quoted(text())
            case 1: return "[" + (0..<next(4)).map { _ in quoted(text()) }.joined(separator: ", ") + "]"
            case 2: return "[" + (0..<1 + next(3)).map { _ in object([("标题", quoted(text())), ("内容", quoted(text()))]) }.joined(separator: ", ") + "]"
            case 3: return "\"\""
            default: return "[]"
            }
        }
    }

    /// A sheet whose scores fit their weights (with a reason where points are lost), or none.
    private mutating func scoringSheet() -> String {
        var rows: [String] = []
        for _ in 0..<next(5) {
            let weight = pick(["10", "20", "5.5"])
            let lost = chance(30)
            rows.append(object([("一级指标", quoted(pick(["产出指标", "效益指标", "履职效能", "预算编制"]))), ("二级指标", quoted(pick(["数量指标", "质量指标", "经济性"]))),
                                ("三级指标", quoted(text())), ("分值", weight), ("得分", lost ? "1" : weight),
                                ("偏差原因", lost ? quoted("进度滞后") : "null")]))
        }
        var entries = [("指标", "[" + rows.joined(separator: ", ") + "]")]
        if chance(50) { entries.append(("执行率分值", "10")) }
        if chance(50) { entries.append(("年度总体目标", object([("预期目标", value(of: .narrative)), ("实际完成情况", value(of: .narrative))]))) }
        return object(entries)
    }

    private mutating func text() -> String {
        pick(["无", "无。", "保障机关正常运转。", "按计划完成各项工作任务", "<b>加粗</b> & “引号”", "{{ 评价单位 }}{% if true %}", "第一行\n第二行",
              "# 不是标题", "| 竖线 |", "1. 自带序号"])
    }

    private func object(_ entries: [(String, String)]) -> String {
        "{" + entries.map { "\(quoted($0.0)): \($0.1)" }.joined(separator: ",\n") + "}"
    }

    private func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"").replacingOccurrences(of: "\n", with: "\\n") + "\""
    }

    private mutating func chance(_ percent: Int) -> Bool { next(100) < percent }

    private mutating func pick(_ items: [String]) -> String { items[next(items.count)] }

    /// A number below `bound` from a 64-bit linear congruential generator (Knuth's constants).
    mutating func next(_ bound: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(max(bound, 1)))
    }
}

private extension Array where Element == String {
    func shuffledPrefix(_ count: Int, using generator: inout DataFileGenerator) -> [String] {
        var items = self
        var result: [String] = []
        for _ in 0..<Swift.min(count, items.count) { result.append(items.remove(at: generator.next(items.count))) }
        return result
    }
}
