import Foundation
import JixiaoReader

/// Shows that reading is linear in the file size whether the file is one long line or many
/// short ones: one-line JSON objects, one-line YAML flow lists and many-line YAML mappings from
/// 10 KB to 10 MB, with the time per MB for each (it should stay flat as the size grows).
enum ReaderScalingBenchmark {
    static let sizes = [10_000, 100_000, 1_000_000, 10_000_000]

    static func run(arguments: [String]) {
        let sizes = arguments.isEmpty ? sizes : arguments.compactMap { Int($0) }
        let shapes: [(name: String, syntax: DataFileSyntax, make: (Int) -> [UInt8])] = [
            ("一行 JSON 对象", .json, oneLineJSONObject),
            ("一行 YAML 流式列表", .yaml, oneLineFlowList),
            ("多行 YAML 键值表", .yaml, manyLineMapping),
            ("多行 JSON 对象", .json, manyLineJSONObject),
        ]
        print("形状\t字节\t用时（毫秒）\t每 MB 毫秒")
        for shape in shapes {
            for size in sizes {
                let bytes = shape.make(size)
                let clock = ContinuousClock()
                var failed = false
                let elapsed = clock.measure {
                    do { _ = try DataFileReader.read(bytes: bytes, file: "bench", syntax: shape.syntax) } catch { failed = true }
                }
                let microseconds = elapsed.components.seconds * 1_000_000 + elapsed.components.attoseconds / 1_000_000_000_000
                let perMegabyte = microseconds * 1_000_000 / Int64(max(bytes.count, 1))
                print("\(shape.name)\t\(bytes.count)\t\(thousandths(microseconds))\t\(thousandths(perMegabyte))\(failed ? "\t读取失败" : "")")
            }
        }
    }

    /// `{"键0": 0, "键1": 1, …}` on one line.
    static func oneLineJSONObject(_ size: Int) -> [UInt8] {
        var text = "{"
        var index = 0
        while text.utf8.count < size {
            text += (index == 0 ? "" : ", ") + "\"键\(index)\": \(index)"
            index += 1
        }
        return Array((text + "}\n").utf8)
    }

    /// `项目: [甲0, 甲1, …]` on one line.
    static func oneLineFlowList(_ size: Int) -> [UInt8] {
        var text = "项目: ["
        var index = 0
        while text.utf8.count < size {
            text += (index == 0 ? "" : ", ") + "甲\(index)"
            index += 1
        }
        return Array((text + "]\n").utf8)
    }

    /// `键0: 值0` one per line.
    static func manyLineMapping(_ size: Int) -> [UInt8] {
        var text = ""
        var index = 0
        while text.utf8.count < size {
            text += "键\(index): 值\(index)\n"
            index += 1
        }
        return Array(text.utf8)
    }

    /// `{"键0": 0,\n "键1": 1, …}` one key per line.
    static func manyLineJSONObject(_ size: Int) -> [UInt8] {
        var text = "{"
        var index = 0
        while text.utf8.count < size {
            text += (index == 0 ? "" : ",\n") + "\"键\(index)\": \(index)"
            index += 1
        }
        return Array((text + "}\n").utf8)
    }

    /// `12345` → `12.345`.
    private static func thousandths(_ value: Int64) -> String {
        let fraction = String(value % 1000)
        return "\(value / 1000).\(String(repeating: "0", count: 3 - fraction.count))\(fraction)"
    }
}
