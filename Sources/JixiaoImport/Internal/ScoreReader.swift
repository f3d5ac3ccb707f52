/// The total score and the grade of 自评结果: `自评得分100分，自评等级为优`, `自评分数为 98 分，等级为优`,
/// 湖南's `自评分数为97分，绩效评价等次为“优秀”`.
enum ScoreReader {
    static func read(_ lines: [ReportLine], into draft: inout Draft) {
        for line in lines where line.text.contains("分") || line.text.contains("等级") {
            if !draft.has("自评结果.总分"),
               let match = line.text.firstMatch(of: /(?:得分|分数|总分|评分)(?:为|是|：|:)?\s*([0-9]{1,3}(?:\.[0-9]{1,2})?)\s*分/) {
                draft.set("自评结果.总分", .number(String(match.1)), from: line)
            }
            if !draft.has("自评结果.等级"),
               let match = line.text.firstMatch(of: /等(?:级|次)(?:为|是|：|:)?\s*[“"「]?(优秀|良好|合格|不合格|优|良|中|差)/) {
                draft.set("自评结果.等级", .text(String(match.1)), from: line)
            }
        }
    }
}
