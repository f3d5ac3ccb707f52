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

    static func escapeMarkdown(_ text: String, atLineStart: Bool) -> String {
        let special: Set<UInt8> = Set("\\|*_`[]<>".utf8)
        let utf8 = Array(text.utf8)
        var output = [UInt8]()
        output.reserveCapacity(utf8.count + 8)
        var lineStart = atLineStart
        var index = 0
        while index < utf8.count {
            let byte = utf8[index]
            if lineStart {
                var digits = index
                while digits < utf8.count, utf8[digits] >= 0x30, utf8[digits] <= 0x39 { digits += 1 }
                if byte == UInt8(ascii: "#") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+")
                    || (digits > index && digits < utf8.count && (utf8[digits] == UInt8(ascii: ".") || utf8[digits] == UInt8(ascii: ")")))
                {
                    if digits > index {
                        output += utf8[index..<digits]
                        index = digits
                    }
                    output.append(UInt8(ascii: "\\"))
                    output.append(utf8[index])
                    index += 1
                    lineStart = false
                    continue
                }
            }
            if special.contains(byte) { output.append(UInt8(ascii: "\\")) }
            output.append(byte)
            lineStart = byte == UInt8(ascii: "\n")
            index += 1
        }
        return String(decoding: output, as: UTF8.self)
    }
}
