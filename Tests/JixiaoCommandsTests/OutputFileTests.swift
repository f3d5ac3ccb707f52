import Foundation
import Testing

@testable import JixiaoCommands

/// Writing files: creating never replaces, even when runs race; failures and kills leave no
/// temporaries behind once the next run is done.
@Suite struct OutputFileTests {
    func temporaryFolder() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString).path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    func leftovers(in folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".tmp") }.sorted()
    }

    /// Eight writers race for one new name in each of 20 rounds: exactly one wins each round,
    /// the others are told the file exists, and the file holds the winner's text whole.
    @Test func racingCreatorsHaveExactlyOneWinner() throws {
        let folder = try temporaryFolder()
        for round in 0..<20 {
            let path = folder + "/数据\(round).yaml"
            let results = Results()
            DispatchQueue.concurrentPerform(iterations: 8) { writer in
                do throws(CommandError) {
                    try OutputFile.write(String(repeating: "第 \(writer) 个\n", count: 2000), to: path, overwriting: false)
                    results.add(winner: writer)
                } catch {
                    if case .diagnostics(let found) = error, found.first?.message == "文件已经存在，jixiao 不会覆盖它" { results.add(refused: writer) }
                }
            }
            let (winners, refused) = results.snapshot
            #expect(winners.count == 1 && refused.count == 7, "round \(round): winners \(winners), refused \(refused)")
            if let winner = winners.first {
                #expect(try String(contentsOfFile: path, encoding: .utf8) == String(repeating: "第 \(winner) 个\n", count: 2000))
            }
        }
        #expect(try leftovers(in: folder) == [])
    }

    @Test func replacingKeepsNothingButTheNewFile() throws {
        let folder = try temporaryFolder()
        try OutputFile.write("旧", to: folder + "/报告.md", overwriting: false)
        try OutputFile.write("新", to: folder + "/报告.md", overwriting: true)
        #expect(try String(contentsOfFile: folder + "/报告.md", encoding: .utf8) == "新")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["报告.md"])
    }

    /// A set whose second file cannot be staged removes the first one's temporary and leaves
    /// the old first file as it was.
    @Test func aFailedSetRemovesTheTemporariesItMade() throws {
        let folder = try temporaryFolder()
        try OutputFile.write("旧", to: folder + "/甲.md", overwriting: false)
        #expect(throws: CommandError.self) {
            try OutputFile.write([("新", folder + "/甲.md"), ("新", folder + "/没有的文件夹/乙.md")], overwriting: true)
        }
        #expect(try String(contentsOfFile: folder + "/甲.md", encoding: .utf8) == "旧")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["甲.md"])
    }

    /// Temporaries of a process that is gone are removed by the next write to the folder; one of
    /// a live process (pid 1) and files that only look similar are kept.
    @Test func staleTemporariesOfDeadWritersAreRemovedOnTheNextRun() throws {
        let folder = try temporaryFolder()
        let dead = deadProcess()
        let names = [
            ".甲.md.jixiao-\(dead)-1a2b.tmp", ".乙.html.jixiao-\(dead)-ffffffff.tmp",
            ".甲.md.jixiao-1-1a2b.tmp", "笔记.tmp", ".甲.md.jixiao-x-1a2b.tmp",
        ]
        for name in names { _ = FileManager.default.createFile(atPath: folder + "/" + name, contents: Data("半个文件".utf8)) }
        try OutputFile.write("新", to: folder + "/甲.md", overwriting: true)
        #expect(try leftovers(in: folder) == [".甲.md.jixiao-1-1a2b.tmp", ".甲.md.jixiao-x-1a2b.tmp", "笔记.tmp"])
    }

    @Test func temporaryNamesStayWithinTheFileNameLimit() {
        let path = "/tmp/" + String(repeating: "单", count: 100) + ".md"
        let name = (OutputFile.temporaryPath(for: path) as NSString).lastPathComponent
        #expect(name.utf8.count <= 255)
        #expect(OutputFile.writerProcess(ofTemporary: name) == getpid())
    }

    /// The pid of a child that has exited and been reaped.
    func deadProcess() -> pid_t {
        let child = Process()
        child.executableURL = URL(fileURLWithPath: "/bin/true")
        try? child.run()
        child.waitUntilExit()
        return child.processIdentifier
    }
}

/// Collects the outcome of concurrent writers.
final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private var winners: [Int] = []
    private var refused: [Int] = []

    func add(winner: Int) { lock.withLock { winners.append(winner) } }
    func add(refused writer: Int) { lock.withLock { refused.append(writer) } }
    var snapshot: ([Int], [Int]) { lock.withLock { (winners, refused) } }
}
