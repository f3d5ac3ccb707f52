import Foundation
import JixiaoDiagnostics
import JixiaoReader

/// What a templates folder offers a data file: its report formats (`广东/`, `湖南/` …, each with
/// a `格式.yaml`) and its indicator frameworks (`指标体系/*.yaml`).
public struct ReportLibrary: Sendable {
    public let folder: String
    public let formats: FormatLibrary
    public let frameworks: FrameworkLibrary

    /// The formats and frameworks of the templates folder `folder`.
    public init(templatesFolder folder: String) {
        self.folder = folder
        formats = FormatLibrary(templatesFolder: folder)
        frameworks = FrameworkLibrary(folder: (folder as NSString).appendingPathComponent("指标体系"))
    }

    /// The format a data file names (报告格式), when this folder has it: known from the file
    /// as read, before it is checked, so that a run can compile the format's templates meanwhile.
    public func formatName(namedIn document: DataDocument) -> String? {
        guard let name = FieldReader(root: document.root)["报告格式"].text?.value, formats.names.contains(name) else { return nil }
        return name
    }

    /// Why nothing can be looked up when the folder holds no format at all: said of the folder,
    /// not of a line of the data file.
    var missingFolderFinding: Diagnostic? {
        guard formats.names.isEmpty else { return nil }
        return Diagnostic(at: .wholeFile(folder), message: "在模板文件夹「\(folder)」里找不到任何报告格式（含「\(ReportFormat.settingsFileName)」的子文件夹）",
                          hint: "用 --templates 指定 jixiao 的 Templates 文件夹，或设置环境变量 JIXIAO_TEMPLATES")
    }
}
