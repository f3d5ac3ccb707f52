import Foundation
import JixiaoReader
import JixiaoTemplates

/// The modes another harness can run beside Jinja2, Stencil or swift-mustache, each printing
/// one `name=number` line so the same script times every engine:
/// - `render TEMPLATE DATA N OUT`: load the template once, render N times, write one render to OUT,
///   print `us_per_render=…`;
/// - `batch TEMPLATE DATA COUNT OUTDIR`: COUNT reports in one process, each for a different unit
///   name (`单位` in the data), one file each, print `us_per_report=…`;
/// - `parse FILE N`: read a data file N times, print `us_per_parse=…`.
///
/// The data file's top-level keys are the template's names, as `jixiao template` gives them.
enum EngineBenchmark {
    static func render(_ arguments: [String]) {
        guard arguments.count == 4, let count = Int(arguments[2]), count > 0 else { usage("render TEMPLATE DATA N OUT") }
        let (library, data) = load(template: arguments[0], data: arguments[1])
        var last = ""
        let microseconds = timed(count) { last = renderOrExit(library, data) }
        write(last, to: arguments[3])
        print("us_per_render=\(microseconds)")
    }

    static func batch(_ arguments: [String]) {
        guard arguments.count == 4, let count = Int(arguments[2]), count > 0 else { usage("batch TEMPLATE DATA COUNT OUTDIR") }
        let (library, data) = load(template: arguments[0], data: arguments[1])
        let folder = arguments[3]
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var index = 0
        let microseconds = timed(count) {
            var unit = data
            unit["单位"] = .string("测试单位\(index)")
            write(renderOrExit(library, unit), to: (folder as NSString).appendingPathComponent("\(index).out"))
            index += 1
        }
        print("us_per_report=\(microseconds)")
    }

    static func parse(_ arguments: [String]) {
        guard arguments.count == 2, let count = Int(arguments[1]), count > 0, let bytes = FileManager.default.contents(atPath: arguments[0])
        else { usage("parse FILE N") }
        let input = [UInt8](bytes)
        let syntax = DataFileSyntax(fileName: arguments[0])
        let microseconds = timed(count) {
            guard (try? DataFileReader.read(bytes: input, file: arguments[0], syntax: syntax)) != nil else { fail("读取失败：\(arguments[0])") }
        }
        print("us_per_parse=\(microseconds)")
    }

    /// Microseconds per run of `body` over `count` runs (after a tenth as many to warm up), as
    /// a decimal with one digit after the point.
    static func timed(_ count: Int, _ body: () -> Void) -> String {
        for _ in 0..<max(count / 10, 1) { body() }
        let elapsed = ContinuousClock().measure { for _ in 0..<count { body() } }
        let nanoseconds = elapsed.components.seconds * 1_000_000_000 + elapsed.components.attoseconds / 1_000_000_000
        let tenths = nanoseconds / 100 / Int64(count)
        return "\(tenths / 10).\(tenths % 10)"
    }

    private static func load(template: String, data: String) -> (TemplateLibrary, TemplateMap) {
        do {
            let library = try TemplateLibrary(contentsOf: template)
            let document = try DataFileReader.read(contentsOf: data)
            guard case .map(let names) = value(of: document.root) else { fail("数据文件的最外层应当是键值表") }
            return (library, names)
        } catch {
            fail("\(error.location): \(error.message)")
        }
    }

    /// The same mapping `jixiao template` uses: integers as integers, decimals exactly.
    private static func value(of node: DataNode) -> TemplateValue {
        switch node.value {
        case .null: .none
        case .bool(let flag): .bool(flag)
        case .number(let number): number.isInteger ? Int(number.text).map { .integer($0) } ?? .decimal(TemplateDecimal(number.decimal, scale: 0))
            : .decimal(TemplateDecimal(number.text) ?? TemplateDecimal(number.decimal, scale: number.scale))
        case .string(let text): .string(text)
        case .list(let items): .list(items.map(value(of:)))
        case .map(let map): .map(TemplateMap(map.map { ($0.key, value(of: $0.value)) }))
        }
    }

    private static func renderOrExit(_ library: TemplateLibrary, _ data: TemplateMap) -> String {
        do {
            return try library.render(data)
        } catch {
            fail("\(error.location): \(error.message)")
        }
    }

    /// Writes as Jinja2's side does (open, write, close), without the fsync that
    /// `FileManager.createFile` makes: that fsync took longer than rendering the report.
    private static func write(_ text: String, to path: String) {
        var text = text
        let written = text.withUTF8 { bytes in
            let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            guard descriptor >= 0 else { return false }
            defer { close(descriptor) }
            var offset = 0
            while offset < bytes.count {
                let count = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                guard count > 0 else { return false }
                offset += count
            }
            return true
        }
        guard written else { fail("无法写入：\(path)") }
    }

    static func usage(_ form: String) -> Never {
        fail("用法：JixiaoBenchmarks \(form)")
    }

    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data((message + "\n").utf8))
        exit(64)
    }
}
