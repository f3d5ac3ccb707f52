@testable import JixiaoImport
import Testing

/// Export noise goes, the words stay, and every line keeps the number a person finds it by.
struct LineCleanerTests {
    static let cases: [(String, String)] = [
        ("按照预算编制通知文件要求，围绕市委、市 政府中心工作，把 规范管理", "按照预算编制通知文件要求，围绕市委、市政府中心工作，把规范管理"),
        ("评价年度：2023 年度", "评价年度：2023年度"),
        ("[bookmark: _GoBack]附件：", "附件："),
        ("支出完成率为 $8374036.75/8397200.18*100%=99.72%$ ，自评得分10分。", "支出完成率为8374036.75/8397200.18*100%=99.72%，自评得分10分。"),
        ("组  长：周泽宗", "组长：周泽宗"),
        ("\u{3000}\u{3000}守住钱袋子 护好幸福家", "守住钱袋子护好幸福家"),
        ("Word and WPS", "Word and WPS"),
    ]

    @Test(arguments: cases.indices)
    func exportNoiseIsRemoved(_ index: Int) {
        #expect(LineCleaner.clean(Self.cases[index].0) == Self.cases[index].1)
    }

    @Test func emptyLinesGoAndTheOthersKeepTheirNumbers() {
        let lines = LineCleaner.lines(from: ["", "附件6", "  ", "评价年度：2024年度", "组长审定。      （三）自评材料报送时间及质量。"])
        #expect(lines == [
            ReportLine(number: 2, text: "附件6"), ReportLine(number: 4, text: "评价年度：2024年度"),
            ReportLine(number: 5, text: "组长审定。"), ReportLine(number: 5, text: "（三）自评材料报送时间及质量。"),
        ])
    }
}
