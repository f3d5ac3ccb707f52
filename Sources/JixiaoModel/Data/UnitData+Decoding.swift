import JixiaoReader

extension UnitData {
    /// The names of the four 三公 rows, in the form's order.
    static let threePublicRows = ["公务用车购置费", "公务用车运行维护费", "因公出国（境）费", "公务接待费"]
    /// The two rows of the 公务用车 subtotal.
    static let vehicleRows = threePublicRows.prefix(2)

    /// Decodes every value the code reads from a data tree (the schema has checked the kinds).
    init(root: DataNode) {
        self.root = root
        let file = FieldReader(root: root)
        year = file["评价年度"].year
        unitName = file["评价单位"].text
        formatName = file["报告格式"].text
        moneyUnit = file["金额单位"].text?.value
        fillDate = file["填报日期"].date
        noticeTitle = file["通知"]["标题"].text
        noticeNumber = file["通知"]["文号"].text
        frameworkName = file["指标体系"].text
        completionBase = file["比率口径"]["支出完成率"].text?.value

        let unit = file["单位基本情况"]
        staffQuota = unit["核定编制"].breakdown
        staffInPost = unit["在职人员"].breakdown
        retired = unit["退休人员"].breakdown
        internalUnits = unit["内设机构"].items.compactMap { $0.text?.value }
        internalUnitCount = unit["内设机构数"].count

        let income = file["收支情况"]["收入"]
        incomeInitialBudget = income["年初预算数"].money
        incomeInitialSources = income["年初预算来源"].moneyBreakdown
        incomeAllocated = income["财政下达预算数"].money
        incomeFinal = income["决算数"].money
        incomeFinalSources = income["决算来源"].moneyBreakdown
        incomeCarriedIn = income["上年结转和结余"].money
        incomeLastYear = income["上年决算数"].money

        let spending = file["收支情况"]["支出"]
        spendingInitialBudget = spending["年初预算数"].money
        spendingInitialParts = spending["年初预算构成"].moneyBreakdown
        spendingFullYearBudget = spending["全年预算数"].money
        spendingFinal = spending["决算数"].money
        spendingFinalParts = spending["决算构成"].moneyBreakdown
        spendingBasic = spending["决算构成"]["基本支出"].money
        personnel = spending["人员经费"].money
        publicFundsSpent = spending["公用经费"].money
        functionalClasses = spending["功能分类"].moneyBreakdown
        carriedOut = spending["年末结转和结余"].money

        let three = file["三公经费"]
        threePublic = Self.threePublicRows.map { name in
            three[name].threeColumns(named: name) ?? ThreeColumns(name: name, steps: three[name].steps)
        }
        threePublicTypedTotal = three["合计"].threeColumns(named: "合计")
        publicFunds = file["公用经费"].threeColumns(named: "公用经费")
        publicFundsItems = file["公用经费"]["其中"].entries.compactMap { $0.reader.threeColumns(named: $0.key) }
        projects = file["项目支出明细"].items.compactMap { item in
            item.threeColumns(named: item["名称"].text?.value ?? "")
        }
        procurement = file["政府采购"].threeColumns(named: "政府采购")

        assetsInUse = file["固定资产"]["在用总额"].money
        assetsTotal = file["固定资产"]["总额"].money
        stockLastYear = file["存量资金"]["上年末规模"].money
        stockThisYear = file["存量资金"]["年末规模"].money
        let buildings = file["楼堂馆所"]
        buildingsApproved = buildings["批复规模"].operand
        buildingsActual = buildings["实际规模"].operand
        buildingsBudget = buildings["预算投资"].money
        buildingsInvestment = buildings["实际投资"].money

        submissionDate = file["自评工作"]["报送日期"].date
        let sheet = file["自评表"]
        executionWeight = sheet["执行率分值"].operand
        indicators = sheet["指标"].items.compactMap { row in
            guard let node = row.node, case .map = node.value else { return nil }
            return IndicatorRow(path: row.path, first: row["一级指标"].text, second: row["二级指标"].text, third: row["三级指标"].text,
                                weight: row["分值"].operand, score: row["得分"].operand, reason: row["偏差原因"].text?.value, node: node)
        }
        typedTotalScore = file["自评结果"]["总分"].operand
        typedGrade = file["自评结果"]["等级"].text
    }

    /// Keys whose values are not narrative (names, dates, settings); the text checks skip them.
    static let nonNarrativeKeys: Set = ["评价单位", "通知", "报告格式", "预算级次", "填报日期", "金额单位", "附件编号", "比率口径",
                                        "指标体系", "填表人", "联系电话", "自定义"]

    /// Every narrative string of the file with its node (texts and lists of texts under the
    /// narrative keys, sections' 标题 and 内容, and 偏差原因), in file order.
    var narrativeTexts: [(text: String, node: DataNode)] {
        var texts: [(String, DataNode)] = []
        func collect(_ node: DataNode) {
            switch node.value {
            case .string(let text): texts.append((text, node))
            case .list(let items): for item in items { collect(item) }
            case .map(let map): for entry in map { collect(entry.value) }
            default: break
            }
        }
        guard case .map(let map) = root.value else { return [] }
        for entry in map where !Self.nonNarrativeKeys.contains(entry.key) { collect(entry.value) }
        return texts
    }
}
