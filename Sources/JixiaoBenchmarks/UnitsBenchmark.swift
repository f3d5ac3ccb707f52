import Foundation
import JixiaoDocuments
import JixiaoModel
import JixiaoReader

/// `units DIR COUNT [JOBS]`: the real pipeline (read, check, render every document in every
/// format) on COUNT units taken in turn from the data files in DIR, in one process on JOBS
/// threads (default: every core), with each format's templates compiled once. Prints
/// `us_per_unit=…` (wall time divided by COUNT).
enum UnitsBenchmark {
    static func run(_ arguments: [String]) {
        guard arguments.count >= 2, let count = Int(arguments[1]), count > 0 else { EngineBenchmark.usage("units DIR COUNT [JOBS]") }
        let folder = arguments[0]
        let jobs = arguments.count > 2 ? Int(arguments[2]) ?? 1 : ProcessInfo.processInfo.activeProcessorCount
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".yaml") }.sorted()
            .map { (folder as NSString).appendingPathComponent($0) }
        guard !files.isEmpty else { EngineBenchmark.fail("\(folder) 里没有 .yaml 数据文件") }
        let templates = "Templates"
        let library = ReportLibrary(templatesFolder: templates)
        var compiled: [String: DocumentTemplates] = [:]
        for name in library.formats.names {
            compiled[name] = try? DocumentTemplates(folder: templates, region: name, formats: DocumentFormat.allCases)
        }
        let shared = compiled
        let microseconds = EngineBenchmark.timed(1) {
            DispatchQueue.concurrentPerform(iterations: jobs) { job in
                for index in stride(from: job, to: count, by: jobs) {
                    let path = files[index % files.count]
                    guard let document = try? DataFileReader.read(contentsOf: path) else { continue }
                    let report = UnitReport.check(document, library: library)
                    guard let templates = shared[report.format?.name ?? ""] else { continue }
                    _ = try? DocumentSet.render(report, templates: templates, formats: DocumentFormat.allCases)
                }
            }
        }
        let total = Decimal(string: microseconds) ?? 0
        print("us_per_unit=\(total / Decimal(count))")
    }
}
