/// The keys of a report format's settings file (`Templates/广东/格式.yaml`).
enum FormatSchema {
    static let root: [Field] = [
        Field("名称", .text, required: true, "格式的名称，与文件夹同名；数据文件的「报告格式」写这个名称"),
        Field("说明", .text, "依据哪份通知或哪份报告"),
        Field("默认指标体系", .text, "jixiao init 预先填写的指标体系（Templates/指标体系/ 里的文件名）"),
        Field("引用通知", .bool, "报告开头是否引用财政部门的通知；是则 jixiao init 写出「通知」一节"),
        Field(FrameworkSchema.gradesKey, FrameworkSchema.gradeBands, "数据文件没有写指标体系时，按总分评定等级的档次，从高到低"),
        Field("必填小节", .list(.text), "报告必须有内容的小节（数据文件的键）；没填时 check 提醒，报告里标「待填写」"),
        Field("附件名称", .record([
            Field("基础数据表", .text, "数据表的叫法，用在文件名里（默认「基础数据表」，广东叫「数据表」）"),
            Field("自评表", .text, "评分表的叫法，用在文件名里（默认「自评表」，广东叫「评分表」）"),
        ]), "两份附件在这个地区的叫法；模板文件仍叫 基础数据表.md、自评表.md 等"),
    ]
}
