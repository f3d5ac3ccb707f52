import Foundation
import Testing

@Suite struct TemplateCommandTests {
    let data = temporaryFile(named: "数据.yaml", text: "评价单位: \"<遂溪|县>\"\n金额: 1007.30\n")

    @Test func rendersToStandardOutputInTheTemplatesFormat() {
        let template = temporaryFile(named: "报告.md", text: "# {{ 评价单位 }}\n{{ 金额 + 1 }}\n")
        let run = execute("template", template, "--data", data)
        #expect(run.status == 0)
        #expect(run.error == "")
        #expect(run.output == "# \\<遂溪\\|县\\>\n1008.30\n")
    }

    @Test func formatOptionOverridesTheFileName() {
        let template = temporaryFile(named: "报告.md", text: "{{ 评价单位 }}")
        #expect(execute("template", template, "--data", data, "--format", "html").output == "&lt;遂溪|县&gt;")
        #expect(execute("template", template, "--data", data, "--format=text").output == "<遂溪|县>")
        #expect(execute("template", template, "--data", data, "--format", "pdf").status == 64)
    }

    @Test func errorGoesToStandardErrorWithNothingOnStandardOutput() {
        let template = temporaryFile(named: "报告.md", text: "正文\n{{ 评价单位 }}{{ 评价年度 }}\n")
        let run = execute("template", template, "--data", data)
        #expect(run.status == 1)
        #expect(run.output == "")
        #expect(run.error.hasPrefix("\(template):2:14: 错误：「评价年度」没有定义\n"))
    }

    @Test func dataErrorsAreReportedFirst() {
        let template = temporaryFile(named: "报告.md", text: "{{ x }}")
        let bad = temporaryFile(named: "错.yaml", text: "评价单位：X\n金额: 1\n")
        let run = execute("template", template, "--data", bad)
        #expect(run.status == 1)
        #expect(run.error.hasPrefix("\(bad):1:5: 错误：这里用了全角冒号"))
    }

    @Test func dataOptionIsRequired() {
        let run = execute("template", "报告.md")
        #expect(run.status == 64)
        #expect(run.error.hasPrefix("错误：选项 --data 后面要写 <数据文件>。\n"))
    }

    @Test func outputFileIsWrittenButNeverOverwrittenWithoutForce() throws {
        let template = temporaryFile(named: "报告.txt", text: "{{ 金额 }}\n")
        let output = URL(fileURLWithPath: template).deletingLastPathComponent().appendingPathComponent("输出.txt").path
        #expect(execute("template", template, "--data", data, "-o", output).status == 0)
        #expect(try String(contentsOfFile: output, encoding: .utf8) == "1007.30\n")
        try "用户自己的文件".write(toFile: output, atomically: true, encoding: .utf8)
        let refused = execute("template", template, "--data", data, "-o", output)
        #expect(refused.status == 1)
        #expect(refused.error.hasPrefix("\(output): 错误：文件已经存在，jixiao 不会覆盖它\n"))
        #expect(try String(contentsOfFile: output, encoding: .utf8) == "用户自己的文件")
        #expect(execute("template", template, "--data", data, "-o", output, "--force").status == 0)
        #expect(try String(contentsOfFile: output, encoding: .utf8) == "1007.30\n")
        let folder = URL(fileURLWithPath: output).deletingLastPathComponent().path
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["报告.txt", "输出.txt"])
    }

    @Test func failedRenderLeavesNoOutputFile() {
        let template = temporaryFile(named: "报告.txt", text: "{{ 没有 }}")
        let output = URL(fileURLWithPath: template).deletingLastPathComponent().appendingPathComponent("输出.txt").path
        #expect(execute("template", template, "--data", data, "-o", output).status == 1)
        #expect(!FileManager.default.fileExists(atPath: output))
    }
}
