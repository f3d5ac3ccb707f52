import Foundation
import JixiaoDiagnostics
import JixiaoDocuments
import JixiaoModel
import JixiaoReader

/// The data files a command was given: files as named, and for each folder every `.yaml`,
/// `.yml` and `.json` file inside it (not in sub-folders, and not jixiao's own output
/// folders), sorted by name so that runs are repeatable.
enum DataFiles {
    static let extensions: Set = ["yaml", "yml", "json"]

    /// The files, or the finding that a folder holds none.
    static func expand(_ arguments: [String]) -> (files: [String], findings: [Diagnostic]) {
        var files: [String] = []
        var findings: [Diagnostic] = []
        let manager = FileManager.default
        for argument in arguments {
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: argument, isDirectory: &isFolder), isFolder.boolValue else {
                files.append(argument)
                continue
            }
            let inside = ((try? manager.contentsOfDirectory(atPath: argument)) ?? []).sorted().filter {
                extensions.contains(($0 as NSString).pathExtension.lowercased()) && !$0.hasPrefix(".")
            }
            if inside.isEmpty {
                findings.append(Diagnostic(at: .wholeFile(argument), message: "这个文件夹里没有数据文件（.yaml、.yml、.json）",
                                           hint: "指定数据文件，或数据文件所在的文件夹"))
            }
            files += inside.map { (argument as NSString).appendingPathComponent($0) }
        }
        return (files, findings)
    }
}

extension DataFiles {
    /// Each file read and checked, on every core, in the order given: the report, or why the
    /// file could not be read at all.
    static func check(_ files: [String], library: ReportLibrary) -> [Result<UnitReport, Diagnostic>] {
        Parallel.map(files) { path in
            do throws(Diagnostic) {
                return .success(UnitReport.check(try DataFileReader.read(contentsOf: path), library: library))
            } catch {
                return .failure(error)
            }
        }
    }
}
