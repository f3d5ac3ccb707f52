import Foundation
import JixiaoDiagnostics
import JixiaoReader

/// Steps into a data tree by key, keeping the key path for messages and the steps for edits;
/// reads a value only when it has the kind asked for (the schema reports the others).
struct FieldReader {
    var node: DataNode?
    var path: String
    var steps: [String]

    init(root: DataNode) {
        node = root
        path = ""
        steps = []
    }

    private init(node: DataNode?, path: String, steps: [String]) {
        self.node = node
        self.path = path
        self.steps = steps
    }

    subscript(key: String) -> FieldReader {
        FieldReader(node: node?[key], path: path.isEmpty ? key : "\(path).\(key)", steps: steps + [key])
    }

    /// The items of a list, each with its path (`自评表.指标[2]`) and steps (`自评表.指标.1`).
    var items: [FieldReader] {
        guard case .list(let items)? = node?.value else { return [] }
        return items.enumerated().map { index, item in
            FieldReader(node: item, path: "\(path)[\(index + 1)]", steps: steps + [String(index)])
        }
    }

    /// The entries of a mapping, in file order.
    var entries: [(key: String, reader: FieldReader)] {
        guard case .map(let map)? = node?.value else { return [] }
        return map.map { ($0.key, self[$0.key]) }
    }

    var isPresent: Bool { node != nil }

    var operand: Operand? {
        guard let node, case .number(let number) = node.value else { return nil }
        return Operand(value: number.decimal, text: number.text, scale: number.scale, position: node.position, path: path)
    }

    /// An amount of money: the number with at least two decimals in formulas and totals (`1564.1` →
    /// `1564.10`), the way every amount in the documents is written.
    var money: Operand? {
        guard var operand else { return nil }
        guard operand.scale < 2 else { return operand }
        operand.scale = 2
        operand.text = Amount.text(operand.value, scale: 2)
        return operand
    }

    /// Text, or a number read as its written text (a 文号 may be typed as a number).
    var text: Located<String>? {
        switch node?.value {
        case .string(let text)?: located(text)
        case .number(let number)?: located(number.text)
        default: nil
        }
    }

    /// A yes/no setting (`引用通知: true`).
    var flag: Bool? {
        if case .bool(let flag)? = node?.value { flag } else { nil }
    }

    /// A whole number of things (内设机构数); the schema decoder reports any other value.
    var count: Located<Int>? {
        guard let node, case .number(let number) = node.value, number.isInteger, let count = Int(number.text) else { return nil }
        return located(count)
    }

    /// A year within the range the schema accepts, so that year arithmetic cannot overflow.
    var year: Located<Int>? {
        guard let node, case .number(let number) = node.value, number.isInteger, let year = Int(number.text),
            DataFileSchema.years.contains(year)
        else { return nil }
        return located(year)
    }

    var date: Located<CalendarDate>? {
        guard case .string(let text)? = node?.value, let date = CalendarDate(text) else { return nil }
        return located(date)
    }

    /// A breakdown of counts: every part that is a number, and the typed 合计 apart.
    var breakdown: UnitData.Breakdown? { breakdown(\.operand) }

    /// A breakdown of amounts of money (see `money`).
    var moneyBreakdown: UnitData.Breakdown? { breakdown(\.money) }

    private func breakdown(_ number: KeyPath<FieldReader, Operand?>) -> UnitData.Breakdown? {
        guard case .map? = node?.value else { return nil }
        let parts = entries.filter { $0.key != DataFileSchema.totalKey }.compactMap { entry in entry.reader[keyPath: number].map { (entry.key, $0) } }
        return UnitData.Breakdown(path: path, parts: parts, typedTotal: self[DataFileSchema.totalKey][keyPath: number])
    }

    /// A row of the base data table, named `name`.
    func threeColumns(named name: String) -> UnitData.ThreeColumns? {
        guard case .map? = node?.value else { return nil }
        return UnitData.ThreeColumns(name: name, lastYear: self[UnitData.Column.lastYear.key].money, budget: self[UnitData.Column.budget.key].money,
                                     final: self[UnitData.Column.final.key].money, steps: steps)
    }

    private func located<Value>(_ value: Value) -> Located<Value> {
        Located(value: value, position: node?.position ?? TextPosition(line: 1, column: 1), path: path, steps: steps)
    }
}
