/// The cover block and the opening sentence: 附件编号, 报告标题, 评价年度, 评价单位, 填报日期,
/// 预算级次 and the notice (发文机关, 标题, 文号) in whichever order the sentence writes them.
///
/// Worked example: `根据《湛江市财政局关于开展2025年市级财政资金绩效自评工作的通知》湛财绩[2025]2号文件要求`
/// → 发文机关 `湛江市财政局`, 标题 `关于开展2025年市级财政资金绩效自评工作的通知`, 文号 `湛财绩〔2025〕2号`,
/// 预算级次 `市级`.
enum CoverReader {
    static let standardTitle = "部门整体支出绩效自评报告"
    /// How many opening lines may hold the cover when the first heading comes early.
    static let coverLines = 12
    /// How many lines before the first heading are read as the cover and the notice at most: a
    /// file with no heading is not read line by line as a cover (its lines stay in the end block).
    static let longestFront = 80

    static func read(_ lines: [ReportLine], into draft: inout Draft) {
        for (index, line) in lines.enumerated() {
            let text = line.text
            let before = draft.entries.count
            // A cover label's line is its value whole; the notice sentence stays for the end block.
            defer { if draft.entries.count > before { draft.markPlaced([line]) } }
            if !draft.has("附件编号"), let match = text.wholeMatch(of: /附件\s*([0-9]+(?:-[0-9]+)?)/) {
                draft.set("附件编号", .text("附件\(match.1)"), from: line)
            } else if !draft.has("报告标题"), text.count <= 30, text.hasSuffix("自评报告") {
                if text != standardTitle { draft.set("报告标题", .text(text), from: line) } else { draft.markPlaced([line]) }
                if !draft.has("评价单位"), index > 0, lines[index - 1].text.looksLikeUnitName {
                    draft.set("评价单位", .text(lines[index - 1].text), from: lines[index - 1])
                }
            } else if let match = text.firstMatch(of: /^评价年度[：:]\s*([0-9]{4})/) {
                draft.set("评价年度", .number(String(match.1)), from: line)
            } else if let match = text.firstMatch(of: /^评价单位(?:（公章）|\(公章\))?[：:]\s*(.+)$/) {
                var unit = String(match.1)
                if index + 1 < lines.count, lines[index + 1].text.looksLikeWrappedName {
                    unit += lines[index + 1].text
                    draft.markPlaced([lines[index + 1]])
                }
                draft.set("评价单位", .text(unit), from: line)
            } else if let match = text.firstMatch(of: /^填报日期[：:]\s*([0-9]{4})\s*年\s*([0-9]{1,2})\s*月\s*([0-9]{1,2})\s*日/) {
                draft.set("填报日期", .date("\(match.1)-\(match.2.padded)-\(match.3.padded)"), from: line)
            } else if text.firstMatch(of: /^[^。]{0,8}预算部门单位（公章）[：:]?$/) != nil {
                draft.markPlaced([line])
            }
        }
        for line in lines where !draft.has("通知.标题") { readNotice(line, into: &draft) }
    }

    /// 填表人, 联系电话 and a 填报日期 not on the cover: 湖南's tables end with
    /// 「填表人：唐卫红 填报日期：2024年7月30日 联系电话：13786927999」 (the spaces already gone).
    static func readSignature(_ lines: [ReportLine], into draft: inout Draft) {
        for line in lines where line.text.contains("填表人") || line.text.contains("联系电话") || line.text.contains("填报日期") {
            if let match = line.text.firstMatch(of: /填表人[：:]\s*([^：:]{2,6}?)\s*(?:填报日期|联系电话|$)/) {
                draft.set("填表人", .text(String(match.1)), from: line)
            }
            if let match = line.text.firstMatch(of: /联系电话[：:]\s*([0-9][0-9-]{6,19})/) {
                draft.set("联系电话", .text(String(match.1)), from: line)
            }
            if !draft.has("填报日期"),
               let match = line.text.firstMatch(of: /填报日期[：:]\s*([0-9]{4})\s*年\s*([0-9]{1,2})\s*月\s*([0-9]{1,2})\s*日/) {
                draft.set("填报日期", .date("\(match.1)-\(match.2.padded)-\(match.3.padded)"), from: line)
            }
        }
        // 「根据（遂财绩〔2025〕6号）《关于开展……的通知》」 names no issuer; a later sentence citing
        // 「《遂溪县财政局关于开展……的通知》」 does.
        if !draft.has("通知.发文机关"), case .text(let title)? = draft.entries.first(where: { $0.path == ["通知", "标题"] })?.content {
            for line in lines where line.text.contains(title) {
                guard let range = line.text.range(of: title), let open = line.text[..<range.lowerBound].lastIndex(of: "《") else { continue }
                let issuer = line.text[line.text.index(after: open)..<range.lowerBound]
                if (2...20).contains(issuer.count) {
                    draft.set("通知.发文机关", .text(String(issuer)), from: line)
                    break
                }
            }
        }
        // A cover without 评价年度 (湖南): the year before the one the report was filled in.
        if !draft.has("评价年度"), case .date(let date)? = draft.entries.first(where: { $0.path == ["填报日期"] })?.content,
           let year = Int(date.prefix(4)) {
            draft.set("评价年度", .number(String(year - 1)), from: nil)
        }
    }

    private static func readNotice(_ line: ReportLine, into draft: inout Draft) {
        guard let title = line.text.firstMatch(of: /《([^》]{4,80}?通知)》/) else { return }
        // The title as the notice writes it, issuer and all (DataFileSchema: 「照通知原样（含发文机关就照写）」).
        let name = String(title.1)
        if let split = name.range(of: "关于"), split.lowerBound != name.startIndex {
            draft.set("通知.发文机关", .text(String(name[..<split.lowerBound])), from: line)
        } else if let issuer = line.text.firstMatch(of: /(?:根据|按照|依据)([^《，。〔〕\[\]（）()]{2,20})《/) {
            // 「根据遂溪县财政局《关于……的通知》」: the issuer before the title, as jixiao prints a title typed without it.
            draft.set("通知.发文机关", .text(String(issuer.1)), from: line)
        }
        draft.set("通知.标题", .text(name), from: line)
        if let number = line.text.firstMatch(of: /([\u{4E00}-\u{9FFF}]{2,8})\s*[〔\[［【(（]\s*([0-9]{4})\s*[〕\]］】)）]\s*([0-9]+)\s*号/) {
            var issuer = Substring(number.1)
            for word in ["根据", "按照", "依据"] where issuer.hasPrefix(word) { issuer = issuer.dropFirst(word.count) }
            draft.set("通知.文号", .text("\(issuer)〔\(number.2)〕\(number.3)号"), from: line)
        }
        if let level = line.text.firstMatch(of: /(省|市|区|县)级财政资金/) {
            draft.set("预算级次", .text("\(level.1)级"), from: line)
        }
    }
}

private extension Substring {
    /// `5` → `05`, for a date.
    var padded: String { count == 1 ? "0" + self : String(self) }
}

private extension String {
    /// The line above a title that names the unit (Hunan's cover has no 评价单位 label).
    var looksLikeUnitName: Bool {
        count <= 40 && !contains("：") && !contains("。") && !contains("附件") && !contains("报告")
    }

    /// The rest of a unit name that the cover wrapped onto the next line (`信访局`).
    var looksLikeWrappedName: Bool {
        count <= 8 && !contains("：") && !contains(":") && !contains("。") && !hasPrefix("填报") && !hasPrefix("评价")
            && !hasPrefix("附件") && Numbering(line: self) == nil && Outline.heading(self) == nil
            && !contains("公章")
    }
}
