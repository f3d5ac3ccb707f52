import Foundation
import JixiaoCommands
import Testing

/// Runs `jixiao` in process and returns its exit status and both streams.
func execute(_ arguments: String...) -> (status: Int32, output: String, error: String) {
    execute(arguments)
}

func execute(_ arguments: [String]) -> (status: Int32, output: String, error: String) {
    let (code, output) = CommandLineTool.run(arguments)
    return (code.rawValue, output.standardOutput, output.standardError)
}

/// A temporary file holding `text`, removed by the caller.
func temporaryFile(named name: String, text: String) -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let path = folder.appendingPathComponent(name).path
    _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
    return path
}

@Suite struct CommandLineToolTests {
    @Test func helpListsTheCommandsInChinese() {
        let run = execute("--help")
        #expect(run.status == 0)
        #expect(run.error == "")
        #expect(run.output.hasPrefix("概述：jixiao（绩效）"))
        #expect(run.output.contains("用法：jixiao <子命令> [选项]"))
        #expect(run.output.contains("\n  parse                   读取数据文件，以 JSON 显示 jixiao 读到的内容。\n"))
    }

    @Test func helpOfACommandIsTheSameEveryWayItIsAsked() {
        let forms = [execute("help", "parse"), execute("parse", "--help"), execute("parse", "-h")]
        #expect(forms.allSatisfy { $0.status == 0 && $0.output == forms[0].output })
        #expect(forms[0].output.contains("用法：jixiao parse [--json] <数据文件>"))
        #expect(forms[0].output.contains("参数：\n  <数据文件>"))
        #expect(forms[0].output.contains("  -h, --help              显示这段帮助\n"))
    }

    @Test func unknownCommandSuggestsTheNearestAndExitsWithUsageStatus() {
        let run = execute("pase", "x.yaml")
        #expect(run.status == 64)
        #expect(run.output == "")
        #expect(run.error == "错误：未知的子命令「pase」。是否想写「parse」？\n用法：jixiao <子命令> [选项]\n  运行 'jixiao --help' 查看说明。\n")
    }

    @Test func usageErrorsNameTheProblemAndTheCommand() {
        let cases: [([String], String)] = [
            (["parse"], "错误：缺少参数 <数据文件>。"),
            (["parse", "a.yaml", "b.yaml"], "错误：多了一个参数「b.yaml」。"),
            (["parse", "--jsn", "a.yaml"], "错误：未知的选项「--jsn」。是否想写「--json」？"),
            (["parse", "--json=yes", "a.yaml"], "错误：选项 --json 不带值。"),
            ([], "错误：缺少子命令。"),
        ]
        for (arguments, firstLine) in cases {
            let (code, output) = CommandLineTool.run(arguments)
            #expect(code.rawValue == 64, "\(arguments)")
            #expect(output.standardError.split(separator: "\n").first.map(String.init) == firstLine, "\(arguments)")
        }
        #expect(execute("parse").error.contains("用法：jixiao parse [--json] <数据文件>\n  运行 'jixiao parse --help' 查看说明。\n"))
    }

    @Test func versionPrintsAndSucceeds() {
        #expect(execute("--version") == (0, "jixiao \(CommandLineTool.version)\n", ""))
    }

    @Test func parsePrintsTheFileAsJSONInFileOrder() {
        let path = temporaryFile(named: "单位.yaml", text: "评价年度: 2024\n金额: 8397200.18\n成员: [张三, 李四]\n")
        let run = execute("parse", "--json", path)
        #expect(run.status == 0)
        #expect(run.error == "")
        #expect(run.output == "{\n  \"评价年度\": 2024,\n  \"金额\": 8397200.18,\n  \"成员\": [\n    \"张三\",\n    \"李四\"\n  ]\n}\n")
    }

    @Test func parseOfAWrongFilePrintsTheLocatedErrorAndExitsOne() {
        let path = temporaryFile(named: "单位.yaml", text: "评价年度: 2024\n评价单位：遂溪县\n")
        let run = execute("parse", "--json", path)
        #expect(run.status == 1)
        #expect(run.output == "")
        #expect(run.error == """
            \(path):2:5: 错误：这里用了全角冒号「：」，YAML 的键和值之间要用半角冒号「:」
                评价单位：遂溪县
                        ^
            提示：写成「键: 值」：半角冒号，后面一个半角空格，例如「评价年度: 2024」

            """)
    }

    @Test func parseOfAMissingFileSaysSo() {
        let run = execute("parse", "/no/such/file.yaml")
        #expect(run.status == 1)
        #expect(run.error.hasPrefix("/no/such/file.yaml: 错误：找不到这个文件\n"))
    }

    @Test func jsonFilesAreReadAsJSON() {
        let path = temporaryFile(named: "单位.json", text: "{\"a\": 1.50, \"b\": [true, null]}")
        let run = execute("parse", path)
        #expect(run.status == 0)
        #expect(run.output == "{\n  \"a\": 1.50,\n  \"b\": [\n    true,\n    null\n  ]\n}\n")
    }
}
