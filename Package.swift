// swift-tools-version:6.0
// jixiao（绩效）：部门整体支出绩效自评报告生成工具。Foundation only, by the owner's rule.
import PackageDescription

let package = Package(
    name: "jixiao",
    products: [
        .executable(name: "jixiao", targets: ["jixiao"]),
    ],
    targets: [
        .target(name: "JixiaoDiagnostics"),
        .target(name: "JixiaoArchive"),
        .target(name: "JixiaoReader", dependencies: ["JixiaoDiagnostics"]),
        .target(name: "JixiaoTemplates", dependencies: ["JixiaoDiagnostics"]),
        .target(name: "JixiaoModel", dependencies: ["JixiaoDiagnostics", "JixiaoReader"]),
        .target(name: "JixiaoImport", dependencies: ["JixiaoDiagnostics", "JixiaoReader", "JixiaoArchive", "JixiaoModel"]),
        .target(name: "JixiaoDocuments", dependencies: ["JixiaoDiagnostics", "JixiaoReader", "JixiaoTemplates", "JixiaoModel", "JixiaoArchive"]),
        .target(name: "JixiaoCommands", dependencies: ["JixiaoDiagnostics", "JixiaoReader", "JixiaoTemplates", "JixiaoModel", "JixiaoDocuments", "JixiaoImport"]),
        .executableTarget(name: "jixiao", dependencies: ["JixiaoCommands"]),
        .executableTarget(name: "JixiaoBenchmarks", dependencies: ["JixiaoReader", "JixiaoTemplates", "JixiaoModel", "JixiaoDocuments"]),
        .target(name: "JixiaoTestSupport", path: "Tests/JixiaoTestSupport"),
        .testTarget(name: "JixiaoArchiveTests", dependencies: ["JixiaoArchive"], exclude: ["Fixtures"]),
        .testTarget(name: "JixiaoDiagnosticsTests", dependencies: ["JixiaoDiagnostics"]),
        .testTarget(name: "JixiaoReaderTests", dependencies: ["JixiaoReader"], exclude: ["Fixtures"]),
        .testTarget(name: "JixiaoTemplatesTests", dependencies: ["JixiaoTemplates"]),
        .testTarget(name: "JixiaoModelTests", dependencies: ["JixiaoModel", "JixiaoReader", "JixiaoTestSupport"]),
        .testTarget(name: "JixiaoImportTests", dependencies: ["JixiaoImport", "JixiaoArchive", "JixiaoModel", "JixiaoReader", "JixiaoTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "JixiaoDocumentsTests", dependencies: ["JixiaoDocuments", "JixiaoModel", "JixiaoReader", "JixiaoTestSupport", "JixiaoArchive"], exclude: ["Snapshots", "Tools", "Fixtures"]),
        .testTarget(name: "JixiaoCommandsTests", dependencies: ["JixiaoCommands", "JixiaoArchive", "JixiaoReader", "JixiaoTemplates", "JixiaoDocuments", "JixiaoModel", "JixiaoTestSupport"], exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
