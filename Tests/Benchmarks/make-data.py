"""Writes 报告数据.json, the data for 报告.txt: about 24 KB of report when rendered."""
import json, os
chapters = []
for c in range(4):
    chapters.append({"标题": f"第{c + 1}部分", "段落": [
        {"标题": f"工作{c}-{p}", "正文": "严格执行预算管理制度，加强内部控制，规范资金使用，确保各项工作任务按计划完成。" * 2,
         **({"数字": 12.5 * (p + 1)} if p % 2 == 0 else {})} for p in range(19)]})
rows = [{"名称": f"项目{i}", "上年": 100 + i * 3.25, "预算": 120 + i * 2.5, "决算": 118 + i * 2.75, **({"说明": "按进度执行"} if i % 3 else {})}
        for i in range(40)]
data = {"附件编号": "6", "年度": 2024, "单位": "遂溪县人民政府办公室本级", "填报日期": "2025年7月28日",
        "通知": {"标题": "关于开展2024年度县级财政资金绩效自评工作的通知", "文号": "遂财绩〔2025〕6号"},
        "章节": chapters, "明细": rows, "总支出": 8374.25,
        "职责": [f"负责第{i}项工作" for i in range(20)],
        "小组": [{"姓名": f"成员{i}", "职务": "组长" if i == 0 else ("副组长" if i < 3 else "")} for i in range(12)]}
with open(os.path.join(os.path.dirname(__file__), "报告数据.json"), "w", encoding="utf-8") as out:
    json.dump(data, out, ensure_ascii=False, indent=1)
