import Foundation

/// The totals the forms print but a unit need not type, computed once: the 三公 columns and
/// their 公务用车 subtotal, the 项目支出 columns and the staffing totals. Where the unit typed a
/// total (`三公经费.合计`, `核定编制.合计`) that total is the one printed, and `SumCheck` checks it.
public struct ReportTotals: Sendable {
    /// A row's three columns: 上年决算数, 预算数, 决算数 (nil where no part has a figure).
    public struct Columns: Sendable {
        public let lastYear: Amount?
        public let budget: Amount?
        public let final: Amount?
    }

    /// 三公经费: the typed 合计 column, else the sum of the four rows.
    public let threePublic: Columns
    /// 公务用车购置和维护经费: 购置费 + 运行维护费.
    public let vehicles: Columns
    /// 项目支出: the sum of the 项目支出明细 rows.
    public let projects: Columns
    /// 公用经费: the 公用经费 row, its 决算数 the one typed there, else 收支情况.支出.公用经费 (the
    /// same figure, which `RepeatedFigureCheck` compares when both are typed).
    public let publicFunds: Columns
    /// 核定编制, 在职人员, 退休人员: the typed 合计, else the sum of the kinds.
    public let staffQuota: Amount?
    public let staffInPost: Amount?
    public let retired: Amount?
    /// 收入同比增减: 收入决算数 − 收入.上年决算数 (nil unless both are there).
    public let incomeChange: Amount?

    /// The same totals as operands, for the rates computed from them.
    struct Operands {
        var threePublic: (lastYear: Operand?, budget: Operand?, final: Operand?)
        var publicFunds: (lastYear: Operand?, budget: Operand?, final: Operand?)
    }

    let operands: Operands

    init(_ data: UnitData) {
        func columns(_ rows: [UnitData.ThreeColumns], path: String) -> (Operand?, Operand?, Operand?) {
            let sums = UnitData.Column.allCases.map { column in
                Operand.total(of: rows.compactMap { $0.column(column) }, path: path)
            }
            return (sums[0], sums[1], sums[2])
        }
        var three = columns(data.threePublic, path: "三公经费")
        if let typed = data.threePublicTypedTotal {
            three = (typed.lastYear ?? three.0, typed.budget ?? three.1, typed.final ?? three.2)
        }
        let publicFunds = (data.publicFunds?.lastYear, data.publicFunds?.budget, data.publicFunds?.final ?? data.publicFundsSpent)
        operands = Operands(threePublic: three, publicFunds: publicFunds)
        self.publicFunds = Columns(publicFunds)
        threePublic = Columns(three)
        vehicles = Columns(columns(data.threePublic.filter { UnitData.vehicleRows.contains($0.name) }, path: "公务用车"))
        projects = Columns(columns(data.projects, path: "项目支出"))
        staffQuota = data.staffQuota?.total?.amount
        staffInPost = data.staffInPost?.total?.amount
        retired = data.retired?.total?.amount
        incomeChange = data.incomeFinal.flatMap { final in
            data.incomeLastYear.map { Amount(value: final.value - $0.value, scale: max(final.scale, $0.scale)) }
        }
    }
}

private extension ReportTotals.Columns {
    init(_ operands: (Operand?, Operand?, Operand?)) {
        self.init(lastYear: operands.0?.amount, budget: operands.1?.amount, final: operands.2?.amount)
    }
}
