import Foundation
import JixiaoDiagnostics

/// A total, grade or rate the unit typed that differs from what jixiao computes: the typed
/// 总分 and 等级, and a rate quoted in the narrative (`支出完成率达到100%` when the data give 99.72%).
/// The comparison is with the report model's own answer, the one every document prints.
enum TypedFigureCheck {
    static func findings(in context: CheckContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        let data = context.data
        if let sheet = context.scoreSheet, let typed = data.typedTotalScore, typed.value != sheet.total.value {
            findings.append(context.finding(at: typed.position, "填写的总分 \(typed.text) 与自评表各项得分之和 \(sheet.total.text) 不符",
                                            hint: "总分由 jixiao 计算（各项得分之和），可以删掉这一项"))
        }
        if let typed = data.typedGrade {
            let total = context.scoreSheet?.total.value ?? data.typedTotalScore?.value
            if let total {
                let expected = Grading.grade(for: total, framework: context.framework, format: context.format)
                if typed.value != expected {
                    findings.append(context.finding(at: typed.position, "填写的等级「\(typed.value)」与总分 \(Amount.natural(total).text) 对应的等级「\(expected)」不符",
                                                    hint: "等级由 jixiao 按总分计算，可以删掉这一项"))
                }
            }
        }
        for figure in context.figures {
            guard let computed = figure.percent else { continue }
            for (text, node) in context.narrativeTexts {
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
