/// The end-of-central-directory record: where the directory is and how many entries it has.
///
/// The record is the last 22 bytes of the archive plus a comment of up to 65,535 bytes, so it is
/// searched for backwards from the end. A comment may itself hold the bytes "PK\5\6"; the record
/// taken is the one whose comment length reaches exactly to the end of the file (Info-ZIP's `unzip`
/// and Python's `zipfile` take the last signature and find no entries or no archive in such a file).
struct EndOfDirectory {
    var entryCount: Int
    var directoryOffset: Int
    var directorySize: Int

    /// The record of `bytes`, refusing archives that are split, ZIP64 or whose directory does not end
    /// before the record.
    init(in bytes: [UInt8]) throws(ArchiveFailure) {
        guard let start = Self.recordStart(in: bytes), let disk = bytes.uint16(at: start + 4),
            let directoryDisk = bytes.uint16(at: start + 6), let entriesOnDisk = bytes.uint16(at: start + 8),
            let entryCount = bytes.uint16(at: start + 10), let directorySize = bytes.uint32(at: start + 12),
            let directoryOffset = bytes.uint32(at: start + 16)
        else { throw .notZip }
        let locator = start - ZipRecord.zip64EndLocatorSize
        guard bytes.uint32(at: locator) != ZipRecord.zip64EndLocatorSignature, entryCount != UInt16.max,
            directorySize != UInt32.max, directoryOffset != UInt32.max
        else { throw .zip64 }
        guard disk == 0, directoryDisk == 0, entriesOnDisk == entryCount else { throw .multiVolume }
        self.entryCount = Int(entryCount)
        self.directorySize = Int(directorySize)
        self.directoryOffset = Int(directoryOffset)
        guard self.directoryOffset + self.directorySize <= start else { throw .truncatedArchive }
    }
}

private extension EndOfDirectory {
    /// The offset of the last "PK\5\6" whose comment ends where the file does.
    static func recordStart(in bytes: [UInt8]) -> Int? {
        let latest = bytes.count - ZipRecord.endOfDirectorySize
        guard latest >= 0 else { return nil }
        let earliest = max(0, latest - Int(UInt16.max))
        for start in stride(from: latest, through: earliest, by: -1)
        where bytes[start] == 0x50 && bytes.uint32(at: start) == ZipRecord.endOfDirectorySignature {
            if let commentLength = bytes.uint16(at: start + 20), start + 22 + Int(commentLength) == bytes.count {
                return start
            }
        }
        return nil
    }
}
