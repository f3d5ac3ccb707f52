import Foundation
import JixiaoDiagnostics

/// Control and execution rates over 100% usually need a sentence of explanation in the report
/// (人员控制率 156.52%): a warning, not an error.
enum RatioCheck {
    static let names: Set = ["支出完成率", "人员控制率", "公用经费控制率", "三公经费控制率", "政府采购执行率", "执行率", "规模控制率", "投资概算控制率"]

    static func findings(in context: CheckContext) -> [Diagnostic] {
        context.figures.compactMap { figure in
            guard names.contains(figure.name), let percent = figure.percent, percent > 100 else { return nil }
            return context.finding(.warning, at: figure.position, "\(figure.name)为 \(figure.text)（\(figure.formula)），超过 100%",
                                   hint: "在报告里说明原因，或检查数据是否填错")
        }
    }
}
