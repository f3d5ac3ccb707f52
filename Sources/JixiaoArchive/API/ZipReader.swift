/// Reads a ZIP archive held in memory: the container of a `.docx`.
///
/// `init(bytes:)` finds the end-of-central-directory record (behind a comment, if any) and reads
/// the directory; `contents(of:limit:)` unpacks one entry, stored (method 0) or deflated (8, through
/// `Inflater`), and checks its size and CRC-32 against the directory. Entries with a data
/// descriptor are read like any other: the directory has their sizes.
///
///     let archive = try ZipReader(bytes: docx)
///     guard archive.paths.contains("word/document.xml") else { … }
///     let xml = try archive.contents(of: "word/document.xml")
///
/// Refused with an `ArchiveFailure`, never a crash, whatever the bytes: an empty file, a Word
/// 97–2003 or password-protected Word file (`.compoundDocument`), anything without a ZIP directory,
/// split archives, ZIP64, repeated names, and, when their contents are asked for, encrypted entries,
/// other methods, damaged data, a wrong CRC or size, and entries larger than the limit.
public struct ZipReader: Sendable {
    private let bytes: [UInt8]
    private let entries: [DirectoryEntry]
    private let entryIndex: [String: Int]

    /// Reads the directory of the archive `bytes`.
    public init(bytes: [UInt8]) throws(ArchiveFailure) {
        guard !bytes.isEmpty else { throw .emptyFile }
        guard !bytes.starts(with: Self.compoundDocumentSignature) else { throw .compoundDocument }
        let end = try EndOfDirectory(in: bytes)
        let directoryEnd = end.directoryOffset + end.directorySize
        var entries: [DirectoryEntry] = []
        var entryIndex: [String: Int] = [:]
        var offset = end.directoryOffset
        for _ in 0..<end.entryCount {
            let entry = try DirectoryEntry(at: offset, in: bytes, limit: directoryEnd)
            guard entryIndex.updateValue(entries.count, forKey: entry.path) == nil else {
                throw .duplicatePath(entry.path)
            }
            entries.append(entry)
            offset = entry.end
        }
        self.bytes = bytes
        self.entries = entries
        self.entryIndex = entryIndex
    }

    /// The entries' names in directory order, folders (ending in `/`) included.
    public var paths: [String] { entries.map(\.path) }

    /// The unpacked bytes of the entry named `path`.
    ///
    /// - Parameter limit: the largest size accepted, in bytes; an entry whose directory record or
    ///   whose data says more throws `.entryTooLarge` without unpacking more than `limit` bytes.
    public func contents(of path: String, limit: Int = 64 << 20) throws(ArchiveFailure) -> [UInt8] {
        guard let index = entryIndex[path] else { throw .noSuchEntry(path: path) }
        let entry = entries[index]
        guard entry.flags & ZipRecord.encryptedFlag == 0 else { throw .encrypted(path: path) }
        guard entry.method == ZipRecord.storedMethod || entry.method == ZipRecord.deflatedMethod else {
            throw .unsupportedMethod(path: path, method: Int(entry.method))
        }
        guard entry.size <= limit else { throw .entryTooLarge(path: path, limit: limit) }
        let data = try storedData(of: entry)
        let output: [UInt8]
        if entry.method == ZipRecord.storedMethod {
            output = Array(data)
        } else {
            output = try Inflater(limit: limit).inflate(Array(data), entry: path)
        }
        guard output.count == entry.size else {
            throw .sizeMismatch(path: path, expected: entry.size, actual: output.count)
        }
        let crc = CRC32.checksum(of: output)
        guard crc == entry.crc else { throw .checksumMismatch(path: path, expected: entry.crc, actual: crc) }
        return output
    }
}

private extension ZipReader {
    /// The first bytes of an OLE2 compound file (Word 97–2003, or Office's encrypted package).
    static let compoundDocumentSignature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    /// The entry's bytes as stored, after its local header, which must be there and agree on encryption.
    func storedData(of entry: DirectoryEntry) throws(ArchiveFailure) -> ArraySlice<UInt8> {
        let header = entry.localHeaderOffset
        guard bytes.uint32(at: header) == ZipRecord.localHeaderSignature,
            let flags = bytes.uint16(at: header + 6),
            let nameLength = bytes.uint16(at: header + 26), let extraLength = bytes.uint16(at: header + 28)
        else { throw .damagedEntry(path: entry.path) }
        guard flags & ZipRecord.encryptedFlag == 0 else { throw .encrypted(path: entry.path) }
        let start = header + ZipRecord.localHeaderSize + Int(nameLength) + Int(extraLength)
        guard entry.compressedSize <= bytes.count - start else { throw .truncatedArchive }
        return bytes[start..<start + entry.compressedSize]
    }
}
