/// The filters and tests templates may use, checked when a template is loaded.
enum FilterCatalog {
    static let filters: Set<String> = Set([
        "default", "d", "length", "count", "join", "upper", "lower", "capitalize", "title", "trim", "replace",
        "first", "last", "sort", "reverse", "sum", "min", "max", "abs", "int", "float", "round", "string", "list",
        "map", "select", "reject", "selectattr", "rejectattr", "items", "dictsort", "unique", "escape", "e", "safe",
        "format", "indent",
    ]).union(ReportFilters.names)

    static let jinjaFiltersOutsideSubset: Set<String> = [
        "tojson", "groupby", "batch", "slice", "truncate", "wordwrap", "urlize", "striptags", "xmlattr", "pprint",
        "random", "filesizeformat", "wordcount", "center", "urlencode", "attr", "forceescape",
    ]

    static let tests: Set<String> = [
        "defined", "undefined", "none", "boolean", "true", "false", "integer", "float", "number", "string", "mapping",
        "sequence", "iterable", "even", "odd", "divisibleby", "eq", "ne", "lt", "le", "gt", "ge", "in", "==", "!=",
        "<", "<=", ">", ">=", "equalto", "greaterthan", "lessthan",
    ]

    static let jinjaTestsOutsideSubset: Set<String> = ["sameas", "callable", "escaped", "lower", "upper", "filter", "test"]

    static func checkFilter(_ name: String, at offset: Int, in file: String) throws(TemplateFailure) {
        if filters.contains(name) { return }
        if jinjaFiltersOutsideSubset.contains(name) {
            throw TemplateFailure(.unsupported("过滤器「\(name)」", hint: "可用的过滤器见 README 的“模板”一节"), at: offset, in: file)
        }
        let suggestion = Suggestion.nearest(to: name, in: Array(filters))
        throw TemplateFailure(.unknownFilter(name, suggestion: suggestion), at: offset, in: file)
    }

    static func checkTest(_ name: String, at offset: Int, in file: String) throws(TemplateFailure) {
        if tests.contains(name) { return }
        if jinjaTestsOutsideSubset.contains(name) {
            throw TemplateFailure(.unsupported("测试「\(name)」", hint: "可用的测试见 README 的“模板”一节"), at: offset, in: file)
        }
        throw TemplateFailure(.unknownTest(name, suggestion: Suggestion.nearest(to: name, in: Array(tests))), at: offset, in: file)
    }
}
