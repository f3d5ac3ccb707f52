import Foundation
import Testing

@testable import JixiaoCommands

@Suite struct FileWatcherTests {
    @Test func noticesASavedDataFileOrTemplateAndNothingElse() throws {
        let data = temporaryFile(named: "单位.yaml", text: "评价年度: 2024\n")
        let templates = URL(fileURLWithPath: temporaryFile(named: "自评报告.md", text: "{{ 评价年度 }}\n")).deletingLastPathComponent().path
        var watcher = FileWatcher(files: [data], folders: [templates])
        var seen: [Bool] = [watcher.hasChanged()]
        try "评价年度: 2025\n".write(toFile: data, atomically: true, encoding: .utf8)
        seen.append(watcher.hasChanged())
        seen.append(watcher.hasChanged())
        try "{{ 评价单位 }}\n".write(toFile: templates + "/自评报告.md", atomically: true, encoding: .utf8)
        seen.append(watcher.hasChanged())
        #expect(seen == [false, true, false, true])
    }
}
