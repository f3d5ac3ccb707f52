@testable import JixiaoImport
import Testing

/// Headings are recognised by their words, whatever their numbering, and numbered sentences are not headings.
struct OutlineTests {
    static let numberings: [(String, Int?, String)] = [
        ("一、单位基本情况", 1, "单位基本情况"), ("（二）自评工作过程。", 2, "自评工作过程。"), ("(四) 自评材料报送", 2, "自评材料报送"),
        ("2、优化服务", 3, "优化服务"), ("2.预算执行情况。", 3, "预算执行情况。"), ("10、负责政务公开", 3, "负责政务公开"),
        ("（1）提高思想认识。", 4, "提高思想认识。"), ("(3)部门预算资金支出率：", 4, "部门预算资金支出率："),
        ("1.5万元用于办公", nil, ""), ("2024年度", nil, ""), ("一是主动作为", nil, ""), ("目标1：做好", nil, ""),
    ]

    @Test(arguments: numberings.indices)
    func numberingIsReadAsPeopleTypeIt(_ index: Int) {
        let (line, level, rest) = Self.numberings[index]
        let numbering = Numbering(line: line)
        #expect(numbering?.level == level, "\(line)")
        if level != nil { #expect(numbering?.rest == rest, "\(line)") }
    }

    static let headings: [(String, SectionKind?)] = [
        ("六、部门整体支出绩效情况", .results), ("七、存在的问题及原因分析", .problems), ("（五）改进措施", .measures),
        ("存在问题", .problems), ("部门整体支出情况", .spending), ("自评工作过程。", .process),
        ("（五）自评材料报送及公开一致情况。", .disclosure), ("（一）评价小组情况。根据遂财绩〔2025〕6号……", .group),
        ("我办整体支出绩效目标效率性及效益性较好。", nil), ("1. 主要做法：构建科学指标体系", nil),
        ("主要做法和经验 强化组织领导，统筹协调推进", nil),
        ("1、负责区政府会议的准备和组织协调工作，负责区政府领导同志公务活动，办理区政府领导同志交办的事项。", nil),
    ]

    @Test(arguments: headings.indices)
    func headingsAreKnownByTheirWords(_ index: Int) {
        let (line, kind) = Self.headings[index]
        #expect(Outline.heading(LineCleaner.clean(line))?.0 == kind, "\(line)")
    }

    @Test func aHeadingsInlineTextIsItsFirstContentLine() {
        let outline = Outline(lines: [
            ReportLine(number: 1, text: "附件6"), ReportLine(number: 2, text: "（一）评价小组情况。根据通知要求，成立小组。"),
            ReportLine(number: 3, text: "组长：张三"),
        ])
        #expect(outline.front.map(\.text) == ["附件6"])
        #expect(outline.sections.map(\.kind) == [.group])
        #expect(outline.sections[0].content == [
            ReportLine(number: 2, text: "根据通知要求，成立小组。"), ReportLine(number: 3, text: "组长：张三"),
        ])
    }
}
