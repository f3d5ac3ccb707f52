import JixiaoDiagnostics
import JixiaoModel
import JixiaoReader
import JixiaoTemplates

/// The text a data file fills under keys its report format's templates never read: it would
/// appear in none of the documents, so `check` says where it went missing.
///
/// A key counts as read when a template reads it or anything above it whole
/// (`TemplateLibrary.referencedNames`). Only text is looked at: numbers feed the figures jixiao
/// computes whether or not a template prints them, and the keys below set up the model itself.
public enum UnreadKeys {
    /// Keys the report model reads for its own use (format, framework, rate bases, the score table).
    static let modelKeys: Set<String> = ["报告格式", "指标体系", "比率口径", "金额单位", "自评表", "自评结果.等级"]

    /// One warning per key path (a list's items once, at the first), in file order.
    public static func findings(in report: UnitReport, templates: DocumentTemplates) -> [Diagnostic] {
        let read = templates.referencedNames
        var findings: [Diagnostic] = []
        var reported: Set<String> = []
        // Read when the path itself or a path above it is: each `.` and `[]` ends one above it.
        func isRead(_ path: String) -> Bool {
            if read.contains(path) { return true }
            var index = path.startIndex
            while index < path.endIndex {
                if path[index] == "." || path[index...].hasPrefix("[]"), read.contains(String(path[..<index])) { return true }
                index = path.index(after: index)
            }
            return false
        }
        func visit(_ node: DataNode, path: String, at position: TextPosition) {
            guard !modelKeys.contains(path), !isRead(path) else { return }
            switch node.value {
            case .map(let map):
                for entry in map { visit(entry.value, path: path.isEmpty ? entry.key : "\(path).\(entry.key)", at: entry.keyPosition) }
            case .list(let items):
                for item in items { visit(item, path: "\(path)[]", at: item.position) }
            case .string(let text):
                guard !text.isEmpty, reported.insert(path).inserted else { return }
                findings.append(Diagnostic(.warning, in: report.document.source, at: position,
                                           message: notPrinted(path, format: templates.region),
                                           hint: "把这段内容写到这个格式会印的小节里，或在 Templates/\(templates.region)/ 的模板里加上它"))
            case .null, .bool, .number:
                return
            }
        }
        visit(report.document.root, path: "", at: report.document.root.position)
        return findings
    }

    static func notPrinted(_ path: String, format: String) -> String {
        "「\(path.replacingOccurrences(of: "[]", with: ""))」填了内容，但报告格式「\(format)」的模板不用它：它不会出现在任何文件里"
    }
}
