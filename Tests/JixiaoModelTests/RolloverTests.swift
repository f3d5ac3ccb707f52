import JixiaoModel
import JixiaoReader
import JixiaoTestSupport
import Testing

/// Next year's draft carries this year's closing balance into next year's opening one.
@Suite struct RolloverTests {
    func draft(_ text: String) throws -> DataNode {
        Rollover.nextYear(from: try DataFileReader.read(text: baseFile + text, file: "单位.yaml", syntax: .yaml))
    }

    @Test func theClosingBalanceBecomesNextYearsOpeningOneEvenWithoutAnIncomeSection() throws {
        let next = try draft("收支情况: {支出: {决算数: 800.25, 年末结转和结余: 23.25}}\n")
        guard case .number(let carried)? = next["收支情况"]?["收入"]?["上年结转和结余"]?.value else {
            Issue.record("no 上年结转和结余 in \(next.yamlText)")
            return
        }
        #expect(carried.text == "23.25")
        #expect(next["收支情况"]?["支出"]?["年末结转和结余"]?.value == .null, "next year's own balance is to fill in")
    }

    @Test func noClosingBalanceLeavesTheOpeningOneEmpty() throws {
        let next = try draft("收支情况: {收入: {决算数: 820.5, 上年结转和结余: 3}, 支出: {决算数: 800.25}}\n")
        #expect(next["收支情况"]?["收入"]?["上年结转和结余"]?.value == .null)
    }
}
