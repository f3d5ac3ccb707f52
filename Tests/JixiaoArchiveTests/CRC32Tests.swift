import Testing

@testable import JixiaoArchive

@Suite struct CRC32Tests {
    /// One input and the checksum Python's `zlib.crc32()` gives for it.
    struct Example: CustomTestStringConvertible, Sendable {
        var name: String
        var input: [UInt8]
        var crc: UInt32
        var testDescription: String { name }
    }

    static let examples = [
        Example(name: "empty", input: [], crc: 0),
        Example(name: "a", input: Array("a".utf8), crc: 0xE8B7_BE43),
        Example(name: "check value", input: Array("123456789".utf8), crc: 0xCBF4_3926),
        Example(name: "Chinese UTF-8", input: Array("部门整体支出绩效自评报告".utf8), crc: 0x24F1_D128),
        Example(name: "every byte", input: (0...255).map { UInt8($0) }, crc: 0x2905_8C73),
        Example(name: "1000 zeros", input: [UInt8](repeating: 0, count: 1000), crc: 0x060B_1780),
    ]

    @Test(arguments: examples)
    func givesZlibsValue(_ example: Example) {
        #expect(CRC32.checksum(of: example.input) == example.crc)
    }

    @Test func updatingInPiecesGivesTheWholeChecksum() {
        let bytes = Array("部门整体支出绩效自评报告".utf8)
        var crc = CRC32()
        crc.update(with: bytes[..<7])
        crc.update(with: bytes[7...])
        #expect(crc.value == 0x24F1_D128)
    }
}
