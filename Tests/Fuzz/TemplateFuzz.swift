import JixiaoDiagnostics
import JixiaoTemplates

/// libFuzzer target 2: any bytes as template text, rendered against a fixed context like a
/// report's (text, integers at the 64-bit edges, exact decimals, a list of rows, a nested
/// map) in one of the formats, chosen by the input's length so each gets a third of the runs.
/// Loading and rendering may fail, but only with a diagnostic.
@_cdecl("LLVMFuzzerTestOneInput")
public func templateFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let templates = ["main.md": text, "页眉.md": "# {{ 单位 }}\n", "base.md": "{% block 正文 %}{% endblock %}"]
    let format = [OutputFormat.markdown, .html, .text][size % 3]
    do throws(Diagnostic) {
        let library = try TemplateLibrary(templates: templates, main: "main.md")
        _ = try library.render(context, format: format)
    } catch {
        _ = DiagnosticFormatter.format(error)
    }
    return 0
}

let context = TemplateMap([
    ("单位", .string("遂溪县人民政府办公室<b>|*_")),
    ("n", .integer(7)),
    ("大", .integer(Int.max)),
    ("小", .integer(Int.min)),
    ("零", .integer(0)),
    ("金额", .decimal(TemplateDecimal("8374036.745")!)),
    ("比率", .decimal(TemplateDecimal("0.99724")!)),
    ("巨", .decimal(TemplateDecimal("99999999999999999999999999999999999999")!)),
    ("微", .decimal(TemplateDecimal("1e-30")!)),
    ("日", .string("2025-05-14")),
    ("空", .none),
    ("真", .bool(true)),
    ("xs", .list([.integer(3), .integer(1), .integer(2)])),
    ("行", .list([
        .map(TemplateMap([("名称", .string("预算执行率")), ("分值", .integer(10)), ("得分", .decimal(TemplateDecimal("9.5")!))])),
        .map(TemplateMap([("名称", .string("结转结余率")), ("分值", .integer(5)), ("得分", .integer(5))])),
    ])),
    ("d", .map(TemplateMap([("a", .integer(1)), ("items", .string("键 items")), ("子", .map(TemplateMap([("b", .string("深"))])))]))),
])
