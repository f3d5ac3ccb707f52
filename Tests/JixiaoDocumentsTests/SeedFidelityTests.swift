import Foundation
import JixiaoTestSupport
import Testing

/// The examples in `Inputs/` reproduce the published reports they come from (`Fixtures/seeds/`, the
/// reports' text as exported from Word): every figure a seed states appears in its unit's documents, and
/// every paragraph of the seed appears in them word for word, except the paragraphs listed with the
/// reason they differ (the same changes the data file's header comment lists).
///
/// Both sides are compared after the differences that are not the unit's words are taken out: spaces
/// (Word's export puts them around numbers), half-width and full-width brackets and punctuation, the
/// numbering at the start of a paragraph (jixiao numbers the sections itself), a paragraph's final
/// 。；：, Markdown escapes and table bars, and the line breaks (a heading and its text, or a paragraph
/// cut by a page break, read as one run of text).
@Suite struct SeedFidelityTests {
    struct Seed: Sendable, CustomTestStringConvertible {
        let input: String
        /// Every figure the seed states, as the seed writes it.
        let figures: [String]
        /// Figures the documents deliberately do not print, with the reason.
        let figuresNotPrinted: [(String, String)]
        /// Seed paragraphs (by their first characters, normalized) that the documents deliberately word
        /// differently, with the reason.
        let changedParagraphs: [(String, String)]
        var testDescription: String { input }
    }

    static let seeds: [Seed] = [
        Seed(
            input: "2023年度湛江市麻章区人民政府办公室本级及下属单位麻章区信访局",
            figures: [
                "3.51", "1275.67", "1104.81", "1099.94", "99.56%", "100", "4282", "3693", "589", "543", "100%", "816",
                "1052", "385", "130", "6928", "190", "200", "1720", "270", "40.05", "26.56%", "4500", "800", "762",
                "35.1%", "119", "104", "68.77%", "191", "158", "85.52%", "116", "630", "21360",
            ],
            figuresNotPrinted: [],
            changedParagraphs: [
                ("根据《麻章区财政局关于开展2", "开头一段由 jixiao 按数据生成，数字相同"),
                ("湛江市麻章区人民政府办公室为", "机构人员一段由 jixiao 按数据生成，数字相同"),
                ("2023年度本部门年初结转和", "收支一段由 jixiao 按数据生成，数字相同"),
                ("预算监督情况。资金使用情况严", "「虚列支出的等情况」去掉多余的「的」"),
                ("严格落实值班值守制度。从严落", "「7*24小时」写成「7×24小时」"),
                ("信访维稳工作：麻章区信访局被", "「优秀集体」补上后引号"),
                ("一是细化预算编制工作，认真做", "「规模 and 比例」改为「规模和比例」（D0.6）"),
            ]
        ),
        Seed(
            input: "2020年度中共湛江市委办公室",
            figures: [
                "229", "581", "899", "543", "3038", "689", "10852", "288", "20135", "167", "4000", "397", "102",
                "175", "112", "630", "3830.11", "4029.42", "4276.91", "13%", "28.2%", "100%", "292", "11.5%", "4817",
                "29916", "670", "1600", "159", "100", "3864.89", "-3864.89", "4.26%", "378.68", "97.02%", "131.19",
                "2.98%", "21.99", "108.44", "-79.72%", "391.90", "393.60", "99.57%", "5385.98", "94.49%", "234.41",
                "248.08", "98.05",
            ],
            figuresNotPrinted: [],
            changedParagraphs: [
                ("根据《湛江市财政局关于开展2", "开头一段由 jixiao 按数据生成，数字相同"),
                ("单位情况。市委办公室是市委的", "单位情况由 jixiao 按数据生成，数字相同（级别性质、内设机构）"),
                ("人员情况。市委办公室机关核定", "人员情况由 jixiao 按数据生成，数字相同，领导职数照原文"),
                ("工作职能。市委办公室主要职责", "主要职责由 jixiao 分条，引语「主要职责是：」也由 jixiao 写"),
                ("市委办公室2020年收入预算", "收支一段由 jixiao 按数据生成，数字相同（收入预算取算式所用的 3864.89，D1.1）"),
                ("市委办公室高度重视绩效评价工", "错别字「有关有关」改正（D1.5）"),
                ("自评工作过程。根据绩效评价的", "小节标题由 jixiao 印成标题，正文另起一段"),
                ("自评材料报送时间及质量。我单", "小节标题由 jixiao 印成标题，正文另起一段"),
                ("自评材料报送及公开一致情况。", "小节标题由 jixiao 印成标题，正文另起一段"),
                ("预算编制。一是预算编制合理性", "错别字「不固化没」改正（D1.5）"),
                ("部门除对预算执行情况相应指标", "模板说明文字，删去（D1.4）"),
                ("支出管理。一是支出完成率。支", "两个「四是」：第二个起顺延为「五是」「六是」（D1.3）"),
                ("绩效自评。一是组织建立情况。", "错别字「有关有关」改正（D1.5）"),
                ("效率性。一是重点工作完成效率", "「100%.」的半角句点改为「。」"),
            ]
        ),
        Seed(
            input: "2023年度邵阳市北塔区人民政府办公室",
            figures: [
                "1007.3", "755.89", "845.2", "5.22", "1.46", "45.83", "60.21", "49.38", "698.89", "673.57", "333.73",
                "136", "88%", "320", "100%", "20000", "156.52%", "346.73", "106.47", "41.18", "39.11", "0.59", "0.24",
                "0.35", "0.39", "245.01", "108", "333.46", "13786927999", "1007.30", "100.00%", "10.00", "-2023",
                "100",
            ],
            figuresNotPrinted: [],
            changedParagraphs: [
                ("围绕区政府工作部署，对涉及全", "错别字「改苏开放」改为「改革开放」（D2.14）"),
                ("贯彻执行中央、省、市有关金融", "半角分号和误写的冒号改为「；」"),
                ("本部门高度重视绩效目标设定工", "不配对的引号「“三服务“水平”」改正（D2.14）"),
                ("2023年度区人大财政预算拨", "收支一段由 jixiao 按数据生成，数字相同，「区人大」改为本单位（D2.1）"),
                ("2023年度区人大基本支出年", "同上"),
                ("本年项目支出年初预算安排为5", "项目支出一段由 jixiao 按数据生成，数字相同"),
                ("2023年我单位厉行节约，缩", "错别字「缩节开支」改为「节约开支」（D2.14）"),
                ("2023年，我单位整体预算绩", "删去无据的「固定资产利用率」（D2.6）；得分一句由 jixiao 按数据生成，数字相同"),
                ("评价指标分析（或综合评价情况", "标题里模板的括注不印"),
                ("我局绩效目标实施按财政批复的", "「我局」改为「我办」（D2.1）"),
                ("本绩效目标开始时间为2023", "「我局」改为「我办」（D2.1）"),
                ("[bookmark：_GoB", "Word 残留（D2.14）"),
                ("市级专项资金", "基础数据表的空白模板行不印"),
                ("（一个专项一行）", "基础数据表的模板说明不印"),
                ("……", "同上"),
                ("（2022年完工项目）", "楼堂馆所没有数据，不印完工年度"),
                ("预算投资（万元）", "楼堂馆所表头的金额单位印在表上方"),
                ("实际投资（万元）", "同上"),
                ("其中：一般公共预算：1007", "自评表的收入、支出性质一行由 jixiao 按数据写出"),
                ("其中：基本支出：1007.3", "同上"),
                ("政府性基金拨款：0", "同上"),
                ("纳入专户管理的非税收入拨款：", "同上"),
                ("其他资金：0", "同上"),
                ("立足服务全区经济发展，坚决贯", "自评表的年度总体目标：不配对的引号改正"),
                ("办理单位，督办单位", "自评表错列的单元格重新对齐（D2.4）"),
                ("参加单位建设提案办理经费", "同上"),
                ("完成专区督查，政务建设经费", "同上"),
                ("1年内完成情况", "同上"),
                ("促进政令畅通，提升执行力", "同上"),
                ("金融服务中心经费", "同上"),
                ("社会公众满意目标", "同上"),
                ("建设提案办理经费", "同上"),
                ("办理经费费用", "同上"),
                ("防范，打击和处置非法集资专项", "同上"),
            ]
        ),
        Seed(
            input: "2024年度湛江市人民政府驻广州办事处",
            figures: [
                "311", "1557.15", "898.41", "1564.1", "665.69", "100%", "100.45%", "100",
            ],
            figuresNotPrinted: [
                ("655.69", "原报告 655.69 与 665.69 矛盾（D3.2），取 665.69"),
            ],
            changedParagraphs: [
                ("根据《湛江市财政局关于开展2", "开头一段由 jixiao 按数据生成，数字相同，文号加括号"),
                ("广州办成立于1958年11月", "机构人员一段由 jixiao 按数据生成，数字相同；在职分项与合计不符，只写合计（D3.4）"),
                ("内设3个科室，下属二级预算单", "内设科室数由 jixiao 按内设机构计算，写在机构一段"),
                ("服务管理的退休人员50人。其", "退休人员一句由 jixiao 按数据生成，数字相同"),
                ("部门职能情况：内设一科、二科", "jixiao 印「主要职责是：」"),
                ("目标1：做好经广州中转的市政", "「目标1：」由 jixiao 编号"),
                ("目标2：做好借道广州进京和到", "同上"),
                ("目标3：大力宣传推介湛江，开", "同上"),
                ("目标4：做好国有资产出租管理", "同上"),
                ("2024年预算数收入1557", "收支一段由 jixiao 按数据生成，数字相同；「2023年决算支出」的年份（D3.1）和 655.69（D3.2）改正"),
                ("我办组织召开绩效自评工作专门", "原报告（三）的标题接在这一段末尾（排版残留），jixiao 另起标题"),
                ("主要做法和经验强化组织领导，", "重复的小标题「主要做法和经验」只写一次"),
            ]
        ),
        Seed(
            input: "2024年度遂溪县人民政府办公室本级",
            figures: [
                "101", "10850997.08", "9850997.08", "1000000", "8397909.75", "8397200.18", "709.57", "6038.13",
                "8171282.08", "2679715", "8374036.75", "7034584.75", "1339452", "29911.13", "100%", "740", "517",
                "409", "3050", "2815", "150", "94.72%", "80.96", "15.67", "21.38", "3000", "800", "110", "13000",
                "99.72%", "259000", "171086.57", "66.06%", "340000", "256929.66", "75.57%",
            ],
            figuresNotPrinted: [],
            changedParagraphs: [
                ("根据（遂财绩〔2025〕6号", "开头一段由 jixiao 按数据生成，数字相同，文号放在书名号之后"),
                ("单位机构设置、部门职能情况。", "机构人员一段由 jixiao 按数据生成，数字相同"),
                ("共产党员网、学习强国、干部在", "年度工作任务：原报告（1）（2）（3）连写一段，这里逐条"),
                ("聚焦“准”字抓公文办理。强化", "年度工作任务：原报告（1）…（6）连写一段，这里逐条"),
                ("紧紧围绕全县工作大局，紧贴领导", "（4）不配对的引号补为「规范程序”的要求，」"),
                ("一强化组织建设，推动“党建+", "绩效目标：原报告「一」「二」…后面没有标点，这里由 jixiao 编号"),
                ("二落实参谋辅政，为领导决策提", "同上"),
                ("三充分发挥督查“利剑”作用，", "同上"),
                ("四强化金融机构的组织协调，引", "同上"),
                ("民营企业and“三农”信贷投", "「民营企业 and “三农”」改为「和」（D4.6）"),
                ("五加强应急值守，及时处理重大", "同上"),
                ("2024年年初收入预算数10", "收支一段由 jixiao 按数据生成，数字相同；上年结转和结余不再写在收入的「其中」里（D4.5）"),
                ("2024年年初支出预算数10", "同上，年末结转和结余不再写在支出的「其中」里（D4.5）"),
                ("评价小组情况。根据遂财绩〔2", "引用通知的一句与开头重复，名单由 jixiao 印出"),
                ("自评材料报送及公开一致情况。", "小节标题由 jixiao 印成标题，正文另起一段"),
                ("我办严格按照年初预算进行部门", "删去「支出完成率达到100%」：实为 99.72%（D4.1）"),
                ("部门预算资金支出率：2024", "LaTeX 残留写成普通算式"),
            ]
        ),
    ]

    @Test(arguments: seeds)
    func everySeedFigureAppearsInTheDocuments(_ seed: Seed) throws {
        let text = try documentsText(seed.input)
        let skipped = Set(seed.figuresNotPrinted.map(\.0))
        for figure in seed.figures where !skipped.contains(figure) {
            #expect(text.contains(Self.normalized(figure)), "「\(figure)」 is in the seed but not in the documents")
        }
        for (figure, reason) in seed.figuresNotPrinted {
            #expect(!text.contains(Self.normalized(figure)), "「\(figure)」 is printed now: drop it from the list (\(reason))")
        }
    }

    @Test(arguments: seeds)
    func everySeedParagraphAppearsVerbatimExceptTheListedChanges(_ seed: Seed) throws {
        let text = try documentsText(seed.input)
        var unused = Set(seed.changedParagraphs.map(\.0))
        for paragraph in try seedParagraphs(seed.input) where !text.contains(paragraph) {
            if let listed = seed.changedParagraphs.first(where: { paragraph.hasPrefix($0.0) }) {
                unused.remove(listed.0)
                // A change of layout only (split into items, title on its own line) keeps every
                // sentence: none may be lost on the way.
                guard Self.layoutOnly.contains(where: Self.reason(of: listed.0, in: seed).contains) else { continue }
                for sentence in Self.sentences(of: paragraph) where !text.contains(sentence) {
                    if let change = seed.changedParagraphs.first(where: { sentence.hasPrefix($0.0) }) {
                        unused.remove(change.0)
                        continue
                    }
                    Issue.record("a sentence of a re-laid-out seed paragraph is not in the documents:\n\(sentence)\n(from: \(paragraph.prefix(30))…)")
                }
            } else {
                Issue.record("seed paragraph not in the documents and not listed as changed:\n\(paragraph)")
            }
        }
        #expect(unused.isEmpty, "listed as changed but printed verbatim now: \(unused.sorted())")
    }

    /// Reasons that say a paragraph was only laid out anew, its words unchanged.
    static let layoutOnly = ["逐条", "另起", "印成标题", "接在", "编号"]

    /// The reason listed for a changed paragraph, 「同上」 read as the one before it.
    static func reason(of prefix: String, in seed: Seed) -> String {
        guard let index = seed.changedParagraphs.firstIndex(where: { $0.0 == prefix }) else { return "" }
        return seed.changedParagraphs[...index].reversed().first { !$0.1.hasPrefix("同上") }?.1 ?? ""
    }

    /// The sentences and clauses of a paragraph (split at 。；), without their numbering, that
    /// are long enough to be told apart.
    static func sentences(of paragraph: String) -> [String] {
        // Numbering the seed writes its own way (「一强化」「目标1：」), which jixiao's replaces.
        let ownNumbering = #"^([一二三四五六七八九十]是?(?![年个方])|目标[0-9]+：)"#
        return paragraph.split(whereSeparator: { "。；".contains($0) }).map { withoutNumbering(String($0)) }
            .map { $0.replacingOccurrences(of: ownNumbering, with: "", options: .regularExpression) }
            .filter { $0.count >= 8 }
    }

    private func documentsText(_ input: String) throws -> String {
        let documents = try renderAll("\(input).yaml")
        return documents.keys.filter { $0.hasSuffix(".md") }.sorted().map { documents[$0]! }.map { document in
            document.split(separator: "\n").filter { !$0.hasPrefix("<!--") }.map { line in
                let unescaped = String(line).replacingOccurrences(of: #"\\([\\`*_{}\[\]()#+\-.!|<>~])"#, with: "$1", options: .regularExpression)
                var content = Substring(unescaped)
                while content.first == "#" { content = content.dropFirst() }
                return content.split(separator: "|", omittingEmptySubsequences: false).map { Self.withoutNumbering(Self.normalized(String($0))) }.joined()
            }.joined()
        }.joined()
    }

    private func seedParagraphs(_ input: String) throws -> [String] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/seeds/\(input).txt")
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map { line in
            var paragraph = Self.withoutNumbering(Self.normalized(String(line)))
            while let last = paragraph.last, "。；：".contains(last) { paragraph.removeLast() }
            return paragraph
        }.filter { !$0.isEmpty }
    }

    static func normalized(_ text: String) -> String {
        let pairs: [Character: Character] = ["(": "（", ")": "）", ":": "：", ";": "；", ",": "，"]
        return String(text.filter { !$0.isWhitespace }.map { pairs[$0] ?? $0 })
    }

    static func withoutNumbering(_ text: String) -> String {
        let pattern = #"^(（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、|[0-9]+[.、．](?![0-9])|（[0-9]+）|[①-⑳])"#
        var text = text
        while let range = text.range(of: pattern, options: .regularExpression) { text.removeSubrange(range) }
        return text
    }
}
