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
    /// 28 characters in the 156 mm line: each is 8845 / 28 ≈ 315.9 twips = 15.79 pt wide, that is
    /// 0.205 pt narrower than 16 pt, written in 1/4096 pt: −0.205 × 4096 ≈ −842.
    static let characterSpace = -842
    /// One 3号 character, the first-line indent unit (2 characters) and the 附件 label's grid.
    static let bodyCharacter = 320
    /// The page number's size (4号, 14 pt) in half-points, and one of its characters in twips.
    static let pageNumberSize = 28
    static let pageNumberCharacter = 280

    /// The width text may take on a page of `orientation`.
    static func textWidth(_ orientation: Orientation) -> Int {
        switch orientation {
        case .portrait: a4Width - leftMargin - rightMargin
        case .landscape: a4Height - leftMargin - rightMargin
        }
    }
}
