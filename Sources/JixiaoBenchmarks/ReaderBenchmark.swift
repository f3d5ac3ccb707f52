import Foundation
import JixiaoReader

/// Measures how fast a report-sized data file is read, as YAML and as JSON, next to
/// Foundation's `JSONSerialization` on the same JSON for scale.
enum ReaderBenchmark {
    static let defaultFile = "Inputs/2024年度遂溪县人民政府办公室本级.yaml"

    static func run(arguments: [String]) {
        let path = arguments.first ?? defaultFile
        let iterations = arguments.dropFirst().first.flatMap { Int($0) } ?? 2000
        guard let data = FileManager.default.contents(atPath: path) else {
            print("找不到文件：\(path)")
            exit(1)
        }
        let yaml = Array(data)
        let json: [UInt8]
        do {
            json = Array(try DataFileReader.read(bytes: yaml, file: path, syntax: .yaml).root.jsonText.utf8)
        } catch {
            print("读取失败：\(error.message)")
            exit(1)
        }
        print("文件：\(path)（YAML \(yaml.count) 字节，JSON \(json.count) 字节），每项 \(iterations) 次")
        report("jixiao YAML", bytes: yaml.count, iterations: iterations) {
            _ = try? DataFileReader.read(bytes: yaml, file: path, syntax: .yaml)
        }
        report("jixiao JSON", bytes: json.count, iterations: iterations) {
            _ = try? DataFileReader.read(bytes: json, file: path, syntax: .json)
        }
        let jsonData = Data(json)
        report("Foundation JSONSerialization", bytes: json.count, iterations: iterations) {
            _ = try? JSONSerialization.jsonObject(with: jsonData)
        }
    }

    private static func report(_ name: String, bytes: Int, iterations: Int, _ body: () -> Void) {
        for _ in 0..<max(iterations / 10, 1) { body() }
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            for _ in 0..<iterations { body() }
        }
        let nanoseconds = elapsed.components.seconds * 1_000_000_000 + elapsed.components.attoseconds / 1_000_000_000
        let tenthsOfMicrosecondPerRead = nanoseconds / 100 / Int64(iterations)
        let tenthsOfMegabytePerSecond = Int64(bytes) * Int64(iterations) * 10_000 / max(nanoseconds, 1)
        print("\(name)：每次 \(tenths(tenthsOfMicrosecondPerRead)) 微秒，\(tenths(tenthsOfMegabytePerSecond)) MB/s")
    }

    /// `1234` → `123.4`, without going through floating point.
    private static func tenths(_ value: Int64) -> String {
        "\(value / 10).\(value % 10)"
    }
}
