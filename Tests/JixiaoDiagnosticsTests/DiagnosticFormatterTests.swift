import JixiaoDiagnostics
import Testing

@Suite struct DiagnosticFormatterTests {
    @Test func caretStandsUnderTheColumnCountingChineseAsTwoCells() {
        let source = SourceText(file: "Inputs/x.yaml", text: "评价年度: 2024\n评价单位：遂溪县\n")
        let diagnostic = Diagnostic(
            in: source, atByteOffset: Array("评价年度: 2024\n评价单位".utf8).count,
            message: "这里用了全角冒号", hint: "写成半角冒号")
        #expect(DiagnosticFormatter.format(diagnostic) == """
            Inputs/x.yaml:2:5: 错误：这里用了全角冒号
                评价单位：遂溪县
                        ^
            提示：写成半角冒号

            """)
    }

    @Test func tabsInTheQuotedLineKeepTheCaretAligned() {
        let source = SourceText(file: "a.yaml", text: "\tx: 1\n")
        let diagnostic = Diagnostic(.warning, in: source, atByteOffset: 1, message: "m")
        #expect(DiagnosticFormatter.format(diagnostic) == "a.yaml:1:2: 警告：m\n        x: 1\n        ^\n")
    }

    @Test func fileLevelProblemHasNoLineNumber() {
        let diagnostic = Diagnostic(at: Location(file: "缺.yaml", line: 0, column: 0), message: "找不到这个文件")
        #expect(DiagnosticFormatter.format(diagnostic) == "缺.yaml: 错误：找不到这个文件\n")
    }

    @Test func positionsAreFoundFromByteOffsets() {
        let source = SourceText(file: "f", text: "ab\n中文x\n\nlast")
        let offsets = [0, 3, 3 + 6, Array("ab\n中文x\n".utf8).count, Array("ab\n中文x\n\nla".utf8).count]
        #expect(offsets.map { source.position(ofByteOffset: $0).description } == ["1:1", "2:1", "2:3", "3:1", "4:3"])
        #expect(source.text(ofLine: 2) == "中文x")
        #expect(source.text(ofLine: 9) == "")
    }

    @Test func columnsCountCharactersAsAnEditorShowsThem() {
        let lines = ["中文x", "e\u{301}x", "👍🏽x", "🇨🇳x"]
        let columns = lines.map { line in
            SourceText(file: "f", text: line).position(ofByteOffset: Array(line.utf8).count - 1).column
        }
        #expect(columns == [3, 2, 2, 2])
    }
}

@Suite struct DiagnosticFormatterControlCharacterTests {
    /// Data with NUL, a line break, an ANSI escape and a right-to-left override prints as
    /// escapes: one line per part, nothing the terminal would act on, the caret still aligned.
    @Test func controlCharactersInDataAreShownAsEscapes() {
        let line = "评价单位: \"a\u{0}b\u{1B}[2Jc\u{202E}d\"\tx"
        let source = SourceText(file: "数\n据.yaml", text: line + "\n")
        let diagnostic = Diagnostic(
            in: source, atByteOffset: Array(line.utf8).count - 1,
            message: "「a\nb\u{0}c\u{1B}[31m」不对", hint: "删掉「\u{7}」")
        #expect(DiagnosticFormatter.format(diagnostic) == """
            数\\n据.yaml:1:20: 错误：「a\\nb\\0c\\u{1B}[31m」不对
                评价单位: "a\\0b\\u{1B}[2Jc\\u{202E}d"    x
                                                       ^
            提示：删掉「\\u{7}」

            """)
    }
}
