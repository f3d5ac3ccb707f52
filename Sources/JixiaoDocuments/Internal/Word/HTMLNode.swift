import Foundation

/// One node of an HTML page, as `HTMLParser` reads the subset jixiao's templates write: an
/// element with its attributes and children, or a run of text with entities decoded.
enum HTMLNode: Sendable, Equatable {
    case element(HTMLElement)
    case text(String)
}

/// An element: its lowercased tag name, its attributes and what it contains.
struct HTMLElement: Sendable, Equatable {
    let name: String
    let attributes: [String: String]
    var children: [HTMLNode] = []

    /// Whether `class="…"` lists `name`, as CSS selects `.name`.
    func hasClass(_ name: String) -> Bool {
        attributes["class"]?.split(whereSeparator: \.isWhitespace).contains { $0 == name } ?? false
    }

    /// A number attribute such as `colspan="2"`, held to `range`; absent or not a number gives 1,
    /// as browsers do. `rowspan="0"` (to the end of the group) gives `range.upperBound`.
    func count(_ name: String, within range: ClosedRange<Int>) -> Int {
        guard let text = attributes[name]?.trimmingCharacters(in: .whitespaces), !text.isEmpty,
              text.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else { return 1 }
        // More digits than Int holds is simply "very many".
        guard text.utf8.count < 10, let value = Int(text) else { return range.upperBound }
        if value == 0 { return name == "rowspan" ? range.upperBound : 1 }
        return min(max(value, range.lowerBound), range.upperBound)
    }

    /// The text of the element and all it contains, in order.
    var textContent: String {
        children.map { node in
            switch node {
            case .text(let text): text
            case .element(let element): element.textContent
            }
        }.joined()
    }
}
