import Foundation
import JixiaoImport
import JixiaoModel
import JixiaoReader
import JixiaoTestSupport
import Testing

/// The five seed reports imported: every figure the seed states lands in its key (the seed's
/// own value, not the hand-made file's correction), and the draft reads back.
struct ReportImporterTests {
    struct Seed: CustomTestStringConvertible, Sendable {
        var file: String
        var handMade: String
        var expected: [(String, String)]
        /// 自评表.指标 as `一级/二级/三级 分值/得分` (see `indicatorRows`).
        var indicators: [String] = []
        var testDescription: String { file }
    }

    /// The framework files, so that indicator paragraphs are matched by name.
    static let frameworks = FrameworkLibrary(folder: (templatesFolder as NSString).appendingPathComponent("指标体系"))

    static let seeds: [Seed] = [
        Seed(file: "000_73174f80bed46467.txt", handMade: "2023年度湛江市麻章区人民政府办公室本级及下属单位麻章区信访局.yaml", expected: [
            ("评价年度", "2023"), ("评价单位", "湛江市麻章区人民政府办公室本级及下属单位麻章区信访局"), ("附件编号", "附件5"),
            ("报告标题", "整体绩效自评报告"), ("填报日期", "2024-05-31"), ("金额单位", "万元"), ("预算级次", "区级"),
            ("通知.发文机关", "麻章区财政局"), ("通知.标题", "麻章区财政局关于开展2024年区级财政资金绩效自评工作的通知"),
            ("通知.文号", "湛麻财〔2024〕78号"), ("单位基本情况.级别性质", "正科级行政单位"),
            ("单位基本情况.核定编制.行政编制", "17"), ("单位基本情况.核定编制.事业编制", "5"), ("单位基本情况.核定编制.工勤", "5"),
            ("单位基本情况.在职人员.合计", "29"), ("单位基本情况.在职人员.事业编制", "4"),
            ("收支情况.收入.上年结转和结余", "3.51"), ("收支情况.收入.年初预算数", "1275.67"),
            ("收支情况.收入.决算数", "1104.81"), ("收支情况.支出.决算数", "1099.94"),
            ("自评结果.总分", "100"), ("自评结果.等级", "优"), ("自评工作.评价小组.组长", "主要领导"),
            ("存在问题", "无。"),
            // After the jump from （三） to （五）.
            ("自评工作.公开情况", "本单位所报送的自评报告、数据表、评分表是与公开的自评报告、数据表、评分表一致。"),
        ]),
        Seed(file: "001_c422740acbf9e05b.txt", handMade: "2020年度中共湛江市委办公室.yaml", expected: [
            ("评价年度", "2020"), ("评价单位", "中共湛江市委办公室"), ("填报日期", "2021-06-10"), ("通知.文号", "湛财绩〔2021〕5号"),
            ("单位基本情况.核定编制.行政编制", "79"), ("单位基本情况.核定编制.事业编制", "4"),
            ("收支情况.收入.年初预算数", "3830.11"), ("收支情况.支出.年初预算数", "3830.11"),
            ("收支情况.收入.决算数", "4029.42"), ("收支情况.支出.决算数", "4276.91"),
            ("收支情况.收入.上年结转和结余", "378.68"), ("收支情况.支出.年末结转和结余", "131.19"),
            ("公用经费.预算数", "248.08"), ("公用经费.决算数", "234.41"), ("政府采购.预算数", "393.60"),
            ("政府采购.决算数", "391.90"), ("固定资产.在用总额", "5385.98"), ("固定资产.总额", "5385.98"),
            ("存量资金.上年末规模", "108.44"), ("存量资金.年末规模", "21.99"), ("自评结果.总分", "100"),
            ("自评工作.评价小组.组长", "市委副秘书长凌汉"),
        ]),
        Seed(file: "002_976dabedd3137b7f.txt", handMade: "2023年度邵阳市北塔区人民政府办公室.yaml", expected: [
            ("评价单位", "邵阳市北塔区人民政府办公室"), ("报告格式", "湖南"), ("指标体系", "湖南"),
            ("单位基本情况.核定编制.合计", "23"), ("单位基本情况.在职人员.合计", "36"), ("单位基本情况.退休人员.合计", "20"),
            ("单位基本情况.遗属", "0"), ("单位基本情况.内设机构", "文秘1|文秘2|综合|督查|建议提案|财务"),
            ("收支情况.收入.决算数", "1007.3"), ("收支情况.收入.年初预算数", "755.89"), ("收支情况.支出.决算数", "1007.3"),
            ("收支情况.支出.决算构成.基本支出", "1007.3"), ("收支情况.支出.决算构成.项目支出", "0"),
            ("收支情况.支出.年初预算构成.基本支出", "698.89"), ("收支情况.支出.年初预算构成.项目支出", "57"),
            ("收支情况.支出.人员经费", "673.57"), ("收支情况.支出.公用经费", "333.73"),
            ("收支情况.支出.功能分类.一般公共服务支出", "845.2"), ("收支情况.支出.功能分类.住房保障支出", "49.38"),
            ("三公经费.合计.预算数", "0"), ("三公经费.合计.决算数", "0"), ("自评结果.总分", "97"),
            // After the jump from 二 to 六.
            ("存在问题", "预算执行进度不够均衡，部分项目支出进度较慢。|预算绩效管理的指标体系还不够完善，部分指标的可衡量性和可操作性有待提高。|"
                + "预算绩效管理的信息化水平还不够高，信息共享和数据分析能力有待加强。"),
            ("评价年度", "2023"), ("填报日期", "2024-07-30"), ("填表人", "唐卫红"), ("联系电话", "13786927999"),
            // 附件1-1 and 附件1-2, their cells one per line.
            ("公用经费.上年决算数", "346.73"), ("公用经费.预算数", "106.47"), ("公用经费.决算数", "333.73"),
            ("公用经费.其中.办公费.预算数", "13"), ("公用经费.其中.会议费、培训费.决算数", "0.39"),
            ("政府采购.上年决算数", "245.01"), ("政府采购.预算数", "108"), ("政府采购.决算数", "333.46"),
            ("三公经费.公务接待费.上年决算数", "0"), ("三公经费.公务用车运行维护费.决算数", "0"),
            ("收支情况.支出.全年预算数", "1007.30"), ("收支情况.支出.年初预算数", "755.89"),
            // 附件1-2's 年度总体目标 and 按收入性质分, as the seed writes them.
            ("自评表.年度总体目标.实际完成情况", "较好地完成了各项目标任务"),
            ("收支情况.收入.决算来源.一般公共预算", "1007.3"), ("收支情况.收入.决算来源.纳入专户管理的非税收入拨款", "0"),
            ("收支情况.收入.决算来源.其他资金", "0"), ("自评结果.等级", "优秀"),
        ], indicators: [
            // 附件1-2 as the seed fills it (its columns are shifted: D2.4), merged cells taken from the row above.
            "产出指标/数量指标/金融服务宣传活动 5/5", "产出指标/数量指标/办理单位，督办单位 5/5",
            "产出指标/质量指标/认真组织办理人大代表建议和政协提案，不断改进办理方法，提高办理质量 15/15",
            "产出指标/质量指标/完成专区督查，政务建设经费 12/11", "产出指标/时效指标/2023年目标完成情况 10/9",
            "效益指标/社会效益指标/促进政令畅通，提升执行力 10/10", "效益指标/可持续影响指标/维护金融秩序，着力防范化解重大金融风险 8/8",
            "满意度指标/服务对象满意度指标/社会公众满意目标 10/10", "成本指标/经济成本指标/完成年度办案工作需经费 10/9",
            "成本指标/经济成本指标/防范，打击和处置非法集资专项工作经费 5/5",
        ]),
        Seed(file: "003_5362be1ed3bbe174.txt", handMade: "2024年度湛江市人民政府驻广州办事处.yaml", expected: [
            ("评价年度", "2024"), ("评价单位", "湛江市人民政府驻广州办事处"), ("附件编号", "附件6"), ("填报日期", "2025-05-14"),
            ("通知.发文机关", "湛江市财政局"), ("通知.文号", "湛财绩〔2025〕2号"), ("预算级次", "市级"),
            ("单位基本情况.成立时间", "1958年11月"),
            ("单位基本情况.主要职责", "一科负责文秘、人事劳资、老干、信息调研等；|二科负责政务服务、车辆管理和招商引资、联络驻外商会等；|"
                + "三科负责信访维稳；|事务保障中心主要职责是：协助广州办做好接待服务、到省上访、经济协作等有关事务，"
                + "为广州办履行职能提供后勤服务保障，同时协助广州办管理市政府在广州、深圳两地的资产和物业。"), ("单位基本情况.领导职数", "1正2副"),
            ("单位基本情况.内设机构", "一科|二科|三科"), ("单位基本情况.核定编制.合计", "17"),
            ("单位基本情况.核定编制.公务员", "8"), ("单位基本情况.在职人员.合计", "15"), ("单位基本情况.聘用人员", "8"),
            ("单位基本情况.退休人员.合计", "50"), ("单位基本情况.退休人员.湛江大厦", "16"),
            ("收支情况.收入.年初预算数", "1557.15"), ("收支情况.收入.决算数", "1557.15"), ("收支情况.支出.决算数", "1564.1"),
            // The seed says 655.69 first and 665.69 next: the first is kept, the other named beside it.
            ("收支情况.支出.决算构成.基本支出", "655.69"), ("收支情况.支出.决算构成.项目支出", "898.41"),
            ("自评工作.评价小组.组长", "周泽宗"), ("自评工作.评价小组.副组长", "周少青"),
            ("自评工作.评价小组.成员", "杨念平|李敖松|宋秋红|谢亚富|陈波|蔡融臻|王斌|李烈|陈昌腾"),
            ("自评结果.总分", "100"), ("自评结果.等级", "优"), ("其他自评情况", "无"),
        ]),
        Seed(file: "004_08874a65b2372354.txt", handMade: "2024年度遂溪县人民政府办公室本级.yaml", expected: [
            ("评价年度", "2024"), ("评价单位", "遂溪县人民政府办公室本级"), ("金额单位", "元"), ("指标体系", "广东（新）"),
            // 「根据（遂财绩〔2025〕6号）《关于开展……》」: the issuer is the later sentence's, not the 文号 before the title.
            ("通知.文号", "遂财绩〔2025〕6号"), ("通知.发文机关", "遂溪县财政局"), ("通知.标题", "关于开展2024年县级财政资金绩效自评工作的通知"),
            ("收支情况.收入.年初预算数", "10850997.08"),
            ("收支情况.收入.年初预算来源.一般公共预算财政拨款收入", "9850997.08"),
            ("收支情况.收入.年初预算来源.政府性基金预算财政拨款收入", "1000000"), ("收支情况.收入.决算数", "8397909.75"),
            ("收支情况.收入.决算来源.一般公共预算财政拨款收入", "8397200.18"), ("收支情况.收入.决算来源.其他收入", "709.57"),
            ("收支情况.收入.上年结转和结余", "6038.13"), ("收支情况.收入.财政下达预算数", "8397200.18"),
            ("收支情况.支出.年初预算数", "10850997.08"), ("收支情况.支出.年初预算构成.基本支出", "8171282.08"),
            ("收支情况.支出.年初预算构成.项目支出", "2679715"), ("收支情况.支出.决算数", "8374036.75"),
            ("收支情况.支出.决算构成.基本支出", "7034584.75"), ("收支情况.支出.决算构成.项目支出", "1339452"),
            ("收支情况.支出.年末结转和结余", "29911.13"), ("公用经费.预算数", "259000"), ("公用经费.决算数", "171086.57"),
            ("三公经费.合计.预算数", "340000"), ("三公经费.合计.决算数", "256929.66"), ("自评结果.总分", "98"),
            ("自评结果.等级", "优"), ("自评工作.评价小组.组长", "李裕宏"), ("自评工作.评价小组.副组长", "许华荣|刘冰|劳柏深"),
        ], indicators: [
            // Each paragraph's own 「自评得分N分」; （1） under 履职效能 names no indicator, so it is the first one.
            "履职效能/预算编制与目标设置 /20", "履职效能/部门整体绩效目标效益指标完成情况 /20", "履职效能/部门预算资金支出率 /10",
            "管理效率/新增项目事前绩效评估 /2", "管理效率/预算编制约束性 /3", "管理效率/财务管理合规性 /3", "管理效率/信息公开 /3",
            "管理效率/绩效管理 /15", "管理效率/采购管理 /9", "管理效率/资产管理 /10", "运行成本/经济成本控制 /2",
            "运行成本/三公经费控制情况 /1",
        ]),
    ]

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    @Test(arguments: seeds)
    func seedFiguresLandInTheirKeys(_ seed: Seed) throws {
        let bytes = try [UInt8](Data(contentsOf: Self.fixtures.appendingPathComponent(seed.file)))
        let draft = try ReportImporter.draft(bytes: bytes, fileName: seed.file, format: nil, frameworks: Self.frameworks)
        let document = try DataFileReader.read(text: draft.yamlText, file: "draft.yaml", syntax: .yaml)
        let values = Self.leaves(document.root)
        for (path, expected) in seed.expected {
            #expect(values[path] == expected, "\(seed.file): \(path)")
        }
        #expect(Self.indicatorRows(document.root) == seed.indicators, "\(seed.file): 自评表.指标")
        let handMade = try DataFileReader.read(
            contentsOf: packageRoot.appendingPathComponent("Inputs").appendingPathComponent(seed.handMade).path)
        let reference = Self.leaves(handMade.root)
        let reproduced = reference.filter { values[$0.key] == $0.value }.count
        let share = reproduced * 100 / max(reference.count, 1)
        // Indicator rows (names, 分值, 得分) are counted apart: the values above are scalars and lists of texts.
        let handMadeRows = Self.indicatorRows(handMade.root)
        let rows = Set(Self.indicatorRows(document.root))
        print("\(seed.file): \(reproduced)/\(reference.count) (\(share)%) of the hand-made file's values reproduced; "
            + "indicator rows \(handMadeRows.filter(rows.contains).count)/\(handMadeRows.count); "
            + "\(draft.valueCount) keys set, \(draft.unplacedCount) lines unplaced")
        #expect(share >= 15, "\(seed.file): only \(share)% of the hand-made values")
    }

    @Test func theSecondValueOfAFigureStatedTwiceIsNamedInAComment() throws {
        let bytes = try [UInt8](Data(contentsOf: Self.fixtures.appendingPathComponent("003_5362be1ed3bbe174.txt")))
        let text = try ReportImporter.draft(bytes: bytes, fileName: "003.txt", format: nil).yamlText
        let lines = text.split(separator: "\n")
        let index = try #require(lines.firstIndex { $0.contains("基本支出: 655.69") })
        #expect(lines[index - 1].contains("报告第77行另写作「665.69」，与这里的「655.69」不同"))
        #expect(lines[index - 2].contains("来自第77行"))
        #expect(text.contains("# 第77行：2024年预算数收入1557.15万元"), "the figure sentence stays verbatim at the end")
    }

    /// 自评表.指标 of a data file, a row each: `一级/二级/三级 分值/得分` (missing levels and figures empty).
    static func indicatorRows(_ root: DataNode) -> [String] {
        guard case .map(let top) = root.value, let sheet = top.first(where: { $0.key == "自评表" })?.value,
              case .map(let keys) = sheet.value, let list = keys.first(where: { $0.key == "指标" })?.value,
              case .list(let items) = list.value else { return [] }
        return items.map { item in
            let fields = leaves(item)
            let names = ["一级指标", "二级指标", "三级指标"].compactMap { fields[$0] }.joined(separator: "/")
            return "\(names) \(fields["分值"] ?? "")/\(fields["得分"] ?? "")"
        }
    }

    /// Scalars by dotted path; a list of texts as its items joined with `|`.
    static func leaves(_ node: DataNode, prefix: String = "") -> [String: String] {
        switch node.value {
        case .map(let map):
            var result: [String: String] = [:]
            for entry in map {
                result.merge(leaves(entry.value, prefix: prefix.isEmpty ? entry.key : "\(prefix).\(entry.key)")) { a, _ in a }
            }
            return result
        case .list(let items):
            let texts = items.compactMap { item -> String? in
                if case .string(let text) = item.value { return text }
                if case .number(let number) = item.value { return number.text }
                return nil
            }
            return texts.count == items.count ? [prefix: texts.joined(separator: "|")] : [:]
        case .string(let text): return [prefix: text]
        case .number(let number): return [prefix: number.text]
        case .bool(let value): return [prefix: value ? "true" : "false"]
        case .null: return [:]
        }
    }
}

/// Nothing of the report is lost: every sentence of every line is in the draft, in a value or
/// in the unplaced block at the end (headings excepted: the templates write them).
struct NothingLostTests {
    @Test(arguments: ReportImporterTests.seeds.map(\.file))
    func everySentenceOfTheSeedIsInTheDraft(_ file: String) throws {
        let text = try String(contentsOf: ReportImporterTests.fixtures.appendingPathComponent(file), encoding: .utf8)
        let draft = try ReportImporter.draft(bytes: Array(text.utf8), fileName: file, format: nil).yamlText
            .replacingOccurrences(of: "\\\"", with: "\"")
        let flat = draft.filter { !$0.isWhitespace }
        var missing: [String] = []
        // A heading (short, no comma, numbered or without a full stop) is written by the templates, not kept.
        for line in text.split(separator: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            let isNumbered = trimmed.firstMatch(of: /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十0-9]+[）)]|[0-9]+[.、])/) != nil
            if trimmed.count <= 30, !trimmed.contains("，"),
               isNumbered || !trimmed.hasSuffix("。") || ["情况。", "过程。", "分析。"].contains(where: trimmed.hasSuffix) {
                continue
            }
            for sentence in line.split(whereSeparator: { "。；".contains($0) }) {
                var words = sentence.filter { !$0.isWhitespace && $0 != "$" }
                if let numbering = words.prefixMatch(of: /[（(]?[一二三四五六七八九十0-9]+[）)、.]/) {
                    words = String(words[numbering.range.upperBound...])
                    // 「（二）自评工作过程。根据……」: a heading before the text (or, from a PDF, after it).
                    if words.count <= 20, !words.contains("，") { continue }
                }
                guard words.count >= 6, !words.hasPrefix("[bookmark"),
                      words.count > 20 || words.firstMatch(of: /^[（(][一二三四五六七八九十]+[）)]/) == nil,
                      // 「成员：甲、乙、丙」 is kept as a list of the names.
                      words.firstMatch(of: /^(?:组长|副组长|成员|组员)[：:]/) == nil else { continue }
                // Numbering and a heading's title may be dropped; the words after them must be there.
                if !flat.contains(String(words.suffix(10))) { missing.append(String(sentence)) }
            }
        }
        #expect(missing.isEmpty, "\(file): \(missing.count) sentences lost, first: \(missing.prefix(3))")
    }
}
