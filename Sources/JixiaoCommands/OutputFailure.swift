import JixiaoDiagnostics

/// Why a file could not be written; all of `OutputFile`'s wording.
enum OutputFailure {
    case exists(String)
    case folderInTheWay(String)
    case cannotWrite(String, reason: String)
    case cannotCreateFolder(String)

    var error: CommandError {
        switch self {
        case .exists(let path):
            .diagnostics([Diagnostic(at: Location(file: path, line: 0, column: 0), message: "文件已经存在，jixiao 不会覆盖它", hint: "换一个文件名，或加上 --force 覆盖")])
        case .folderInTheWay(let path):
            .diagnostics([Diagnostic(at: Location(file: path, line: 0, column: 0), message: "无法写入这个文件：同名的文件夹已经存在", hint: "检查文件夹是否存在、是否有写入权限、磁盘是否已满")])
        case .cannotWrite(let path, let reason):
            .diagnostics([Diagnostic(at: Location(file: path, line: 0, column: 0), message: "无法写入这个文件：\(reason)", hint: "检查文件夹是否存在、是否有写入权限、磁盘是否已满")])
        case .cannotCreateFolder(let path):
            .diagnostics([Diagnostic(at: .wholeFile(path), message: "无法创建输出文件夹", hint: "检查路径和写入权限")])
        }
    }
}
