import JixiaoDiagnostics

/// A value read from the data file with where it was written and under which key path, so a
/// finding about it can point at it (`收支情况.支出.决算数`, `自评表.指标[2].得分`).
struct Located<Value: Sendable>: Sendable {
    var value: Value
    var position: TextPosition
    /// The key path, as messages print it.
    var path: String
    /// The steps of the path as the tree holds them (a list index is a number from 0), for
    /// code that edits the tree (`Rollover`).
    var steps: [String]
}
