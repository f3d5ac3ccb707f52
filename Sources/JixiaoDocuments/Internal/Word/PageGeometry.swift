/// The printed page of GB/T 9704-2012 (党政机关公文格式), in twips (1/1440 inch), which
/// WordprocessingML measures in. `Templates/共用/_样式.html` states the same page in CSS.
///
/// A4 is 210 × 297 mm; the margins are 37 mm top, 35 mm bottom, 28 mm left and 26 mm right, so
/// the text is 156 × 225 mm: 22 lines of 3号 (16 pt) characters at 28 to the line.
enum PageGeometry {
    enum Orientation: Sendable, Equatable {
        case portrait, landscape
    }

    static let a4Width = 11906
    static let a4Height = 16838
    static let topMargin = 2098
    static let bottomMargin = 1984
    static let leftMargin = 1587
    static let rightMargin = 1474
    /// From the page's bottom edge to the page number's baseline area: the number sits 7 mm
    /// under the text (GB/T 9704 §7.5), its line about 6 mm tall.
    static let footerDistance = 1247
    static let headerDistance = 851

    /// Body text size, 3号, in half-points.
    static let bodySize = 32
    /// 22 lines in the 225 mm text height: 12756 / 22 ≈ 579.8, rounded down so 22 fit.
    static let linePitch = 579
    /// 28 characters in the 156 mm line: each may be 8845 / 28 ≈ 315.9 twips = 15.79 pt wide, so
    /// 3号 characters are set 0.25 pt closer (in twentieths of a point): 28 × 15.75 pt = 441 pt.
    /// Character spacing rather than a character grid (`w:docGrid w:type="linesAndChars"`), which
    /// LibreOffice gives two cells to every character wider than its cell.
    static let characterSpacing = -5
    /// One 3号 character, the first-line indent unit (2 characters) and the 附件 label's grid.
    static let bodyCharacter = 320
    /// The page number's size (4号, 14 pt) in half-points, and one of its characters in twips.
    static let pageNumberSize = 28
    static let pageNumberCharacter = 280

    /// Margins (top, right, bottom, left) and the footer's distance from the bottom edge. A
    /// landscape page is the portrait sheet turned a quarter clockwise, the table's head at the
    /// 订口 (GB/T 9704-2012 §10): the 28 mm margin at the top, 37 mm at the right, 26 mm at the
    /// bottom and 35 mm at the left, the page number again 7 mm under the text.
    static func margins(_ orientation: Orientation) -> (top: Int, right: Int, bottom: Int, left: Int, footer: Int) {
        switch orientation {
        case .portrait: (topMargin, rightMargin, bottomMargin, leftMargin, footerDistance)
        case .landscape: (leftMargin, topMargin, rightMargin, bottomMargin, rightMargin - (bottomMargin - footerDistance))
        }
    }

    /// The width text may take on a page of `orientation`.
    static func textWidth(_ orientation: Orientation) -> Int {
        let margins = margins(orientation)
        return switch orientation {
        case .portrait: a4Width - margins.left - margins.right
        case .landscape: a4Height - margins.left - margins.right
        }
    }
}
