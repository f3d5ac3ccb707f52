/// What a template produces, which decides how printed data is escaped.
///
/// The format comes from the template's file name (`.html`, `.md`; anything else is text) and
/// can be overridden. Text from a data file is escaped for the format, so a unit name with
/// `<`, `|` or a leading `#` shows as typed and never becomes markup.
public enum OutputFormat: String, Sendable, CaseIterable {
    /// Every printed value is HTML-escaped unless it is safe (Jinja2's `autoescape=True`).
    case html
    /// Printed data is escaped for Markdown: `\ | * _ `` ` `` [ ] < >` anywhere, and `#`, `-`,
    /// `+` or `1.` at the start of a line (a jixiao addition; Jinja2 has no Markdown mode).
    case markdown = "md"
    /// Nothing is escaped (Jinja2's `autoescape=False`); used to compare with Jinja2.
    case text

    /// The format of a template file, from its extension.
    public init(fileName: String) {
        let lowered = fileName.lowercased()
        if lowered.hasSuffix(".html") || lowered.hasSuffix(".htm") {
            self = .html
        } else if lowered.hasSuffix(".md") || lowered.hasSuffix(".markdown") {
            self = .markdown
        } else {
            self = .text
        }
    }

    var escapes: Bool { self != .text }

    /// `text` escaped for this format; `atLineStart` says whether it is printed at the start
    /// of a line (Markdown block markers only matter there).
    func escape(_ text: String, atLineStart: Bool) -> String {
        switch self {
        case .text: text
        case .html: Self.escapeHTML(text)
        case .markdown: Self.escapeMarkdown(text, atLineStart: atLineStart)
        }
    }

    /// `&` `<` `>` `"` `'` as Jinja2 (MarkupSafe) writes them: `&#34;` and `&#39;` for quotes.
    static func escapeHTML(_ text: String) -> String {
        let utf8 = text.utf8
        guard utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else { return text }
        var output = [UInt8]()
        output.reserveCapacity(utf8.count + 16)
        for byte in utf8 {
            switch byte {
            case 0x26: output += Array("&amp;".utf8)
            case 0x3C: output += Array("&lt;".utf8)
            case 0x3E: output += Array("&gt;".utf8)
            case 0x22: output += Array("&#34;".utf8)
            case 0x27: output += Array("&#39;".utf8)
            default: output.append(byte)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Bytes that are escaped anywhere in Markdown: `\ | * _ ` [ ] < >`.
    private static let markdownSpecial: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for byte in "\\|*_`[]<>".utf8 { table[Int(byte)] = true }
        return table
    }()

    static func escapeMarkdown(_ text: String, atLineStart: Bool) -> String {
        var text = text
        let needsWork = text.withUTF8 { buffer in
            buffer.contains { byte in
                switch byte {
                case UInt8(ascii: "\\"), UInt8(ascii: "|"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "`"),
                    UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: ">"), 0x0A: true
                default: false
                }
            } || (atLineStart && startsBlock(Array(buffer.prefix(24)), at: 0))
        }
        guard needsWork else { return text }
        let bytes = Array(text.utf8)
        var output = [UInt8]()
        output.reserveCapacity(bytes.count + 8)
        var lineStart = atLineStart
        var index = 0
        while index < bytes.count {
            if lineStart, startsBlock(bytes, at: index) {
                while bytes[index] >= 0x30, bytes[index] <= 0x39 {
                    output.append(bytes[index])
                    index += 1
                }
                output.append(UInt8(ascii: "\\"))
                output.append(bytes[index])
                index += 1
                lineStart = false
                continue
            }
            let byte = bytes[index]
            if markdownSpecial[Int(byte)] { output.append(UInt8(ascii: "\\")) }
            output.append(byte)
            lineStart = byte == 0x0A
            index += 1
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// What CommonMark reads as a block marker at the start of a line: `#`, `-` or `+` followed
    /// by a space or standing alone, or digits with `.` or `)` followed by a space (`1. 项`).
    /// `0.00` and `1.检查` are text and stay unescaped.
    private static func startsBlock(_ bytes: [UInt8], at start: Int) -> Bool {
        guard start < bytes.count else { return false }
        func spaceOrEnd(_ index: Int) -> Bool {
            index >= bytes.count || bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t") || bytes[index] == 0x0A
        }
        let first = bytes[start]
        if first == UInt8(ascii: "#") || first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            var index = start
            if first == UInt8(ascii: "#") { while index < bytes.count, bytes[index] == first { index += 1 } } else { index += 1 }
            return spaceOrEnd(index)
        }
        var index = start
        while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
        guard index > start, index < bytes.count, bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: ")") else { return false }
        return index + 1 < bytes.count && (bytes[index + 1] == UInt8(ascii: " ") || bytes[index + 1] == UInt8(ascii: "\t"))
    }
}
