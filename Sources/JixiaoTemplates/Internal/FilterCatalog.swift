import JixiaoDiagnostics

/// A filter, resolved from its name when the template is parsed.
enum Filter: String, Sendable, CaseIterable {
    case `default`, d, length, count, join, upper, lower, capitalize, title, trim, replace, first, last, sort
    case reverse, sum, min, max, abs, int, float, round, string, list, map, select, reject, selectattr
    case rejectattr, items, dictsort, unique, escape, e, safe, format, indent
    // jixiao's report filters (ReportFilters.swift), each with a Chinese and an ASCII name.
    case money = "金额", moneyASCII = "money", wan = "万元", wanASCII = "wan", percent = "百分比"
    case percentASCII = "percent", ordinal = "序号", ordinalASCII = "ordinal", date = "日期", dateASCII = "date"
    case cell = "单元格", cellASCII = "cell", chineseNumeral = "中文数字"

    var name: String { rawValue }
}

/// A test (`x is defined`), resolved from its name when the template is parsed.
enum Test: String, Sendable, CaseIterable {
    case defined, undefined, none, boolean, `true`, `false`, integer, float, number, string, mapping
    case sequence, iterable, even, odd, divisibleby, eq, ne, lt, le, gt, ge, `in`, equalto, greaterthan, lessthan
    case equalSign = "==", notEqualSign = "!=", lessSign = "<", lessOrEqualSign = "<=", greaterSign = ">"
    case greaterOrEqualSign = ">="
}

/// Finds filters and tests by name, refusing unknown ones when the template is loaded.
enum FilterCatalog {
    static let jinjaFiltersOutsideSubset: Set<String> = [
        "tojson", "groupby", "batch", "slice", "truncate", "wordwrap", "urlize", "striptags", "xmlattr", "pprint",
        "random", "filesizeformat", "wordcount", "center", "urlencode", "attr", "forceescape",
    ]

    static let jinjaTestsOutsideSubset: Set<String> = ["sameas", "callable", "escaped", "lower", "upper", "filter", "test"]

    static func filter(named name: String, at offset: Int, in file: String) throws(TemplateFailure) -> Filter {
        if let filter = Filter(rawValue: name) { return filter }
        if jinjaFiltersOutsideSubset.contains(name) {
            throw TemplateFailure(.unsupported("过滤器「\(name)」", hint: "可用的过滤器见 README 的“模板”一节"), at: offset, in: file)
        }
        let suggestion = Suggestion.nearest(to: name, in: Filter.allCases.map(\.rawValue))
        throw TemplateFailure(.unknownFilter(name, suggestion: suggestion), at: offset, in: file)
    }

    static func test(named name: String, at offset: Int, in file: String) throws(TemplateFailure) -> Test {
        if let test = Test(rawValue: name) { return test }
        if jinjaTestsOutsideSubset.contains(name) {
            throw TemplateFailure(.unsupported("测试「\(name)」", hint: "可用的测试见 README 的“模板”一节"), at: offset, in: file)
        }
        throw TemplateFailure(.unknownTest(name, suggestion: Suggestion.nearest(to: name, in: Test.allCases.map(\.rawValue))), at: offset, in: file)
    }
}
