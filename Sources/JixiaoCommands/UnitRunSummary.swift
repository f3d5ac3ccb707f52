/// The closing line of a run over several units: how many succeeded, had only warnings, failed.
struct UnitRunSummary {
    var clean = 0
    var warned = 0
    var failed = 0

    var total: Int { clean + warned + failed }

    /// Counts one unit: failed if it has errors, else warned if it has warnings, else clean.
    mutating func count(hasErrors: Bool, hasWarnings: Bool) {
        if hasErrors { failed += 1 } else if hasWarnings { warned += 1 } else { clean += 1 }
    }

    /// `共 200 个单位：198 个通过（其中 12 个有警告），2 个有错误。`
    var line: String {
        "共 \(total) 个单位：\(clean + warned) 个通过（其中 \(warned) 个有警告），\(failed) 个有错误。\n"
    }
}
