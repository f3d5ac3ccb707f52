/// A problem in a template or while rendering it, at a byte offset of one template file.
///
/// Thrown with the file and offset only; `TemplateLibrary` turns it into a `Diagnostic` with
/// line, column and the quoted line. All the engine's wording is here.
struct TemplateFailure: Error {
    enum Kind {
        // Found when a template is loaded.
        case unknownTag(String, suggestion: String?)
        case unknownFilter(String, suggestion: String?)
        case unknownTest(String, suggestion: String?)
        case unclosedBlock(String)
        case unexpectedEndTag(String, expected: String?)
        case unclosedDelimiter(String)
        case emptyExpression
        case duplicateElse(String)
        case expected(String, found: String)
        case unsupported(String, hint: String)
        case templateNameNotLiteral(String)
        case templateNotFound(String)
        case mainTemplateNotFound
        case templateOutsideFolder(String)
        case templateSymbolicLinkLoop(String)
        case templateUnreadable(String, reason: String)
        case extendsNotFirst
        case duplicateBlock(String)
        case badStringEscape
        // Found while rendering.
        case undefined(String)
        case typeMismatch(operation: String, kinds: String)
        case notIterable(String)
        case divisionByZero
        case integerOverflow
        /// A decimal result needs more than the 38 significant digits `Decimal` holds exactly.
        case decimalOverflow
        /// A width, digit count or base outside what the filter accepts.
        case argumentOutOfRange(filter: String, argument: String, value: Int, range: ClosedRange<Int>)
        case notPrintable(String)
        case notCallable(String)
        case tooManyArguments(String, maximum: Int)
        case unknownKeyword(String, keyword: String)
        case recursionTooDeep(limit: Int)
        case methodAccess(String, on: String)
        case filterArgument(filter: String, problem: String)
        case rangeTooLarge(limit: Int)
        case tooMuchWork(limit: Int)
        case lazySequence(String)
        case notANumber(String)
    }

    var kind: Kind
    var offset: Int
    /// The template file the offset belongs to.
    var file: String

    init(_ kind: Kind, at offset: Int, in file: String) {
        self.kind = kind
        self.offset = offset
        self.file = file
    }

    var message: String {
        switch kind {
        case .unknownTag(let name, _): "未知的模板标签「\(name)」"
        case .unknownFilter(let name, _): "未知的过滤器「\(name)」"
        case .unknownTest(let name, _): "未知的测试「\(name)」"
        case .unclosedBlock(let tag): "「{% \(tag) %}」没有对应的「{% end\(tag) %}」"
        case .unexpectedEndTag(let found, let expected):
            expected.map { "这里应当是「{% \($0) %}」，却是「{% \(found) %}」" } ?? "多余的「{% \(found) %}」，前面没有与它配对的开始标签"
        case .unclosedDelimiter(let opener): "「\(opener)」没有对应的结束符号"
        case .emptyExpression: "「{{ }}」里没有写表达式"
        case .duplicateElse(let tag): "「{% \(tag) %}」里有两个「{% else %}」"
        case .expected(let what, let found): "这里应当是\(what)，却是「\(found)」"
        case .unsupported(let feature, _): "jixiao 的模板不支持\(feature)"
        case .templateNameNotLiteral(let tag): "「\(tag)」后面要写用引号括起的模板文件名"
        case .templateNotFound(let name): "找不到模板文件「\(name)」"
        case .mainTemplateNotFound: "找不到模板文件"
        case .templateOutsideFolder(let name): "模板文件「\(name)」在模板文件夹之外，jixiao 不会读取它"
        case .templateSymbolicLinkLoop(let name): "模板文件「\(name)」是循环的符号链接（链接最终指回自己）"
        case .templateUnreadable(let name, let reason): "无法读取模板文件「\(name)」：\(reason)"
        case .extendsNotFirst: "「{% extends %}」只能写一次，并且写在其他内容之前"
        case .duplicateBlock(let name): "区块「\(name)」在同一个模板里定义了两次"
        case .badStringEscape: "字符串里的转义不正确"
        case .undefined(let name): "「\(name)」没有定义"
        case .typeMismatch(let operation, let kinds): "\(operation)不能用于\(kinds)"
        case .notIterable(let kind): "\(kind)不能用在「for」里逐项取出"
        case .divisionByZero: "除数为零"
        case .integerOverflow: "整数超出范围（最多 19 位）"
        case .decimalOverflow: "数字超出能精确计算的范围（最多 38 位有效数字）"
        case .argumentOutOfRange(let filter, let argument, let value, let range):
            "「\(filter)」的参数「\(argument)」是 \(value)，只能是 \(range.lowerBound) 到 \(range.upperBound)"
        case .notPrintable(let kind): "\(kind)不能直接输出"
        case .notCallable(let name): "「\(name)」不能调用"
        case .tooManyArguments(let name, let maximum): "「\(name)」最多接受 \(maximum) 个参数"
        case .unknownKeyword(let name, let keyword): "「\(name)」没有名为「\(keyword)」的参数"
        case .recursionTooDeep(let limit): "宏或 include 嵌套调用超过 \(limit) 层，可能是无限递归"
        case .methodAccess(let name, let kind): "「.\(name)」是\(kind)的方法名，jixiao 的模板不支持方法"
        case .filterArgument(let filter, let problem): "过滤器「\(filter)」\(problem)"
        case .rangeTooLarge(let limit): "结果太长（超过 \(limit) 项或字符）"
        case .tooMuchWork(let limit): "模板运行超过 \(limit) 步仍未结束，可能是循环套循环的次数太多"
        case .lazySequence(let filter): "「\(filter)」的结果要先经过「|list」等过滤器才能输出或计数"
        case .notANumber(let text): "「\(text)」不是数字"
        }
    }

    var hint: String? {
        switch kind {
        case .unknownTag(_, let suggestion), .unknownFilter(_, let suggestion), .unknownTest(_, let suggestion):
            suggestion.map { "是否想写「\($0)」？" } ?? "模板支持的写法见 README 的“模板”一节"
        case .unclosedBlock(let tag): "在这一段内容结束的地方写「{% end\(tag) %}」"
        case .unexpectedEndTag: "检查开始标签和结束标签是否一一配对"
        case .unclosedDelimiter(let opener):
            "补上「\(["{{": "}}", "{%": "%}", "{#": "#}", "{% raw %}": "{% endraw %}"][opener] ?? "")」"
        case .emptyExpression: "写上要输出的名称，例如「{{ 评价单位 }}」"
        case .duplicateElse: "删掉多余的「{% else %}」"
        case .expected: "检查这里的括号、引号和运算符"
        case .unsupported(_, let hint): hint
        case .templateNameNotLiteral(let tag): "例如「{% \(tag) '页眉.html' %}」"
        case .templateNotFound: "文件名相对于主模板所在的文件夹；检查拼写"
        case .mainTemplateNotFound: "检查模板文件的路径"
        case .templateOutsideFolder: "include 和 extends 只能引用模板文件夹里的文件；把要用的文件复制到模板文件夹里"
        case .templateSymbolicLinkLoop: "删掉这个符号链接，或让它指向真正的模板文件"
        case .templateUnreadable: "检查这个文件的读取权限"
        case .extendsNotFirst: "把「{% extends %}」移到模板开头"
        case .duplicateBlock: "给其中一个区块换个名字"
        case .badStringEscape: "字符串里可用的转义：\\\\ \\' \\\" \\n \\t \\r，以及 \\u 加四位十六进制数（例如 \\u4e2d 是「中」）"
        case .undefined: "检查名称的拼写；可能没有的值用「is defined」判断，或写「|default('无')」"
        case .typeMismatch: "先用「|string」「|int」等过滤器转换成同一类型"
        case .notIterable: "「for」后面要写列表、键值表或文字"
        case .divisionByZero: "先用「{% if 除数 != 0 %}」判断"
        case .integerOverflow: nil
        case .decimalOverflow: "检查数据里的数字；报告里的金额远小于这个范围"
        case .argumentOutOfRange: nil
        case .notPrintable: "用「|join('、')」输出列表，用「for」逐项输出键值表"
        case .notCallable: nil
        case .tooManyArguments, .unknownKeyword: "对照「{% macro %}」的定义检查参数"
        case .recursionTooDeep: "检查宏或 include 是否在调用自己"
        case .methodAccess(let name, _): "数据里名为「\(name)」的键要写成「x['\(name)']」；键值表的各项用「|items」"
        case .filterArgument: nil
        case .rangeTooLarge: nil
        case .tooMuchWork: "检查循环的范围；一份报告通常只需要几千步"
        case .lazySequence: "例如「xs|select('odd')|list|length」"
        case .notANumber: nil
        }
    }
}
