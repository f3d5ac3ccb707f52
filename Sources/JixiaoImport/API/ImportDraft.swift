/// A data-file draft made from last year's report by `ReportImporter`.
public struct ImportDraft: Sendable {
    /// The draft in jixiao YAML, with a `# 来自第N行：…` comment above each value and the
    /// unplaced text at the end as comments. It always reads back with `DataFileReader`.
    public var yamlText: String
    /// `<评价年度>年度<评价单位>.yaml` when the report names both, else nil.
    public var suggestedFileName: String?
    /// The report format the draft is written for (`广东`, `湖南`).
    public var format: String
    /// How many keys got a value.
    public var valueCount: Int
    /// How many lines (or paragraphs) of the report went to the unplaced block.
    public var unplacedCount: Int
}
