import Foundation
import JixiaoDiagnostics
import JixiaoReader

/// A total, grade or rate the unit typed that differs from what jixiao computes: the typed
/// 总分 and 等级, and a rate quoted in the narrative (`支出完成率达到100%` when the data give 99.72%).
enum TypedFigureCheck {
    static func findings(in context: CheckContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        if let sheet = context.scoreSheet {
            if let typed = context.root.operand(at: "自评结果.总分"), typed.value != sheet.total {
                findings.append(context.finding(at: typed.position, "填写的总分 \(typed.text) 与自评表各项得分之和 \(sheet.total) 不符",
                                                hint: "总分由 jixiao 计算，可以删掉这一项"))
            }
            if let node = context.root.node(at: "自评结果.等级"), let typed = context.root.text(at: "自评结果.等级"), typed != sheet.grade {
                findings.append(context.finding(at: node.position, "填写的等级「\(typed)」与总分 \(sheet.total) 对应的等级「\(sheet.grade)」不符",
                                                hint: "等级由 jixiao 按总分计算，可以删掉这一项"))
            }
        } else if let typed = context.root.operand(at: "自评结果.总分"), let node = context.root.node(at: "自评结果.等级"),
            let grade = context.root.text(at: "自评结果.等级"), grade != Grading.grade(for: typed.value, region: context.root.text(at: "报告格式"))
        {
            let expected = Grading.grade(for: typed.value, region: context.root.text(at: "报告格式"))
            findings.append(context.finding(at: node.position, "填写的等级「\(grade)」与总分 \(typed.text) 对应的等级「\(expected)」不符"))
        }
        for figure in context.figures {
            guard let computed = figure.percent else { continue }
            for (_, text, node) in context.narrativeTexts {
                guard let quoted = quotedPercent(after: figure.name, in: text), !matches(quoted, computed) else { continue }
                findings.append(context.finding(at: context.position(of: quoted + "%", in: node),
                    "这里写的「\(figure.name)」是 \(quoted)%，按数据计算是 \(figure.text)（\(figure.formula)）",
                    hint: "比率由 jixiao 按数据计算；在文字里引用计算结果，或改正数据"))
            }
        }
        return findings
    }

    /// The first `NN.NN%` within a few characters after `name` in `text`.
    static func quotedPercent(after name: String, in text: String) -> String? {
        guard let range = text.byteRange(of: name) else { return nil }
        let window = text[range.upperBound...].prefix(12)
        guard let percent = window.firstIndex(of: "%") else { return nil }
        let number = window[..<percent].reversed().prefix(while: { $0.isASCII && ($0.isNumber || $0 == ".") })
        return number.isEmpty ? nil : String(number.reversed())
    }

    /// Whether a quoted percent is the computed one (`99.72` or `99.720`; `100` for 99.72% is not:
    /// 达到100% claims more than the data give).
    static func matches(_ quoted: String, _ computed: Decimal) -> Bool {
        guard let value = Decimal(string: quoted) else { return true }
        return value == computed
    }
}
