/// Every key a unit's data file may hold, in the order of the report.
///
/// The keys are the forms' own words. Figures jixiao computes (rates, totals of scores, the
/// grade) are not keys: a unit may type a total where the forms print one (`合计`, `总分`,
/// `等级`), and jixiao checks it against its own.
enum DataFileSchema {
    /// A row of the base data table: last year's final account, this year's budget and final account.
    static let threeColumns: FieldKind = .record([
        Field("上年决算数", .amount, "上一年度的决算数"),
        Field("预算数", .amount, next: .emptied, "本年度预算数"),
        Field("决算数", .amount, next: .movedTo("上年决算数"), "本年度决算数"),
    ])

    /// The years a data file may name (评价年度, 完工年度): wide enough for any report, narrow
    /// enough that year arithmetic can never overflow.
    static let years = 1900...2200

    /// The notice a format may cite (`ReportFormat.citesNotice`).
    static let noticeKey = "通知"

    /// The key of a typed total inside a breakdown or the 三公 rows.
    static let totalKey = "合计"

    static let root: [Field] = [
        Field("评价年度", .year, required: true, next: .advanced, "被评价的预算年度，例如 2024"),
        Field("评价单位", .text, required: true, "单位全称，与公章一致；报告各处的单位名称都取自这里"),
        Field("报告格式", .format, required: true, "按哪个地区的格式生成报告：Templates/ 里的格式文件夹名，例如 广东、湖南"),
        Field("预算级次", .choice(["省级", "市级", "区级", "县级"]), "预算级次，用于“X级财政资金”等措辞"),
        Field("附件编号", .text, "封面左上角的附件编号，例如「附件6」；没有就不写"),
        Field("报告标题", .text, "报告标题；不写时用格式的标准标题"),
        Field("填报日期", .date, required: true, next: .emptied, "填报日期，写成 2025-07-28；应在评价年度的下一年"),
        Field("金额单位", .choice(["元", "万元"]), required: true, "本文件中所有金额的单位"),
        Field(noticeKey, .record([
            Field("发文机关", .text, required: true, "布置自评的财政部门，例如 遂溪县财政局"),
            Field("标题", .text, required: true, next: .emptied, "通知标题，照通知原样（含发文机关就照写），不带书名号"),
            Field("文号", .text, required: true, next: .emptied, "文号，例如 遂财绩〔2025〕6号"),
        ]), "开头一段引用的财政部门通知（格式的「引用通知」为是时需要，例如广东；湖南格式的报告不引用通知）"),
        Field("单位基本情况", .record([
            Field("级别性质", .text, "例如 正科级行政单位"),
            Field("成立时间", .text, "例如 1958年11月"),
            Field("内设机构", .list(.text), "内设股室名称，数量由 jixiao 计算"),
            Field("内设机构数", .count, "内设机构的个数：只列了部分名称（「……等」）或不列名称时写；列全了不用写"),
            Field("下属单位", .list(.text), "下属单位或二级预算单位名称"),
            Field("预算单位构成", .list(.text), "部门预算由哪些预算单位构成（本级、二级预算单位……），个数由 jixiao 计算"),
            Field("核定编制", .breakdown(.count), "核定编制数，按类别列出（行政编制、事业编制、工勤……），可写「合计」"),
            Field("在职人员", .breakdown(.count), "年末实际在职人数，按类别列出，可写「合计」"),
            Field("退休人员", .breakdown(.count), "退休人数，按发放渠道或类别列出，可写「合计」"),
            Field("遗属", .count, "遗属供养人数"),
            Field("聘用人员", .count, "聘用、合同工或雇员人数"),
            Field("财政供养人员", .count, "财政供养人员总数（单位自己报的数）"),
            Field("领导职数", .text, "领导职数说明"),
            Field("主要职责", .list(.text), "部门职能，每项一条，编号由 jixiao 生成"),
            Field("年度工作任务", .narrative, "年度总体工作和重点工作任务，可分层"),
            Field("说明", .narrative, "其他需要说明的情况"),
        ]), "一、单位基本情况"),
        Field("绩效目标", .narrative, "部门整体支出绩效目标，可写一段或逐条列出"),
        Field("收支情况", .record([
            Field("收入", .record([
                Field("年初预算数", .amount, next: .emptied, "年初收入预算"),
                Field("年初预算来源", .breakdown(.amount), next: .numbersEmptied, "年初预算按来源分（一般公共预算财政拨款收入、政府性基金预算财政拨款收入……）"),
                Field("全年预算数", .amount, next: .emptied, "调整后的全年收入预算"),
                Field("财政下达预算数", .amount, next: .emptied, "财政实际下达的预算数"),
                Field("决算数", .amount, next: .movedTo("上年决算数"), "收入决算数（不含上年结转和结余）"),
                Field("决算来源", .breakdown(.amount), next: .numbersEmptied, "决算收入按来源分"),
                Field("上年决算数", .amount, "上一年度的收入决算数；填了 jixiao 计算同比增减和增减率"),
                Field("上年结转和结余", .amount, next: .emptied, "年初结转和结余"),
            ]), "部门整体收入；第二年的草稿里本年收入决算数移到「上年决算数」，其余数字留空"),
            Field("支出", .record([
                Field("年初预算数", .amount, "年初支出预算"),
                Field("年初预算构成", .breakdown(.amount), "年初支出预算按性质分（基本支出、项目支出）"),
                Field("全年预算数", .amount, "调整后的全年支出预算（自评表的“全年预算数”）"),
                Field("决算数", .amount, "支出决算数（自评表的“全年执行数”）"),
                Field("决算构成", .breakdown(.amount), "决算支出按性质分（基本支出、项目支出）"),
                Field("人员经费", .amount, "基本支出中的人员经费"),
                Field("公用经费", .amount, "基本支出中的公用经费"),
                Field("功能分类", .breakdown(.amount), "决算支出按功能分类（一般公共服务支出……）"),
                Field("年末结转和结余", .amount, next: .carriedTo(["收支情况", "收入", "上年结转和结余"]),
                      "年末结转和结余；第二年的草稿里它是「收入.上年结转和结余」"),
            ]), next: .numbersEmptied, "部门整体支出"),
            Field("其他预算支出", .narrative, "政府性基金、国有资本经营、社会保险基金预算支出情况；没有写「无」"),
            Field("说明", .narrative, "对收支情况的补充说明"),
        ]), "一（四）部门整体支出情况"),
        Field("三公经费", .record([
            Field("公务用车购置费", threeColumns, "公车购置"),
            Field("公务用车运行维护费", threeColumns, "公车运行维护"),
            Field("因公出国（境）费", threeColumns, "出国（境）经费"),
            Field("公务接待费", threeColumns, "公务接待"),
            Field("合计", threeColumns, "三公经费合计（可不写，jixiao 会计算）"),
            Field("说明", .narrative, "对三公经费的说明"),
        ]), "“三公”经费：上年决算数、本年预算数、本年决算数"),
        Field("公用经费", .record([
            Field("上年决算数", .amount, "上一年度公用经费决算数"),
            Field("预算数", .amount, next: .emptied, "本年度公用经费预算（或预算调整数）"),
            Field("决算数", .amount, next: .movedTo("上年决算数"), "本年度公用经费决算数"),
            Field("其中", .breakdown(threeColumns), "公用经费中列出的项目（办公费……），不要求合计等于公用经费"),
        ]), "公用经费"),
        Field("项目支出明细", .list(.record([
            Field("名称", .text, required: true, "项目或专项资金名称"),
            Field("上年决算数", .amount, "上一年度决算数"),
            Field("预算数", .amount, next: .emptied, "本年度预算数"),
            Field("决算数", .amount, next: .movedTo("上年决算数"), "本年度决算数"),
        ])), "基础数据表“项目支出”下的各行"),
        Field("政府采购", threeColumns, "政府采购金额：预算数即年度计划采购金额，决算数即实际采购金额"),
        Field("部门基本支出预算调整", .amount, next: .emptied, "部门基本支出预算调整数"),
        Field("固定资产", .record([
            Field("在用总额", .amount, "实际在用固定资产总额"),
            Field("总额", .amount, "所有固定资产总额"),
        ]), next: .numbersEmptied, "固定资产"),
        Field("存量资金", .record([
            Field("上年末规模", .amount, "上年末国库集中支付结转结余存量资金"),
            Field("年末规模", .amount, next: .movedTo("上年末规模"), "本年末存量资金"),
        ]), "国库集中支付结转结余存量资金"),
        Field("楼堂馆所", .record([
            Field("完工年度", .year, "项目完工年度"),
            Field("批复规模", .count, "批复规模（平方米）"),
            Field("实际规模", .count, "实际规模（平方米）"),
            Field("预算投资", .amount, "预算投资"),
            Field("实际投资", .amount, "实际投资"),
        ]), next: .numbersEmptied, "楼堂馆所控制情况；没有就不写"),
        Field("厉行节约保障措施", .narrative, "厉行节约保障措施"),
        Field("比率口径", .record([
            Field("支出完成率", .choice(["财政下达预算数", "收入决算数", "收入决算数加上年结转", "年初预算数", "全年预算数"]),
                  "支出完成率的分母，各地通知不同；不写时依次取财政下达预算数、全年预算数、年初预算数"),
        ]), "比率的计算口径"),
        Field("自评工作", .record([
            Field("评价小组", .record([
                Field("成立情况", .text, "为什么、怎样成立的小组，印在名单前（如「经研究，决定成立绩效评价工作小组，组成人员如下：」）"),
                Field("组长", .text, "组长（可含职务）"),
                Field("副组长", .list(.text), "副组长"),
                Field("成员", .list(.text), "成员"),
                Field("办公室", .text, "领导小组办公室的设置和分工"),
            ]), "自评工作小组"),
            Field("工作过程", .narrative, "自评工作过程"),
            Field("报送日期", .date, next: .emptied, "自评材料报送日期"),
            Field("报送情况", .narrative, "自评材料报送时间及质量"),
            Field("公开网站", .text, "公开自评结果的网站"),
            Field("公开情况", .narrative, "自评材料报送及公开一致情况"),
        ]), "二、自评工作开展情况"),
        Field("指标体系", .text, "所用指标体系的名称（见 Templates/指标体系/）"),
        Field("绩效指标分析", .narrative, "部门整体支出绩效指标分析，按指标分节"),
        Field("自评表", .record([
            Field("年度总体目标", .record([
                Field("预期目标", .narrative, "年度总体目标：预期目标"),
                Field("实际完成情况", .narrative, next: .emptied, "年度总体目标：实际完成情况"),
            ]), "自评表的年度总体目标"),
            Field("执行率分值", .score, "预算执行率的分值，通常 10 分；得分由 jixiao 计算"),
            Field("指标", .list(.record([
                Field("一级指标", .text, required: true, "例如 产出指标"),
                Field("二级指标", .text, "例如 数量指标"),
                Field("三级指标", .text, "具体指标名称"),
                Field("年度指标值", .text, "年初设定的指标值"),
                Field("实际完成值", .text, next: .emptied, "实际完成的值"),
                Field("分值", .score, "这一指标的分值（满分）；不知道满分时可以不写，这时 jixiao 不核对得分与分值"),
                Field("得分", .score, required: true, next: .emptied, "自评得分；低于分值时要写偏差原因"),
                Field("偏差原因", .text, next: .emptied, "偏差原因分析及改进措施（扣分时必填）"),
            ])), "各项绩效指标及得分"),
        ]), "部门整体支出绩效自评表"),
        Field("自评结果", .record([
            Field("总分", .score, next: .emptied, "单位填写的自评总分（jixiao 会核对）"),
            Field("等级", .text, next: .emptied, "单位填写的等级（jixiao 会核对）"),
            Field("结论", .narrative, "自评结论"),
        ]), "三（一）自评结果"),
        Field("重点工作完成情况", .narrative, "重点工作完成情况"),
        Field("重点项目支出绩效情况", .narrative, "部门重点项目支出绩效情况；不涉及写「无」"),
        Field("主要做法和经验", .narrative, "主要做法和经验"),
        Field("存在问题", .narrative, "存在的问题；没有写「无」"),
        Field("改进措施", .narrative, "改进措施"),
        Field("结果应用", .narrative, "绩效自评结果拟应用和公开情况"),
        Field("其他自评情况", .narrative, "其他需要说明的情况；没有写「无」"),
        Field("填表人", .text, "附表落款的填表人"),
        Field("联系电话", .text, "附表落款的联系电话"),
        Field("自定义", .custom, "本单位或财政局模板要用的其他内容（预算编码、评价方式……），写法不限；模板里用「自定义.名称」读取"),
    ]
}
