import JixiaoDiagnostics

/// 评价单位 becomes the documents' file names: control characters (a line break, NUL, an escape)
/// would cut or hide the name, so they are refused where the name is typed.
enum FileNameCheck {
    static func findings(in context: CheckContext) -> [Diagnostic] {
        guard let unit = context.data.unitName,
            let bad = unit.value.unicodeScalars.first(where: { $0.properties.generalCategory == .control || $0.properties.generalCategory == .format })
        else { return [] }
        let code = "U+" + String(bad.value, radix: 16, uppercase: true).leftPadded(to: 4)
        return [context.finding(at: unit.position, "「评价单位」里有看不见的控制字符（\(code)）",
                                hint: "单位名称会用作文件名；删掉换行、制表符等控制字符，名称写在一行里")]
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
