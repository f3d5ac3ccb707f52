import JixiaoDiagnostics

/// 内设机构数 typed beside 内设机构 names: the count may exceed the names (a report names some
/// and writes 等), never fall short of them.
enum InternalUnitCountCheck {
    static func findings(in context: CheckContext) -> [Diagnostic] {
        guard let typed = context.data.internalUnitCount, typed.value < context.data.internalUnits.count else { return [] }
        return [context.finding(at: typed.position, fewerThanNamed(typed.value, named: context.data.internalUnits.count),
                                hint: "改正个数，或删去多列的名称；个数和名称一样多时可以不写「内设机构数」")]
    }

    static func fewerThanNamed(_ count: Int, named: Int) -> String {
        "「单位基本情况.内设机构数」是 \(count)，但「单位基本情况.内设机构」列了 \(named) 个名称"
    }
}
