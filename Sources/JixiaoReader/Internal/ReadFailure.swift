/// A problem found while reading a data file, at a byte offset of the normalised text.
///
/// Parsers throw this with an offset only; `DataFileReader` turns it into a `Diagnostic` with
/// line, column and the quoted line, once, at the boundary. All reader wording is here.
struct ReadFailure: Error {
    enum Kind {
        case notUTF8(looksLikeGBK: Bool)
        case utf16
        case tabInIndentation
        case fullWidthSpaceInIndentation
        case fullWidthColon
        case fullWidthSpaceAfterColon
        case missingSpaceAfterColon
        case missingColon
        case inconsistentIndentation(found: Int, expected: Int)
        case valueAtWrongDepth(key: String)
        case sequenceEntryInMapping
        case sequenceOnKeyLine
        case colonInPlainValue
        case duplicateKey(String, firstLine: Int)
        case emptyKey
        case multiLineKey
        case unterminatedQuote(Character)
        case unterminatedFlow(Character)
        case badEscape(String)
        case strayCharacters
        case cannotStartValue(Character)
        case expectedInFlow(String)
        case badBlockScalarHeader
        case documentMarkerInQuote
        case tabIndentInQuote
        case quoteContinuationLessIndented(key: String?)
        case blockScalarLeadingLineTooDeep(contentIndent: Int)
        case contentAfterDocumentEnd
        case tooDeep(limit: Int)
        case unsupported(Unsupported)
        case numberTooLong
        case numberOutOfRange
        case json(JSONProblem)
    }

    /// YAML features outside jixiao's subset: refused, never read as something else.
    enum Unsupported {
        case anchor, alias, tag, directive, complexKey, multipleDocuments
        case contentAfterDocumentStart, infinityOrNaN, pairInFlowSequence
    }

    enum JSONProblem {
        case unexpected(expected: String)
        case unexpectedEnd(expected: String)
        case controlCharacterInString
        case invalidNumber
        case unpairedSurrogate
        case trailingComma
        case emptyFile
    }

    var kind: Kind
    var offset: Int

    init(_ kind: Kind, at offset: Int) {
        self.kind = kind
        self.offset = offset
    }

    /// What is wrong, in one Chinese sentence.
    var message: String {
        switch kind {
        case .notUTF8(let looksLikeGBK):
            looksLikeGBK
                ? "文件不是 UTF-8 编码（看起来是 GBK/GB18030，中文 Windows 的默认编码）"
                : "文件不是 UTF-8 编码，这里有无法识别的字节"
        case .utf16: "文件是 UTF-16 编码（记事本里叫“Unicode”），jixiao 只读 UTF-8"
        case .tabInIndentation: "缩进里有制表符（Tab），YAML 的缩进只能用空格"
        case .fullWidthSpaceInIndentation: "行首有全角空格「　」，YAML 的缩进只能用半角空格"
        case .fullWidthColon: "这里用了全角冒号「：」，YAML 的键和值之间要用半角冒号「:」"
        case .fullWidthSpaceAfterColon: "冒号后面是全角空格「　」，YAML 要求冒号后面是半角空格"
        case .missingSpaceAfterColon: "冒号「:」后面缺少空格，jixiao 因此读不出「键: 值」"
        case .missingColon: "这一行应当是「键: 值」，但没有找到冒号「: 」"
        case .inconsistentIndentation(let found, let expected):
            "缩进不一致：这一行缩进 \(found) 格，同一层的键或列表项缩进 \(expected) 格"
        case .valueAtWrongDepth(let key):
            "这一行缩进比上面的「\(key)」更深，但「\(key)」在同一行已经写了值"
        case .sequenceEntryInMapping: "这里是列表项「- 」，但同一层前面写的是「键: 值」"
        case .sequenceOnKeyLine: "列表项「- 」不能和键写在同一行"
        case .colonInPlainValue: "值里有「: 」，会被读成又一个「键: 值」"
        case .duplicateKey(let key, let firstLine): "键「\(key)」重复了，第 \(firstLine) 行已经写过"
        case .emptyKey: "冒号前面没有键名"
        case .multiLineKey: "键不能跨行"
        case .unterminatedQuote(let quote): "引号 \(quote) 没有配对的结束引号"
        case .unterminatedFlow(let bracket): "括号「\(bracket)」没有配对的结束括号"
        case .badEscape(let escape): "双引号里的转义「\(escape)」不正确"
        case .strayCharacters: "值后面多了文字"
        case .cannotStartValue(let character): "值不能以「\(character)」开头"
        case .expectedInFlow(let expected): "这里应当是\(expected)"
        case .badBlockScalarHeader: "多行文本标记「|」或「>」后面只能跟「-」「+」或一位缩进数字"
        case .documentMarkerInQuote: "引号里的文字中出现了文档分隔线「---」或「...」"
        case .tabIndentInQuote: "引号里的文字换行后，这一行用制表符（Tab）缩进；YAML 的缩进只能用空格"
        case .quoteContinuationLessIndented(let key):
            key.map { "引号里的文字换行后，这一行的缩进比键「\($0)」还少" } ?? "引号里的文字换行后，这一行的缩进比它所在的那一层还少"
        case .blockScalarLeadingLineTooDeep(let contentIndent):
            "块标量（「|」或「>」）开头的空行比第一行内容（缩进 \(contentIndent) 格）缩进得更深"
        case .contentAfterDocumentEnd: "文档结束标记「...」后面还有内容"
        case .tooDeep(let limit): "嵌套太深（超过 \(limit) 层）"
        case .unsupported(let feature): feature.message
        case .numberTooLong: "数字的有效位数超过 38 位，无法精确保存"
        case .numberOutOfRange: "数字的指数太大或太小，无法精确保存"
        case .json(let problem): problem.message
        }
    }

    /// What to type instead; nil when the message says it all.
    var hint: String? {
        switch kind {
        case .notUTF8:
            "用记事本打开这个文件，选“另存为”，把“编码”选成“UTF-8”后保存，再运行 jixiao"
        case .utf16: "用记事本“另存为”，把“编码”选成“UTF-8”后保存"
        case .tabInIndentation, .fullWidthSpaceInIndentation:
            "把行首的缩进全部改成半角空格，同一层对齐（通常每层 2 个空格）"
        case .fullWidthColon, .fullWidthSpaceAfterColon, .missingSpaceAfterColon:
            "写成「键: 值」：半角冒号，后面一个半角空格，例如「评价年度: 2024」"
        case .missingColon:
            "在键名后面写半角冒号和一个空格，例如「评价单位: 某某单位」；如果这一行是上一行的续写，请多缩进"
        case .inconsistentIndentation:
            "同一层的键要左对齐；下一层比上一层多缩进（通常 2 个空格）"
        case .valueAtWrongDepth(let key):
            "如果这一行属于「\(key)」，把「\(key)」同一行的值删掉；否则把这一行与「\(key)」左对齐"
        case .sequenceEntryInMapping:
            "列表要写在某个键的下面，例如「成员:」换行后再写「- 张三」"
        case .sequenceOnKeyLine:
            "在键后换行，再把「- 」列表项写在下面；或写成一行「键: [甲, 乙]」"
        case .colonInPlainValue:
            "如果冒号是文字的一部分，请给整个值加引号，例如「标题: \"一、基本情况: 概述\"」；如果是下一个键，请换行"
        case .duplicateKey: "删除其中一个，或把它们合并；同一层的键不能重名"
        case .emptyKey: "在冒号前写上键名，例如「评价单位: 某某单位」"
        case .multiLineKey: "把键写在一行里"
        case .unterminatedQuote(let quote): "在文字末尾补上 \(quote)；文字里的 \(quote) 要写成转义"
        case .unterminatedFlow(let bracket):
            "补上配对的「\(bracket == "[" ? "]" : "}")」；括号里的各项用半角逗号分开"
        case .badEscape:
            "双引号里的反斜杠「\\」要写成「\\\\」；不需要转义时可以改用单引号"
        case .strayCharacters:
            "一个值写完后只能跟注释（# 开头）；如果这些文字属于值，请把整个值放进引号"
        case .cannotStartValue:
            "以这个符号开头的文字要加引号，例如「备注: \"@某某\"」"
        case .expectedInFlow: "括号里的各项用半角逗号「,」分开"
        case .badBlockScalarHeader: "写成「键: |」，然后从下一行起缩进书写多行文字"
        case .documentMarkerInQuote: "把这一行缩进，或换一种写法"
        case .tabIndentInQuote: "续行用空格缩进，比键多缩进至少一格"
        case .quoteContinuationLessIndented: "续行至少缩进到键所在的列，或把整段写在一行"
        case .blockScalarLeadingLineTooDeep: "删掉这一行多余的空格，或在「|」后写缩进格数（例如「|2」）"
        case .contentAfterDocumentEnd: "一个数据文件只能有一个文档：删掉「...」，或把后面的内容移到另一个文件"
        case .tooDeep: "数据文件不需要这么多层；检查缩进或括号是否多写了"
        case .unsupported(let feature): feature.hint
        case .numberTooLong, .numberOutOfRange: "如果这不是金额而是编号，请加引号写成文本"
        case .json(let problem): problem.hint
        }
    }
}

extension ReadFailure.Unsupported {
    var message: String {
        switch self {
        case .anchor: "jixiao 不支持 YAML 锚点「&」"
        case .alias: "jixiao 不支持 YAML 别名「*」"
        case .tag: "jixiao 不支持 YAML 类型标签「!」"
        case .directive: "jixiao 不支持 YAML 指令「%」"
        case .complexKey: "jixiao 不支持复杂键（「? 」或用列表、键值表作键）"
        case .multipleDocuments: "一个数据文件只能有一个文档，这里出现了第二个「---」"
        case .contentAfterDocumentStart: "「---」后面不能写内容"
        case .infinityOrNaN: "jixiao 不支持无穷大和非数（.inf、.nan）"
        case .pairInFlowSequence: "jixiao 不支持在「[ ]」里直接写「键: 值」"
        }
    }

    var hint: String {
        switch self {
        case .anchor, .alias: "把要重复的内容直接写出来；如果「&」「*」是文字，请给整个值加引号"
        case .tag: "删掉标签；如果「!」是文字，请给整个值加引号"
        case .directive: "删掉这一行"
        case .complexKey: "键只写一段文字，例如「评价单位: 某某单位」"
        case .multipleDocuments: "把两个文档分成两个文件，或删掉多余的「---」"
        case .contentAfterDocumentStart: "把内容写到「---」的下一行"
        case .infinityOrNaN: "写一个具体的数字，或加引号写成文本"
        case .pairInFlowSequence: "写成「[{键: 值}]」，或改用多行的「- 键: 值」"
        }
    }
}

extension ReadFailure.JSONProblem {
    var message: String {
        switch self {
        case .unexpected(let expected): "JSON 格式错误：这里应当是\(expected)"
        case .unexpectedEnd(let expected): "JSON 文件提前结束了，还缺\(expected)"
        case .controlCharacterInString: "JSON 字符串里不能直接换行或写控制字符"
        case .invalidNumber: "JSON 数字的写法不对"
        case .unpairedSurrogate: "JSON 字符串里的 \\u 转义不是完整的字符（代理对不配对）"
        case .trailingComma: "JSON 不允许最后一项后面再写逗号"
        case .emptyFile: "JSON 文件是空的"
        }
    }

    var hint: String {
        switch self {
        case .unexpected, .unexpectedEnd: "检查这里前后的逗号、冒号、引号和括号是否配对"
        case .controlCharacterInString: "换行写成 \\n，制表符写成 \\t"
        case .invalidNumber: "数字写成 1234.56 这样的形式，不要前导 0、千分位逗号或加号"
        case .unpairedSurrogate: "写成完整的 \\uD83D\\uDE00 形式，或直接写出这个字符"
        case .trailingComma: "删掉最后一个逗号"
        case .emptyFile: "至少写一个 {}"
        }
    }
}
