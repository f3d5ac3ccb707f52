import Foundation
import JixiaoDiagnostics
import JixiaoModel
import JixiaoReader
import Testing

/// The example data files in `Inputs/`: each seed unit, expressed completely, checks without
/// errors, and jixiao computes the figures its published report printed.
@Suite struct InputsTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Inputs")

    static var files: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".yaml") }.sorted()
    }

    func report(_ name: String) -> UnitReport? {
        (try? DataFileReader.read(contentsOf: Self.folder.appendingPathComponent(name).path)).map {
            UnitReport.check($0, library: shippedLibrary)
        }
    }

    @Test(arguments: files)
    func checksWithoutErrors(_ name: String) {
        let report = report(name)
        #expect(report != nil)
        #expect(report?.errors.isEmpty == true, "\(report.map { DiagnosticFormatter.format($0.errors) } ?? "")")
        #expect(report?.framework != nil, "every example names its indicator framework")
    }

    @Test func seedOneFiguresAreTheReportsOwn() {
        let report = report("2020年度中共湛江市委办公室.yaml")
        let printed = ["预决算差异率": "4.26%", "支出完成率": "97.02%", "结转结余率": "2.98%", "存量资金变动率": "-79.72%",
                       "政府采购执行率": "99.57%", "固定资产利用率": "100.00%", "公用经费控制率": "94.49%"]
        for (name, text) in printed { #expect(report?.figure(named: name)?.text == text, "\(name)") }
        #expect(report?.figure(named: "支出完成率")?.formula == "4276.91/(4029.42+378.68)×100%=97.02%")
    }

    @Test func seedTwoSheetIsTheReportsOwn() {
        let report = report("2023年度邵阳市北塔区人民政府办公室.yaml")
        #expect(report?.figure(named: "人员控制率")?.text == "156.52%")
        #expect(report?.figure(named: "执行率")?.text == "100.00%")
        #expect(report?.scoreSheet?.executionScore?.score == 10)
        #expect(report?.scoreSheet?.total.value == 97)
        #expect(report?.scoreSheet?.totalWeight == 100)
        #expect(report?.scoreSheet?.grade == "优秀")
        #expect(report?.warnings.count == 3, "staff, public funds and procurement over 100% (D2.7–D2.9)")
    }

    @Test func seedZeroAndThreeFiguresAreTheReportsOwn() {
        let zero = report("2023年度湛江市麻章区人民政府办公室本级及下属单位麻章区信访局.yaml")
        #expect(zero?.figure(named: "支出完成率")?.formula == "1099.94/1104.81×100%=99.56%")
        #expect(zero?.warnings.map(\.message).contains("「存在问题」写的是「无。」，但「改进措施」列了 6 条") == true)
        let three = report("2024年度湛江市人民政府驻广州办事处.yaml")
        #expect(three?.figure(named: "支出完成率")?.text == "100.45%")
        #expect(three?.warnings.map(\.message).sorted() == ["报告的「自评表.指标」还没有填写", "支出完成率为 100.45%（1564.10/1557.15×100%=100.45%），超过 100%"].sorted(),
                "spending beyond income (D3.3), and the 评分表's scores the seed does not give")
    }

    @Test func seedFourFiguresAreTheReportsOwn() {
        let report = report("2024年度遂溪县人民政府办公室本级.yaml")
        #expect(report?.figure(named: "支出完成率")?.formula == "8374036.75/8397200.18×100%=99.72%")
        #expect(report?.figure(named: "公用经费控制率")?.text == "66.06%")
        #expect(report?.figure(named: "三公经费控制率")?.text == "75.57%")
        #expect(report?.scoreSheet?.total.value == 98)
        #expect(report?.scoreSheet?.grade == "优")
    }
}
