import Foundation
import JixiaoDiagnostics
import JixiaoTemplates
import Testing

/// Templates loaded from a folder: names stay inside the templates folder, and a symbolic-link
/// loop is called one, not "not found".
@Suite struct TemplateFileReaderTests {
    /// `<tmp>/Templates/广东/` and `<tmp>/Templates/共用/`, with `files` written relative to `Templates/`.
    func templatesFolder(_ files: [String: String], links: [String: String] = [:]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString).appendingPathComponent("Templates")
        for folder in ["广东", "共用"] {
            try FileManager.default.createDirectory(at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        for (name, text) in files { try text.write(to: root.appendingPathComponent(name), atomically: false, encoding: .utf8) }
        for (name, target) in links { try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent(name).path, withDestinationPath: target) }
        return root
    }

    func loadError(_ main: String, in root: URL) -> Diagnostic? {
        do {
            _ = try TemplateLibrary(contentsOf: root.appendingPathComponent(main).path)
            return nil
        } catch {
            return error
        }
    }

    @Test func aRegionTemplateReachesTheSharedFolder() throws {
        let root = try templatesFolder(["广东/报告.md": "{% include '../共用/页眉.md' %}", "共用/页眉.md": "页眉"])
        #expect(try TemplateLibrary(contentsOf: root.appendingPathComponent("广东/报告.md").path).render(TemplateMap()) == "页眉")
    }

    @Test(arguments: ["../../../../../../../../etc/passwd", "../../outside.md", "/etc/passwd"])
    func aNameLeavingTheTemplatesFolderIsRefused(_ name: String) throws {
        let root = try templatesFolder(["广东/报告.md": "第一行\n{% include '\(name)' %}"])
        try "外面".write(to: root.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("outside.md"), atomically: false, encoding: .utf8)
        let error = loadError("广东/报告.md", in: root)
        #expect(error?.message == "模板文件「\(name)」在模板文件夹之外，jixiao 不会读取它")
        #expect(error?.location.line == 2)
        #expect(error?.location.column == 12)
    }

    @Test func aLinkPointingOutOfTheFolderIsRefused() throws {
        let root = try templatesFolder(["广东/报告.md": "{% extends '链接.md' %}"], links: ["广东/链接.md": "/etc/hostname"])
        #expect(loadError("广东/报告.md", in: root)?.message == "模板文件「链接.md」在模板文件夹之外，jixiao 不会读取它")
    }

    @Test func aSymbolicLinkLoopIsNamedAsOne() throws {
        let root = try templatesFolder(["广东/报告.md": "{% include '甲.md' %}"], links: ["广东/甲.md": "乙.md", "广东/乙.md": "甲.md"])
        let error = loadError("广东/报告.md", in: root)
        #expect(error?.message == "模板文件「甲.md」是循环的符号链接（链接最终指回自己）")
        #expect(error?.hint == "删掉这个符号链接，或让它指向真正的模板文件")
        #expect(loadError("广东/甲.md", in: root)?.message == "模板文件「甲.md」是循环的符号链接（链接最终指回自己）")
    }
}
