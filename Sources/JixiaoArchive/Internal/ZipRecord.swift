/// The record signatures and fixed values of the ZIP format that both `ZipWriter` and `ZipReader` use.
///
/// Layout of the archives jixiao writes (PKWARE APPNOTE 6.3, sections 4.3.7, 4.3.12, 4.3.16),
/// every field little-endian:
///
///     local header  "PK\3\4" version flags method time date crc size size nameLength extraLength name
///     data          the entry's bytes, stored as they are
///     …             one local header and data per entry, in the order added
///     directory     "PK\1\2" per entry: the same fields plus comment, disk, attributes, header offset
///     end record    "PK\5\6" disk numbers, entry counts, directory size and offset, comment length
enum ZipRecord {
    static let localHeaderSignature: UInt32 = 0x0403_4B50
    static let centralHeaderSignature: UInt32 = 0x0201_4B50
    static let endOfDirectorySignature: UInt32 = 0x0605_4B50
    static let zip64EndLocatorSignature: UInt32 = 0x0706_4B50

    static let localHeaderSize = 30
    static let centralHeaderSize = 46
    static let endOfDirectorySize = 22
    static let zip64EndLocatorSize = 20

    /// "Version needed to extract" 2.0: the oldest version that has Deflate and folders.
    static let versionNeeded: UInt16 = 20

    /// "Version made by": Unix (3) in the high byte, 2.0 in the low one. Unix rather than MS-DOS because
    /// Info-ZIP's `unzip` re-encodes the names of MS-DOS entries from code page 437 even when bit 11
    /// says UTF-8, garbling Chinese names; Word, WPS and LibreOffice accept either.
    static let versionMadeBy: UInt16 = 3 << 8 | 20
    /// External attributes of a Unix regular file with mode 0644 (`0o100644 << 16`), so that `unzip`
    /// extracts readable files.
    static let regularFileAttributes: UInt32 = 0o100644 << 16

    /// General purpose bit 0: the entry is encrypted.
    static let encryptedFlag: UInt16 = 1 << 0
    /// General purpose bit 3: sizes and CRC follow the data in a data descriptor (the directory has them too).
    static let dataDescriptorFlag: UInt16 = 1 << 3
    /// General purpose bit 11: the name is UTF-8 (APPNOTE appendix D).
    static let utf8NameFlag: UInt16 = 1 << 11

    static let storedMethod: UInt16 = 0
    static let deflatedMethod: UInt16 = 8

    /// MS-DOS time 00:00:00 and date 1980-01-01 (`(1980 − 1980) << 9 | 1 << 5 | 1`), the earliest a ZIP
    /// can say; the same for every entry, so the same entries give byte-identical archives.
    static let fixedTime: UInt16 = 0
    static let fixedDate: UInt16 = 0x0021

    /// A size, offset or count field holding its largest value means "see the ZIP64 record", so the
    /// largest value a plain ZIP can hold is one less.
    static let largestSize = Int(UInt32.max) - 1
    static let largestEntryCount = Int(UInt16.max) - 1
    static let largestNameLength = Int(UInt16.max)
}
