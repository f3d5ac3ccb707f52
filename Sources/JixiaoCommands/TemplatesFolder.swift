import Foundation

/// Where the templates and indicator frameworks are: `--templates`, else `JIXIAO_TEMPLATES`,
/// else `Templates/` in the current folder, else the installed copy beside the binary
/// (`PREFIX/bin/jixiao` → `PREFIX/share/jixiao/Templates`), else the `Templates/` of the
/// package the binary was built in (`.build/release/jixiao` → `Templates/`), else the set built
/// into the executable (`BuiltInTemplates`), so a binary copied alone still works.
enum TemplatesFolder {
    static func locate(_ explicit: String?) -> String {
        if let explicit { return explicit }
        if let configured = ProcessInfo.processInfo.environment["JIXIAO_TEMPLATES"] { return configured }
        let manager = FileManager.default
        if manager.fileExists(atPath: "Templates") { return "Templates" }
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        let installed = executable.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("share/jixiao/Templates")
        if manager.fileExists(atPath: installed.path) { return installed.path }
        var folder = executable.deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("Templates")
            if manager.fileExists(atPath: candidate.path) { return candidate.path }
            folder = folder.deletingLastPathComponent()
        }
        return BuiltInTemplates.extractedFolder() ?? "Templates"
    }
}
