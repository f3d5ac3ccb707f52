import Foundation

/// The keys of an indicator framework file (`Templates/指标体系/湖南.yaml`).
enum FrameworkSchema {
    static let rule: FieldKind = .record([
        Field("比率", .choice(FigureCatalog.names),
              required: true, "用哪个计算出的比率评分"),
        Field("方式", .choice(["按比例", "超出扣分", "分档"]), required: true,
              "按比例：比率×分值，最多满分；超出扣分：不超过阈值得满分，每超出一个百分点扣若干分，最低 0 分；分档：按档次给分"),
        Field("阈值", .signedAmount, "超出扣分的阈值（百分数），例如 100"),
        Field("每个百分点扣分", .score, "超出阈值后每个百分点扣的分"),
        Field("档次", .list(.record([
            Field("不低于", .signedAmount, required: true, "比率不低于这个百分数时"),
            Field("得分", .score, required: true, "得这么多分"),
        ])), "分档评分的档次，从高到低"),
    ])

    /// An indicator with up to `levels` levels below it.
    static func indicator(levels: Int) -> FieldKind {
        var fields = [
            Field("名称", .text, required: true, "指标名称"),
            Field("分值", .score, "固定分值；不写时由单位在数据文件里填写"),
            Field("规则", rule, "由 jixiao 计算得分的规则；不写时由单位填写得分和扣分原因"),
            Field("指标解释", .text, "这项指标考核什么（广东评分表的「指标解释」一栏）"),
            Field("评分标准", .text, "怎样给分（评分表的「评分标准」一栏）"),
        ]
        if levels > 0 { fields.append(Field("下级", .list(indicator(levels: levels - 1)), "下一级指标")) }
        return .record(fields)
    }

    /// Grade bands, highest first: a framework's, or a report format's (`FormatSchema`).
    static let gradesKey = "等级"
    static let gradeBands: FieldKind = .list(.record([
        Field("最低分", .score, required: true, "达到这个分数"),
        Field("等级", .text, required: true, "等级的写法，例如 优 或 优秀"),
    ]))

    /// The bands a file writes under `gradesKey`, highest first.
    static func grades(in file: FieldReader) -> [(minimum: Decimal, grade: String)] {
        file[gradesKey].items.compactMap { band -> (Decimal, String)? in
            guard let minimum = band["最低分"].operand?.value, let grade = band["等级"].text?.value else { return nil }
            return (minimum, grade)
        }.sorted { $0.0 > $1.0 }
    }

    static let root: [Field] = [
        Field("名称", .text, required: true, "指标体系的名称，数据文件的「指标体系」写这个名称"),
        Field("说明", .text, "来源和适用范围"),
        Field("总分", .score, required: true, "各项分值合计"),
        Field(gradesKey, gradeBands, required: true, "等级划分，从高到低"),
        Field("指标", .list(indicator(levels: 2)), required: true, "一级指标及其下级指标"),
        Field("每项都要打分", .bool, "是：单位打了分却漏了某项二级指标时 check 提醒（广东的评分表每项都有分）；湖南的表只填适用的指标，不写"),
    ]
}
