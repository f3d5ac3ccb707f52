import JixiaoDiagnostics
import JixiaoReader

/// 存在问题 written as 无 while improvement measures are listed (seed 000 lists six, one of
/// them to 提高预算完成率): one of the two is not true.
enum ProblemsCheck {
    static func findings(in context: CheckContext) -> [Diagnostic] {
        let file = FieldReader(root: context.data.root)
        guard let problems = file["存在问题"].text, ["无", "无。", "没有", "无问题"].contains(problems.value.trimmingCharacters(in: .whitespaces))
        else { return [] }
        let measures: Int
        switch file["改进措施"].node?.value {
        case .list(let items): measures = items.count
        case .string(let text): measures = ["无", "无。", ""].contains(text) ? 0 : 1
        default: measures = 0
        }
        guard measures > 0 else { return [] }
        return [context.finding(.warning, at: problems.position, "「存在问题」写的是「\(problems.value)」，但「改进措施」列了 \(measures) 条",
                                hint: "如果确有问题，写出来；如果没有问题，改进措施写的是针对什么")]
    }
}
