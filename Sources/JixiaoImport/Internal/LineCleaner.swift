/// Removes what Word's and a PDF converter's exports add to a report's text, keeping its words.
///
/// Worked example: `市 政府中心工作，把 规范管理` → `市政府中心工作，把规范管理` (a space between
/// two Chinese characters is a line-wrap artefact); `[bookmark: _GoBack]` is dropped;
/// `$8374036.75/8397200.18*100%=99.72%$` → `8374036.75/8397200.18*100%=99.72%`. Empty lines
/// go, but every kept line keeps its own number.
enum LineCleaner {
    static func lines(from texts: [String]) -> [ReportLine] {
        texts.enumerated().flatMap { index, raw in
            splitAtInnerHeadings(raw).compactMap { piece in
                let text = clean(String(piece))
                return text.isEmpty ? nil : ReportLine(number: index + 1, text: text)
            }
        }
    }

    /// A PDF conversion runs a heading into the paragraph before it after a wide gap:
    /// `组长审定。自评结果优秀。      （三）自评材料报送时间及质量。` is two lines, both numbered 93.
    static func splitAtInnerHeadings(_ raw: String) -> [Substring] {
        // Most lines have no wide gap; a regex literal is compiled on every use.
        guard zip(raw, raw.dropFirst()).contains(where: { "。；".contains($0.0) && $0.1.isWhitespace }) else { return [raw[...]] }
        var pieces: [Substring] = []
        var start = raw.startIndex
        for match in raw.matches(of: /[。；]\s{2,}(?=[（(][一二三四五六七八九十]+[）)])/) {
            pieces.append(raw[start..<raw.index(after: match.range.lowerBound)])
            start = match.range.upperBound
        }
        pieces.append(raw[start...])
        return pieces
    }

    static func clean(_ raw: String) -> String {
        var text = raw.replacingBookmarks()
        text.removeAll { $0 == "$" || $0 == "\u{FEFF}" || $0 == "\u{200B}" }
        let characters = Array(text.replacingOccurrences(of: "\t", with: " "))
        var result = ""
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == " " || character == "\u{3000}" || character == "\u{A0}" {
                var end = index
                while end < characters.count, [" ", "\u{3000}", "\u{A0}"].contains(characters[end]) { end += 1 }
                let before = result.last
                let after = end < characters.count ? characters[end] : nil
                if let before, let after, !(before.isLatin && after.isLatin) {
                    // between Chinese, or Chinese and a digit: an artefact; between two Latin words: a space
                } else if let before, let after, before.isLatin, after.isLatin {
                    result.append(" ")
                }
                index = end
                continue
            }
            result.append(character)
            index += 1
        }
        return result
    }
}

private extension String {
    /// Word's text export writes hidden bookmarks as `[bookmark: name]`.
    func replacingBookmarks() -> String {
        var text = self
        while let start = text.range(of: "[bookmark:"), let end = text[start.upperBound...].firstIndex(of: "]") {
            text.removeSubrange(start.lowerBound...end)
        }
        return text
    }
}

private extension Character {
    /// Letters of a Latin-script word (a space between two of them is a real space).
    var isLatin: Bool { isASCII && isLetter }
}
