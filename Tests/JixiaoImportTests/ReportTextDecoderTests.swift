import Foundation
import JixiaoImport
import Testing

/// A text export imports the same whichever encoding Windows saved it in.
struct ReportTextDecoderTests {
    static let seed = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/003_5362be1ed3bbe174.txt")

    static let encodings: [(String, @Sendable (String) -> [UInt8])] = [
        ("UTF-8 with BOM and CRLF", { [0xEF, 0xBB, 0xBF] + Array($0.replacingOccurrences(of: "\n", with: "\r\n").utf8) }),
        ("GB18030 (记事本的 ANSI)", { [UInt8]($0.data(using: String.Encoding(rawValue: 0x8000_0632))!) }),
        ("UTF-16 LE with BOM (记事本的 Unicode)", { [0xFF, 0xFE] + $0.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] } }),
        ("UTF-16 BE with BOM", { [0xFE, 0xFF] + $0.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] } }),
        ("UTF-16 LE without BOM", { $0.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] } }),
    ]

    @Test func everyWindowsEncodingGivesTheSameDraftAsUTF8() throws {
        let text = try String(contentsOf: Self.seed, encoding: .utf8)
        let expected = try ReportImporter.draft(bytes: Array(text.utf8), fileName: "报告.txt", format: nil).yamlText
        for (name, encode) in Self.encodings {
            let actual = try ReportImporter.draft(bytes: encode(text), fileName: "报告.txt", format: nil).yamlText
            #expect(actual == expected, "\(name)")
        }
    }

    @Test func gbkTextIsReallyDecodedNotJustAccepted() throws {
        let text = "附件6\n评价年度：2024年度\n评价单位（公章）：某某县人民政府办公室\n一、单位基本情况\n二、自评工作开展情况\n三、绩效自评情况\n"
        let gbk = [UInt8](text.data(using: String.Encoding(rawValue: 0x8000_0632))!)
        #expect(gbk.count < Array(text.utf8).count, "two bytes a character, not UTF-8")
        let draft = try ReportImporter.draft(bytes: gbk, fileName: "报告.txt", format: nil)
        #expect(draft.yamlText.contains("评价单位: \"某某县人民政府办公室\""))
        #expect(draft.suggestedFileName == "2024年度某某县人民政府办公室.yaml")
    }
}
