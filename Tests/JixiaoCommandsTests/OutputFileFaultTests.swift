import Foundation
import Testing

/// The built `jixiao` binary rendering an enlarged data file is killed (SIGKILL) at random
/// moments, many times: after every kill each document in the folder is whole and exactly
/// what one run writes, and once a later run finishes no temporary file is left.
///
/// Half the kills come at a random moment of the whole run, half just after the first
/// temporary appears in the folder (the writing and renaming this test is about would
/// otherwise be hit rarely: they take a few milliseconds of a run). The random numbers come
/// from a fixed seed; which phase a kill lands in still depends on the machine, so the test
/// asserts only what must hold for every moment.
@Suite struct OutputFileFaultTests {
    let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `jixiao` beside the test bundle (`swift build` and `swift test` build both).
    var binary: String {
        URL(fileURLWithPath: Bundle.main.executablePath ?? CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent().appendingPathComponent("jixiao").path
    }

    @Test func killedRendersLeaveWholeDocumentsAndNoTemporaries() throws {
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            Issue.record("找不到 \(binary)：先运行 swift build")
            return
        }
        let work = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString).path
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        let variants = try ["甲", "乙"].map { word in try enlargedDataFile(in: work, word: word) }
        // What a finished run of each variant writes: the only contents a document may have.
        var expected: [[String: Data]] = []
        var fullRun: Duration = .zero
        for (index, variant) in variants.enumerated() {
            let folder = work + "/参照\(index)"
            let clock = ContinuousClock()
            let start = clock.now
            #expect(try run(variant, into: folder) == 0)
            fullRun = max(fullRun, clock.now - start)
            expected.append(try documents(in: folder))
        }
        #expect(expected[0].count == 10 && expected[0] != expected[1])

        let folder = work + "/输出"
        var random = SplitMix64(seed: 12)
        var killedWhileWriting = 0
        // Sets with documents of both runs: possible only when a kill falls between two
        // renames (README "生成的文件"); counted, not asserted.
        var mixedSets = 0
        var wasMixed = false
        for round in 0..<16 {
            let variant = round % 2
            let earlier = try temporaries(in: folder)
            let process = try start(variants[variant], into: folder)
            if round % 2 == 0 {
                let seconds = Double(fullRun.components.seconds) + Double(fullRun.components.attoseconds) / 1e18
                Thread.sleep(forTimeInterval: Double(random.next() % 1000) / 1000 * seconds)
            } else {
                waitForTemporary(in: folder, besides: earlier, while: process)
                Thread.sleep(forTimeInterval: Double(random.next() % 3000) / 1_000_000)
            }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            if !(try temporaries(in: folder)).isEmpty { killedWhileWriting += 1 }
            var runs = Set<Int>()
            for (name, contents) in try documents(in: folder) {
                #expect(contents == expected[0][name] || contents == expected[1][name], "round \(round): \(name) is not what any one run writes")
                if expected[0][name] != expected[1][name] { runs.insert(contents == expected[0][name] ? 0 : 1) }
            }
            if runs.count > 1, !wasMixed { mixedSets += 1 }
            wasMixed = runs.count > 1
            if round % 4 == 3 {
                #expect(try run(variants[variant], into: folder) == 0)
                #expect(try temporaries(in: folder) == [], "round \(round): temporaries left after a finished run")
                #expect(try documents(in: folder) == expected[variant], "round \(round): the finished run's set is not whole")
                wasMixed = false
            }
        }
        #expect(try run(variants[0], into: folder) == 0)
        #expect(try temporaries(in: folder) == [])
        #expect(try documents(in: folder) == expected[0])
        print("OutputFileFaultTests: 16 kills, \(killedWhileWriting) while temporaries existed, \(mixedSets) kills that left a set mixing two runs")
    }

    /// A write that fails part-way (here the file-size limit, as a full disk would) leaves the
    /// last set whole and no temporary: the staged files are removed on the failure path.
    @Test func aWriteFailingPartWayLeavesTheLastSetAndNoTemporary() throws {
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            Issue.record("找不到 \(binary)：先运行 swift build")
            return
        }
        let work = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString).path
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        let data = try enlargedDataFile(in: work, word: "甲")
        let folder = work + "/输出"
        #expect(try run(data, into: folder) == 0)
        let before = try documents(in: folder)
        let limited = Process()
        limited.executableURL = URL(fileURLWithPath: "/bin/sh")
        // SIGXFSZ ignored, so write(2) fails with EFBIG past 32 blocks instead of killing jixiao.
        limited.arguments = ["-c", "trap '' XFSZ; ulimit -f 32; exec \"$0\" \"$@\"", binary, "render",
                             try enlargedDataFile(in: work, word: "乙"), "-o", folder, "--templates", package.appendingPathComponent("Templates").path,
                             "--force"]
        let errors = Pipe()
        limited.standardError = errors
        limited.standardOutput = FileHandle.nullDevice
        try limited.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        limited.waitUntilExit()
        #expect(limited.terminationStatus == 1)
        #expect(message.contains("错误：无法写入这个文件：File too large"), "\(message)")
        #expect(try temporaries(in: folder) == [])
        #expect(try documents(in: folder) == before)
    }

    /// The example data file with 100 more paragraphs, each naming `word`.
    func enlargedDataFile(in folder: String, word: String) throws -> String {
        let example = try String(contentsOf: package.appendingPathComponent("Inputs/2024年度遂溪县人民政府办公室本级.yaml"), encoding: .utf8)
        let paragraphs = (0..<100).map { "  - 第\($0)条（\(word)）：构建科学指标体系，结合职能与民生需求设置量化指标，分层分类考评；规范全流程管理，涵盖目标设定、过程监控到结果反馈。\n" }
        let enlarged = example.replacingOccurrences(of: "主要做法和经验:\n", with: "主要做法和经验:\n" + paragraphs.joined())
        let path = folder + "/\(word).yaml"
        try enlarged.write(toFile: path, atomically: false, encoding: .utf8)
        return path
    }

    func start(_ data: String, into folder: String) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        // Two data files render into one folder in turn: --force lets each replace the other's documents.
        process.arguments = ["render", data, "-o", folder, "--templates", package.appendingPathComponent("Templates").path, "--force"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    func run(_ data: String, into folder: String) throws -> Int32 {
        let process = try start(data, into: folder)
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// Polls until a temporary not among `earlier` shows up in `folder`, or the process ends.
    func waitForTemporary(in folder: String, besides earlier: [String], while process: Process) {
        while process.isRunning {
            if let found = try? temporaries(in: folder), found.contains(where: { !earlier.contains($0) }) { return }
            usleep(200)
        }
    }

    func documents(in folder: String) throws -> [String: Data] {
        guard FileManager.default.fileExists(atPath: folder) else { return [:] }
        var result: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) where !name.hasPrefix(".") {
            result[name] = FileManager.default.contents(atPath: folder + "/" + name)
        }
        return result
    }

    func temporaries(in folder: String) throws -> [String] {
        guard FileManager.default.fileExists(atPath: folder) else { return [] }
        return try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".tmp") }
    }
}

/// A small seeded generator, so every run of the test draws the same delays.
struct SplitMix64 {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
