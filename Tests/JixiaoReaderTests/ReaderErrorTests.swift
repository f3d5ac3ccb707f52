import Foundation
import JixiaoDiagnostics
import Testing

@testable import JixiaoReader

/// A wrong data file, where the error must point (marked with 1️⃣), and what it must say.
struct ErrorCase: CustomTestStringConvertible, Sendable {
    let name: String
    let input: String
    let message: String
    var syntax: DataFileSyntax = .yaml

    var testDescription: String { name }
}

@Suite struct ReaderErrorTests {
    static let yamlCases: [ErrorCase] = [
        .init(name: "full-width colon", input: "评价年度: 2024\n评价单位1️⃣：遂溪县\n",
              message: "这里用了全角冒号「：」，YAML 的键和值之间要用半角冒号「:」"),
        .init(name: "full-width colon on the first line", input: "评价年度1️⃣：2024\n评价单位: 遂溪县\n",
              message: "这里用了全角冒号「：」，YAML 的键和值之间要用半角冒号「:」"),
        .init(name: "full-width colon in a nested mapping", input: "单位:\n  名称: 甲\n  编制1️⃣：12\n",
              message: "这里用了全角冒号「：」，YAML 的键和值之间要用半角冒号「:」"),
        .init(name: "full-width space after colon", input: "a: 1\n评价单位:1️⃣　遂溪县\n",
              message: "冒号后面是全角空格「　」，YAML 要求冒号后面是半角空格"),
        .init(name: "no space after colon", input: "a: 1\n评价单位1️⃣:遂溪县\n",
              message: "冒号「:」后面缺少空格，jixiao 因此读不出「键: 值」"),
        .init(name: "no colon at all", input: "a: 1\n1️⃣评价单位 遂溪县\n",
              message: "这一行应当是「键: 值」，但没有找到冒号「: 」"),
        .init(name: "full-width space as indentation", input: "a:\n1️⃣　b: 1\n",
              message: "行首有全角空格「　」，YAML 的缩进只能用半角空格"),
        .init(name: "tab as indentation", input: "a:\n  b: 1\n1️⃣\tc: 2\n",
              message: "缩进里有制表符（Tab），YAML 的缩进只能用空格"),
        .init(name: "tab after a list dash before a key", input: "a:\n  -1️⃣\tb: 1\n",
              message: "缩进里有制表符（Tab），YAML 的缩进只能用空格"),
        .init(name: "inconsistent indentation", input: "a:\n    b: 1\n  1️⃣c: 2\n",
              message: "缩进不一致：这一行缩进 2 格，同一层的键或列表项缩进 0 格"),
        .init(name: "inconsistent list indentation", input: "a:\n  - x\n 1️⃣- y\n",
              message: "缩进不一致：这一行缩进 1 格，同一层的键或列表项缩进 0 格"),
        .init(name: "value at the wrong depth", input: "评价年度: 2024\n  1️⃣评价单位: 遂溪县\n",
              message: "这一行缩进比上面的「评价年度」更深，但「评价年度」在同一行已经写了值"),
        .init(name: "list item among keys", input: "a: 1\n1️⃣- x\n",
              message: "这里是列表项「- 」，但同一层前面写的是「键: 值」"),
        .init(name: "list item on the key's line", input: "成员: 1️⃣- 张三\n",
              message: "列表项「- 」不能和键写在同一行"),
        .init(name: "two colons in a value", input: "标题: 一、概述1️⃣: 基本情况\n",
              message: "值里有「: 」，会被读成又一个「键: 值」"),
        .init(name: "duplicate key", input: "评价年度: 2024\n评价单位: 甲\n1️⃣评价年度: 2025\n",
              message: "键「评价年度」重复了，第 1 行已经写过"),
        .init(name: "duplicate key in a nested mapping", input: "a:\n  x: 1\n  1️⃣x: 2\n",
              message: "键「x」重复了，第 2 行已经写过"),
        .init(name: "duplicate key in brackets", input: "a: {x: 1, 1️⃣x: 2}\n",
              message: "键「x」重复了，第 1 行已经写过"),
        .init(name: "empty key", input: "1️⃣: x\n", message: "冒号前面没有键名"),
        .init(name: "unterminated double quote", input: "a: 1️⃣\"遂溪县\nb: 2\n",
              message: "引号 \" 没有配对的结束引号"),
        .init(name: "unterminated single quote", input: "a: 1️⃣'遂溪县\n", message: "引号 ' 没有配对的结束引号"),
        .init(name: "unterminated bracket", input: "成员: 1️⃣[张三, 李四\n组长: 王五\n",
              message: "括号「[」没有配对的结束括号"),
        .init(name: "unterminated brace", input: "a: 1️⃣{x: 1\n", message: "括号「{」没有配对的结束括号"),
        .init(name: "bad escape", input: "a: \"C:1️⃣\\q\"\n", message: "双引号里的转义「\\q」不正确"),
        .init(name: "bad unicode escape", input: "a: \"1️⃣\\u12G4\"\n", message: "双引号里的转义「\\u12G4」不正确"),
        .init(name: "stray text after a quoted value", input: "a: \"甲\" 1️⃣乙\n", message: "值后面多了文字"),
        .init(name: "stray text after brackets", input: "a: [1, 2] 1️⃣3\n", message: "值后面多了文字"),
        .init(name: "missing comma in brackets", input: "a: [\"甲\" 1️⃣\"乙\"]\n", message: "这里应当是逗号「,」或「]」"),
        .init(name: "empty item in brackets", input: "a: [1, 1️⃣, 2]\n",
              message: "这里应当是一项内容，两个逗号之间不能是空的"),
        .init(name: "nesting too deep",
              input: String(repeating: "[", count: 100) + "1️⃣[" + String(repeating: "]", count: 101),
              message: "嵌套太深（超过 100 层）"),
        .init(name: "anchor", input: "a: 1️⃣&x 1\n", message: "jixiao 不支持 YAML 锚点「&」"),
        .init(name: "alias", input: "a: 1\nb: 1️⃣*x\n", message: "jixiao 不支持 YAML 别名「*」"),
        .init(name: "tag", input: "a: 1️⃣!!str 1\n", message: "jixiao 不支持 YAML 类型标签「!」"),
        .init(name: "list as a key", input: "- [a, b]1️⃣: c\n", message: "jixiao 不支持复杂键（「? 」或用列表、键值表作键）"),
        .init(name: "directive", input: "1️⃣%YAML 1.2\n---\na: 1\n", message: "jixiao 不支持 YAML 指令「%」"),
        .init(name: "complex key", input: "1️⃣? a\n: b\n", message: "jixiao 不支持复杂键（「? 」或用列表、键值表作键）"),
        .init(name: "second document", input: "a: 1\n1️⃣---\nb: 2\n",
              message: "一个数据文件只能有一个文档，这里出现了第二个「---」"),
        .init(name: "content after the document end marker", input: "a: 1\n...\n1️⃣b: 2\n", message: "文档结束标记「...」后面还有内容"),
        .init(name: "text on the document end line", input: "a: 1\n1️⃣... b\n", message: "文档结束标记「...」后面还有内容"),
        // Refused by YAML 1.2 (§6.1, §7.3 line prefixes; §8.1.1.1; §7.3.3) though ruamel.yaml
        // and PyYAML accept the first four; the expected messages are jixiao's, by the spec.
        .init(name: "tab as indentation inside a double-quoted value", input: "foo: \"bar\n1️⃣\tbaz\"\n",
              message: "引号里的文字换行后，这一行用制表符（Tab）缩进；YAML 的缩进只能用空格"),
        .init(name: "tab as indentation inside a nested quoted value", input: "a:\n  foo: \"bar\n  1️⃣\tbaz\"\n",
              message: "引号里的文字换行后，这一行用制表符（Tab）缩进；YAML 的缩进只能用空格"),
        .init(name: "quoted continuation less indented than its key", input: "a:\n  b: \"x\n 1️⃣y\"\n",
              message: "引号里的文字换行后，这一行的缩进比键「b」还少"),
        .init(name: "single-quoted continuation less indented than its key", input: "a:\n  b: 'x\n1️⃣y'\n",
              message: "引号里的文字换行后，这一行的缩进比键「b」还少"),
        .init(name: "lone dash in a flow sequence", input: "a: [1️⃣-]\n", message: "值不能以「-」开头"),
        .init(name: "lone dash after a comma in a flow sequence", input: "a: [x, 1️⃣-]\n", message: "值不能以「-」开头"),
        .init(name: "block scalar with a leading line deeper than its content", input: "a: |\n   1️⃣ \n  x\n",
              message: "块标量（「|」或「>」）开头的空行比第一行内容（缩进 2 格）缩进得更深"),
        .init(name: "infinity", input: "a: 1️⃣.inf\n", message: "jixiao 不支持无穷大和非数（.inf、.nan）"),
        .init(name: "pair inside a flow list", input: "a: [x1️⃣: 1]\n", message: "jixiao 不支持在「[ ]」里直接写「键: 值」"),
        .init(name: "reserved character", input: "a: 1️⃣@某人\n", message: "值不能以「@」开头"),
        .init(name: "too many digits", input: "a: 1️⃣1234567890123456789012345678901234567890\n",
              message: "数字的有效位数超过 38 位，无法精确保存"),
        .init(name: "bad block scalar header", input: "a: |1️⃣x\n  y\n",
              message: "多行文本标记「|」或「>」后面只能跟「-」「+」或一位缩进数字"),
        .init(name: "content after document start", input: "--- 1️⃣a: 1\n", message: "「---」后面不能写内容"),
    ]

    static let jsonCases: [ErrorCase] = [
        .init(name: "trailing comma in object", input: "{\"a\": 1,1️⃣}", message: "JSON 不允许最后一项后面再写逗号", syntax: .json),
        .init(name: "trailing comma in array", input: "[1, 1️⃣]", message: "JSON 不允许最后一项后面再写逗号", syntax: .json),
        .init(name: "duplicate key", input: "{\"a\": 1,\n 1️⃣\"a\": 2}", message: "键「a」重复了，第 1 行已经写过", syntax: .json),
        .init(name: "unterminated string", input: "{\"a\": 1️⃣\"x}", message: "引号 \" 没有配对的结束引号", syntax: .json),
        .init(name: "line break in string", input: "{\"a\": \"x1️⃣\ny\"}", message: "JSON 字符串里不能直接换行或写控制字符", syntax: .json),
        .init(name: "leading zero", input: "{\"a\": 1️⃣01}", message: "JSON 数字的写法不对", syntax: .json),
        .init(name: "thousands separator", input: "{\"a\": 1,1️⃣007.30}", message: "JSON 格式错误：这里应当是用双引号括起的键名", syntax: .json),
        .init(name: "bare word", input: "{\"a\": 1️⃣遂溪县}",
              message: "JSON 格式错误：这里应当是一个值（对象、数组、字符串、数字、true、false 或 null）", syntax: .json),
        .init(name: "unpaired surrogate", input: "[\"1️⃣\\uD83D\"]", message: "JSON 字符串里的 \\u 转义不是完整的字符（代理对不配对）", syntax: .json),
        .init(name: "missing colon", input: "{\"a\" 1️⃣1}", message: "JSON 格式错误：这里应当是冒号「:」", syntax: .json),
        .init(name: "content after the value", input: "{}\n1️⃣{}", message: "JSON 格式错误：这里应当是文件结尾（值后面多了内容）", syntax: .json),
        .init(name: "empty file", input: "1️⃣", message: "JSON 文件是空的", syntax: .json),
        .init(name: "unclosed object", input: "{\"a\": 11️⃣", message: "JSON 文件提前结束了，还缺「}」", syntax: .json),
        .init(name: "nesting too deep", input: String(repeating: "[", count: 100) + "1️⃣[]" + String(repeating: "]", count: 100),
              message: "嵌套太深（超过 100 层）", syntax: .json),
    ]

    @Test(arguments: yamlCases + jsonCases)
    func pointsAtTheMistakeAndSaysWhatIsWrong(_ example: ErrorCase) {
        let (input, expected) = stripMarker(example.input)
        guard let diagnostic = failure(reading: input, syntax: example.syntax) else {
            Issue.record("no error for:\n\(input)")
            return
        }
        #expect(diagnostic.message == example.message, "input:\n\(input)")
        #expect(diagnostic.location.file == "数据.yaml")
        #expect(TextPosition(line: diagnostic.location.line, column: diagnostic.location.column) == expected, "input:\n\(input)")
        #expect(diagnostic.hint?.isEmpty == false)
        #expect(diagnostic.sourceLine == input.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)[expected.line - 1])
    }

    @Test func gbkFileIsRefusedWithHowToSaveAsUTF8() throws {
        // "评价单位: 遂溪县" with the value in GBK, as Notepad on Chinese Windows saves it.
        let bytes = Array("a: 1\nb: ".utf8) + [0xCB, 0xEC, 0xCF, 0xAA, 0xCF, 0xD8] + [0x0A]
        do {
            _ = try DataFileReader.read(bytes: bytes, file: "数据.yaml", syntax: .yaml)
            Issue.record("GBK was read")
        } catch {
            #expect(error.message == "文件不是 UTF-8 编码（看起来是 GBK/GB18030，中文 Windows 的默认编码）")
            #expect(error.location == Location(file: "数据.yaml", line: 2, column: 4))
            #expect(error.hint?.contains("UTF-8") == true)
        }
    }

    @Test func utf16FileIsRefused() {
        do {
            _ = try DataFileReader.read(bytes: [0xFF, 0xFE, 0x61, 0x00], file: "数据.yaml", syntax: .yaml)
            Issue.record("UTF-16 was read")
        } catch {
            #expect(error.message == "文件是 UTF-16 编码（记事本里叫“Unicode”），jixiao 只读 UTF-8")
            #expect(error.location == Location(file: "数据.yaml", line: 1, column: 1))
        }
    }

    @Test func missingFileIsNamed() {
        do {
            _ = try DataFileReader.read(contentsOf: "/no/such/数据.yaml")
            Issue.record("a missing file was read")
        } catch {
            #expect(error.message == "找不到这个文件")
            #expect(error.location.description == "/no/such/数据.yaml")
        }
    }
}

@Suite struct DataFileReaderFileTests {
    @Test func aSymbolicLinkLoopIsNamedAsOne() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let first = folder.appendingPathComponent("甲.yaml").path
        try FileManager.default.createSymbolicLink(atPath: first, withDestinationPath: "乙.yaml")
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("乙.yaml").path, withDestinationPath: "甲.yaml")
        #expect(throws: Diagnostic(at: Location(file: first, line: 0, column: 0), message: "这是循环的符号链接（链接最终指回自己），读不到数据文件",
                                   hint: "删掉这个符号链接，或让它指向真正的数据文件")) {
            try DataFileReader.read(contentsOf: first)
        }
    }
}
