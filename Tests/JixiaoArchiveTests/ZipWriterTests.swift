import Testing

@testable import JixiaoArchive

@Suite struct ZipWriterTests {
    @Test func writesTheExactLayoutForOneStoredEntry() {
        // Built field by field with Python's struct module: local header, "hello", directory record
        // (made by Unix 2.0, mode 0644), end record; UTF-8 flag, 1980-01-01 00:00, CRC 0x3610A686.
        let expected =
            "504b03041400000800000000210086a61036050000000500000005000000612e74787468656c6c6f"
            + "504b010214031400000800000000210086a610360500000005000000050000000000000000000000a48100000000612e747874"
            + "504b0506000000000100010033000000280000000000"
        var writer = ZipWriter()
        writer.add("a.txt", bytes: Array("hello".utf8))
        #expect(hex(writer.archive()) == expected)
    }

    @Test func anEmptyArchiveIsTheEndRecordAlone() {
        #expect(hex(ZipWriter().archive()) == "504b0506" + String(repeating: "0", count: 36))
    }

    @Test func theSameEntriesGiveTheSameBytes() {
        func build() -> [UInt8] {
            var writer = ZipWriter()
            writer.add("word/document.xml", bytes: Array("<w:t>部门整体支出</w:t>".utf8))
            writer.add("docProps/core.xml", bytes: [])
            return writer.archive()
        }
        #expect(build() == build())
    }

    @Test(arguments: [
        (["a", "b", "a"], ArchiveFailure.pathAddedTwice("a")),
        (
            [String(repeating: "长", count: 21_846)],
            .nameTooLong(path: String(repeating: "长", count: 21_846), byteCount: 65_538)
        ),
    ])
    func refusesWhatAZipCannotHold(_ example: (paths: [String], failure: ArchiveFailure)) {
        var writer = ZipWriter()
        for path in example.paths { writer.add(path, bytes: [1]) }
        #expect(throws: example.failure) { try writer.checkedArchive() }
        #expect(writer.archive() == [])
    }

    @Test func refusesMoreEntriesThanTheEndRecordCounts() {
        var writer = ZipWriter()
        for index in 0...ZipRecord.largestEntryCount { writer.add("\(index)", bytes: []) }
        #expect(throws: ArchiveFailure.tooManyEntries(count: 65_535)) { try writer.checkedArchive() }
    }
}

func hex(_ bytes: [UInt8]) -> String {
    bytes.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
}
