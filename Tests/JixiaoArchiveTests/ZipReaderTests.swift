import Testing

@testable import JixiaoArchive

@Suite struct ZipReaderTests {
    @Test func fixturesAreThere() {
        #expect(ArchiveFixtures.archives.count >= 8)
    }

    @Test(arguments: ArchiveFixtures.archives.filter { $0.entries != nil })
    func readsWhatPythonsZipfileWrote(_ archive: ArchiveFixtures.Archive) throws {
        let entries = try #require(archive.entries)
        let reader = try ZipReader(bytes: archive.bytes)
        #expect(reader.paths == entries.map(\.path))
        for (path, original) in entries {
            let contents = try reader.contents(of: path)
            #expect(contents.count == original.size, "\(path)")
            #expect(CRC32.checksum(of: contents) == original.crc, "\(path)")
            if let bytes = original.bytes { #expect(contents == bytes, "\(path)") }
        }
    }

    @Test(arguments: ArchiveFixtures.archives.filter { $0.entries == nil })
    func refusesWhatItDoesNotRead(_ archive: ArchiveFixtures.Archive) throws {
        let expected: ArchiveFailure? =
            switch archive.expected["failure"] {
            case "unsupportedMethod":
                .unsupportedMethod(
                    path: archive.expected["path"] ?? "", method: Int(archive.expected["method"] ?? "") ?? -1)
            case "encrypted": .encrypted(path: archive.expected["path"] ?? "")
            case "zip64": .zip64
            default: nil
            }
        let failure = try #require(expected)
        #expect(throws: failure) {
            let reader = try ZipReader(bytes: archive.bytes)
            for path in reader.paths { _ = try reader.contents(of: path) }
        }
    }

    @Test func readsBackWhatZipWriterWrote() throws {
        let entries: [(String, [UInt8])] = [
            ("[Content_Types].xml", Array("<Types/>".utf8)),
            ("word/document.xml", Array("<w:t>部门整体支出绩效自评报告</w:t>".utf8)),
            ("附件/自评表.xml", (0..<70_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }),
            ("docProps/empty.xml", []),
        ]
        var writer = ZipWriter()
        for (path, bytes) in entries { writer.add(path, bytes: bytes) }
        let reader = try ZipReader(bytes: writer.checkedArchive())
        #expect(reader.paths == entries.map(\.0))
        for (path, bytes) in entries { #expect(try reader.contents(of: path) == bytes, "\(path)") }
    }

    @Test(arguments: [smallArchive, ArchiveFixtures.archives.first { $0.name == "with a comment" }?.bytes ?? []])
    func everyTruncationIsRefused(_ bytes: [UInt8]) {
        #expect(bytes.count > 50)
        for length in 0..<bytes.count {
            #expect(throws: length == 0 ? ArchiveFailure.emptyFile : .notZip, "cut after \(length) bytes") {
                try ZipReader(bytes: Array(bytes.prefix(length)))
            }
        }
    }

    @Test(arguments: [smallArchive, ArchiveFixtures.archives.first { $0.name == "with a comment" }?.bytes ?? []])
    func flippedBitsGiveAFailureOrTheOriginalNeverACrash(_ bytes: [UInt8]) throws {
        let original = try ZipReader(bytes: bytes)
        let contents = try original.paths.map { try original.contents(of: $0) }
        var failures = 0
        for bit in 0..<bytes.count * 8 {
            var damaged = bytes
            damaged[bit / 8] ^= 1 << UInt8(bit % 8)
            do {
                let reader = try ZipReader(bytes: damaged)
                for (path, expected) in zip(original.paths, contents) {
                    #expect(try reader.contents(of: path) == expected, "bit \(bit)")
                }
            } catch {
                failures += 1
            }
        }
        #expect(failures > bytes.count)
    }

    @Test(arguments: DamagedArchive.all)
    func damagedArchivesGiveTheirFailure(_ example: DamagedArchive) {
        #expect(throws: example.failure) {
            let reader = try ZipReader(bytes: example.bytes)
            _ = try reader.contents(of: example.path, limit: example.limit)
        }
    }

    @Test func anUnflaggedNameThatIsNotUTF8IsCodePage437() throws {
        var bytes = smallArchive
        let record = offsets(of: ZipRecord.centralHeaderSignature, in: bytes)[0]
        bytes[record + 9] &= ~UInt8(ZipRecord.utf8NameFlag >> 8)
        bytes.replaceSubrange(record + 46..<record + 48, with: [0x80, 0xE1])  // "a.txt" → "Çßtxt"
        #expect(try ZipReader(bytes: bytes).paths.first == "Çßtxt")
    }

    @Test(arguments: [
        (
            ArchiveFailure.encrypted(path: "word/document.xml"),
            "文件加了密码（「word/document.xml」是加密的），请先在 Word/WPS 里去掉密码再另存为 .docx"
        ),
        (.compoundDocument, "这是旧版 Word（.doc）文件或加了密码的 Word 文件，不是 .docx：请在 Word/WPS 里去掉密码，再“另存为” .docx"),
        (.notZip, "不是 ZIP 文件（.docx 是 ZIP 格式，这个文件里找不到 ZIP 的目录）；请确认它是 Word/WPS 保存的 .docx"),
        (
            .damagedStream(path: "word/document.xml", problem: .truncated, offset: 120),
            "文件已损坏：「word/document.xml」的压缩数据只有 120 字节，没有结束就断了（文件不完整）；请重新复制或下载这个文件，或在 Word/WPS 里打开后另存为 .docx"
        ),
        (
            .damagedStream(path: nil, problem: .distanceTooFar(distance: 2, available: 1), offset: 2),
            "文件已损坏：压缩数据第 3 字节处要回溯 2 字节，但前面只有 1 字节；请重新复制或下载这个文件，或在 Word/WPS 里打开后另存为 .docx"
        ),
        (
            .checksumMismatch(path: "a.txt", expected: 0x3610_A686, actual: 0xAB),
            "文件已损坏：「a.txt」的校验值（CRC-32）应为 0x3610A686，实际为 0x000000AB；请重新复制或下载这个文件，或在 Word/WPS 里打开后另存为 .docx"
        ),
    ])
    func explainsTheFailureInChinese(_ example: (failure: ArchiveFailure, message: String)) {
        #expect(example.failure.description == example.message)
    }
}

/// "a.txt" holding "hello" and "b/c.xml" holding a little XML, as ZipWriter writes them.
let smallArchive: [UInt8] = {
    var writer = ZipWriter()
    writer.add("a.txt", bytes: Array("hello".utf8))
    writer.add("b/c.xml", bytes: Array("<c>绩效</c>".utf8))
    return writer.archive()
}()

/// Where `signature` occurs in `bytes`.
func offsets(of signature: UInt32, in bytes: [UInt8]) -> [Int] {
    (0..<max(bytes.count - 3, 0)).filter { bytes.uint32(at: $0) == signature }
}

/// An archive with one defect, the entry then asked for, and the failure it must give.
struct DamagedArchive: CustomTestStringConvertible, Sendable {
    var name: String
    var bytes: [UInt8]
    var path = "a.txt"
    var limit = 1 << 20
    var failure: ArchiveFailure
    var testDescription: String { name }

    /// `smallArchive` with the little-endian `value` written at `offset` from the start of the first
    /// record with `signature`.
    static func small(
        _ name: String, _ signature: UInt32, _ offset: Int, _ value: UInt32, width: Int,
        _ failure: ArchiveFailure
    ) -> DamagedArchive {
        var bytes = smallArchive
        let start = offsets(of: signature, in: bytes)[0] + offset
        for index in 0..<width { bytes[start + index] = UInt8(truncatingIfNeeded: value >> (8 * index)) }
        return DamagedArchive(name: name, bytes: bytes, failure: failure)
    }

    static let deflated = ArchiveFixtures.archives.first { $0.name == "stored and deflated" }?.bytes ?? []
    /// The directory record of "word/document.xml" (9,884 bytes unpacked) in `deflated`.
    static let documentRecord = offsets(of: ZipRecord.centralHeaderSignature, in: deflated).dropFirst().first ?? 0

    /// Where the deflated data of "word/document.xml" starts in `deflated` (zipfile writes no extra field).
    static let documentData =
        (offsets(of: ZipRecord.localHeaderSignature, in: deflated).dropFirst().first ?? 0) + 30 + 17

    static let directory = offsets(of: ZipRecord.centralHeaderSignature, in: smallArchive)
    static let end = ZipRecord.endOfDirectorySignature

    static let all: [DamagedArchive] = [
        DamagedArchive(name: "empty", bytes: [], failure: .emptyFile),
        DamagedArchive(
            name: "Word 97-2003",
            bytes: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504),
            failure: .compoundDocument),
        DamagedArchive(name: "plain text", bytes: Array("部门整体支出绩效自评报告\n".utf8), failure: .notZip),
        small("a volume of a split archive", end, 4, 1, width: 2, .multiVolume),
        small("ZIP64 entry count", end, 10, 0xFFFF, width: 2, .zip64),
        small("ZIP64 size in the directory", ZipRecord.centralHeaderSignature, 24, 0xFFFF_FFFF, width: 4, .zip64),
        small("directory past the end record", end, 16, 0x1000, width: 4, .truncatedArchive),
        small(
            "directory record signature", ZipRecord.centralHeaderSignature, 0, 0, width: 4,
            .damagedDirectory(offset: directory[0])),
        small(
            "directory name runs past the directory", ZipRecord.centralHeaderSignature, 28, 0x7FFF, width: 2,
            .damagedDirectory(offset: directory[0])),
        DamagedArchive(
            name: "two entries named a.txt",
            bytes: {
                var writer = ZipWriter()
                writer.add("a.txt", bytes: [1])
                writer.add("b.txt", bytes: [2])
                var bytes = writer.archive()
                bytes[offsets(of: ZipRecord.centralHeaderSignature, in: bytes)[1] + 46] = UInt8(ascii: "a")
                return bytes
            }(), failure: .duplicatePath("a.txt")),
        small("local header signature", ZipRecord.localHeaderSignature, 0, 0, width: 4, .damagedEntry(path: "a.txt")),
        small(
            "local header name runs past the file", ZipRecord.localHeaderSignature, 26, 0xFFFF, width: 2,
            .truncatedArchive),
        small(
            "encrypted in the local header only", ZipRecord.localHeaderSignature, 6, 0x0801, width: 2,
            .encrypted(path: "a.txt")),
        small(
            "a changed byte of data", ZipRecord.localHeaderSignature, 30 + 5, UInt32(UInt8(ascii: "j")), width: 1,
            .checksumMismatch(path: "a.txt", expected: 0x3610_A686, actual: CRC32.checksum(of: Array("jello".utf8)))),
        small(
            "stored sizes that disagree", ZipRecord.centralHeaderSignature, 20, 4, width: 4,
            .sizeMismatch(path: "a.txt", expected: 5, actual: 4)),
        DamagedArchive(
            name: "an entry not in the archive", bytes: smallArchive, path: "word/document.xml",
            failure: .noSuchEntry(path: "word/document.xml")),
        DamagedArchive(
            name: "larger than the limit", bytes: smallArchive, limit: 4,
            failure: .entryTooLarge(path: "a.txt", limit: 4)),
        DamagedArchive(
            name: "deflated larger than the limit", bytes: deflated, path: "word/document.xml", limit: 9883,
            failure: .entryTooLarge(path: "word/document.xml", limit: 9883)),
        DamagedArchive(
            name: "deflated data with block type 3", bytes: patched(deflated, documentData, 0x07),
            path: "word/document.xml",
            failure: .damagedStream(path: "word/document.xml", problem: .reservedBlockType, offset: 0)),
        DamagedArchive(
            name: "deflated data cut short by the directory", bytes: patched(deflated, documentRecord + 20, 10),
            path: "word/document.xml",
            failure: .damagedStream(path: "word/document.xml", problem: .truncated, offset: 10)),
        DamagedArchive(
            name: "deflated data past the size the directory says", bytes: patched(deflated, documentRecord + 24, 100),
            path: "word/document.xml", failure: .sizeMismatch(path: "word/document.xml", expected: 100, actual: 9884)),
        DamagedArchive(
            name: "deflated data past the limit and the stated size",
            bytes: patched(deflated, documentRecord + 24, 100),
            path: "word/document.xml", limit: 1000, failure: .entryTooLarge(path: "word/document.xml", limit: 1000)),
    ]
}

/// `bytes` with the little-endian 32-bit `value` at `offset`.
func patched(_ bytes: [UInt8], _ offset: Int, _ value: UInt32) -> [UInt8] {
    var copy = bytes
    guard offset >= 0, offset + 4 <= copy.count else { return copy }
    for index in 0..<4 { copy[offset + index] = UInt8(truncatingIfNeeded: value >> (8 * index)) }
    return copy
}
