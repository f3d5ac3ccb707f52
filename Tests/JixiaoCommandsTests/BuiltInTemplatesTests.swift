import Foundation
@testable import JixiaoCommands
import JixiaoTestSupport
import Testing

/// The templates compiled into the executable are `Templates/`, byte for byte; `templates
/// export` writes them out and never over a file; and the binary copied alone renders.
@Suite struct BuiltInTemplatesTests {
    static var onDisk: [(path: String, bytes: [UInt8])] {
        let root = URL(fileURLWithPath: templatesFolder)
        let paths = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String } ?? []
        return paths.filter { !$0.split(separator: "/").contains { $0.hasPrefix(".") } }.compactMap { path in
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path, isDirectory: &isFolder), !isFolder.boolValue,
                let data = FileManager.default.contents(atPath: root.appendingPathComponent(path).path)
            else { return nil }
            return (path, [UInt8](data))
        }.sorted { Array($0.path.utf8).lexicographicallyPrecedes(Array($1.path.utf8)) }
    }

    @Test func theBuiltInSetIsTheTemplatesFolder() throws {
        let disk = Self.onDisk
        if ProcessInfo.processInfo.environment["JIXIAO_RECORD"] == "1" {
            var lines = ["// 由 Tests/JixiaoCommandsTests/BuiltInTemplatesTests.swift 根据 Templates/ 生成，不要手改：",
                         "// 改了 Templates/ 之后运行 JIXIAO_RECORD=1 swift test --filter BuiltInTemplatesTests。", "",
                         "extension BuiltInTemplates {", "    /// Every file of `Templates/`: its path and its bytes in base64.",
                         "    static let encodedFiles: [(path: String, base64: String)] = ["]
            lines += disk.map { "        (\"\($0.path)\", \"\(Data($0.bytes).base64EncodedString())\")," }
            lines += ["    ]", "}", ""]
            try lines.joined(separator: "\n").write(to: packageRoot.appendingPathComponent("Sources/JixiaoCommands/BuiltInTemplates+Files.swift"),
                                                    atomically: true, encoding: .utf8)
            Issue.record("rewrote BuiltInTemplates+Files.swift; build and run the tests again")
            return
        }
        let builtIn = BuiltInTemplates.files
        #expect(builtIn.map(\.path) == disk.map(\.path), "run JIXIAO_RECORD=1 swift test --filter BuiltInTemplatesTests")
        for (built, file) in zip(builtIn, disk) {
            #expect(built.bytes == file.bytes, "\(file.path) differs from the built-in copy: run JIXIAO_RECORD=1 swift test --filter BuiltInTemplatesTests")
        }
    }

    @Test func exportWritesTheSetAndNeverOverwrites() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString).path
        let run = execute("templates", "export", folder)
        #expect(run.status == 0, "\(run.error)")
        for file in Self.onDisk {
            #expect(FileManager.default.contents(atPath: folder + "/" + file.path).map { [UInt8]($0) } == file.bytes, "\(file.path)")
        }
        // What was exported renders the examples as the package's own folder does.
        let data = packageRoot.appendingPathComponent("Inputs/2024年度遂溪县人民政府办公室本级.yaml").path
        let exported = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString).path
        let original = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString).path
        #expect(execute("render", data, "-o", exported, "--templates", folder, "--format", "md").status == 0)
        #expect(execute("render", data, "-o", original, "--templates", templatesFolder, "--format", "md").status == 0)
        let name = "2024年度遂溪县人民政府办公室本级-自评报告.md"
        #expect(FileManager.default.contents(atPath: exported + "/" + name) == FileManager.default.contents(atPath: original + "/" + name))
        // A second export into the same folder writes nothing.
        try "改过的".write(toFile: folder + "/广东/格式.yaml", atomically: true, encoding: .utf8)
        let again = execute("templates", "export", folder)
        #expect(again.status == 1)
        #expect(again.error.contains("文件已经存在，jixiao 不会覆盖它"))
        #expect(try String(contentsOfFile: folder + "/广东/格式.yaml", encoding: .utf8) == "改过的")
    }

    @Test func theBuiltInSetIsExtractedOnceIntoTheCache() throws {
        let cache = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString).path
        let folder = try #require(BuiltInTemplates.extractedFolder(cache: cache))
        #expect(folder.hasPrefix(cache + "/jixiao/Templates-"))
        #expect(FileManager.default.fileExists(atPath: folder + "/湖南/格式.yaml"))
        #expect(BuiltInTemplates.extractedFolder(cache: cache) == folder)
        #expect(try FileManager.default.contentsOfDirectory(atPath: cache + "/jixiao") == [(folder as NSString).lastPathComponent])
    }
}
