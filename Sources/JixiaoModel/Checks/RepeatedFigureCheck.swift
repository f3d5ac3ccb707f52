import JixiaoDiagnostics

/// One figure typed in two places with two values: the 公用经费 row's 决算数 and the 公用经费
/// part of 基本支出 (`收支情况.支出.公用经费`). Every document prints the first where it is typed.
enum RepeatedFigureCheck {
    static func findings(in context: CheckContext) -> [Diagnostic] {
        guard let row = context.data.publicFunds?.final, let part = context.data.publicFundsSpent, row.value != part.value else { return [] }
        return [context.finding(at: row.position, "「公用经费.决算数」是 \(row.text)，「收支情况.支出.公用经费」却是 \(part.text)：同一个数写成了两个值",
                                hint: "两处都是本年度公用经费的决算数；改成同一个数，或只写一处")]
    }
}
