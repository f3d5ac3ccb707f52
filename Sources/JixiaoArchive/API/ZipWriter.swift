/// Builds a ZIP archive in memory: the container of a `.docx`.
///
/// Entries are stored without compression (method 0), each with its CRC-32, a UTF-8 name
/// (general purpose bit 11), "version needed" 2.0 and the fixed timestamp 1980-01-01 00:00, with no
/// data descriptors and no ZIP64: the same entries added in the same order give byte-identical
/// archives, which Word, WPS, LibreOffice, `unzip` and Python's `zipfile` read.
///
///     var writer = ZipWriter()
///     writer.add("[Content_Types].xml", bytes: Array(contentTypes.utf8))
///     writer.add("word/document.xml", bytes: Array(document.utf8))
///     let docx = try writer.checkedArchive()
///
/// A ZIP without ZIP64 holds at most 65,534 entries, names of up to 65,535 UTF-8 bytes and
/// entries and a whole archive of up to 4 GB − 2 bytes; jixiao's documents are kilobytes.
/// `checkedArchive()` says which limit was passed; `archive()` is for callers whose entries are
/// known to be within them. Read archives back with `ZipReader`.
public struct ZipWriter: Sendable {
    private var entries: [Entry] = []

    public init() {}

    /// Adds a file stored without compression; entries keep the order they are added in.
    ///
    /// `path` is the name inside the archive, with `/` between folders and no leading `/`
    /// (`word/document.xml`). Adding a name twice makes `checkedArchive()` throw.
    public mutating func add(_ path: String, bytes: [UInt8]) {
        entries.append(Entry(path: path, name: Array(path.utf8), bytes: bytes, crc: CRC32.checksum(of: bytes)))
    }

    /// The whole archive: local headers, data, central directory, end record. Fixed timestamp
    /// 1980-01-01 00:00 so the same entries give byte-identical archives.
    ///
    /// When the entries pass a ZIP limit (see the type's summary) or repeat a name, there is no valid
    /// archive to give, and the result is empty (`[]`), which no ZIP reader takes for an archive;
    /// use `checkedArchive()` to learn which limit it was.
    public func archive() -> [UInt8] {
        do {
            return try checkedArchive()
        } catch {
            return []
        }
    }

    /// The same archive as `archive()`, or the limit the entries pass.
    ///
    /// - Throws: `ArchiveFailure.pathAddedTwice`, `.nameTooLong`, `.entryTooLargeToWrite`,
    ///   `.tooManyEntries` or `.archiveTooLarge`.
    public func checkedArchive() throws(ArchiveFailure) -> [UInt8] {
        try checkLimits()
        var output: [UInt8] = []
        output.reserveCapacity(try totalSize())
        var offsets: [UInt32] = []
        offsets.reserveCapacity(entries.count)
        for entry in entries {
            offsets.append(UInt32(output.count))
            output.appendLittleEndian(ZipRecord.localHeaderSignature)
            output.appendFields(of: entry)
            output.appendLittleEndian(UInt16(0))  // extra field length
            output.append(contentsOf: entry.name)
            output.append(contentsOf: entry.bytes)
        }
        let directoryOffset = UInt32(output.count)
        for (entry, offset) in zip(entries, offsets) {
            output.appendLittleEndian(ZipRecord.centralHeaderSignature)
            output.appendLittleEndian(ZipRecord.versionMadeBy)
            output.appendFields(of: entry)
            output.appendLittleEndian(UInt16(0))  // extra field length
            output.appendLittleEndian(UInt16(0))  // comment length
            output.appendLittleEndian(UInt16(0))  // disk number
            output.appendLittleEndian(UInt16(0))  // internal attributes
            output.appendLittleEndian(ZipRecord.regularFileAttributes)
            output.appendLittleEndian(offset)
            output.append(contentsOf: entry.name)
        }
        let directorySize = UInt32(output.count) - directoryOffset
        output.appendLittleEndian(ZipRecord.endOfDirectorySignature)
        output.appendLittleEndian(UInt16(0))  // this disk
        output.appendLittleEndian(UInt16(0))  // disk where the directory starts
        output.appendLittleEndian(UInt16(entries.count))  // entries on this disk
        output.appendLittleEndian(UInt16(entries.count))  // entries in all
        output.appendLittleEndian(directorySize)
        output.appendLittleEndian(directoryOffset)
        output.appendLittleEndian(UInt16(0))  // comment length
        return output
    }
}

private extension ZipWriter {
    struct Entry: Sendable {
        var path: String
        var name: [UInt8]
        var bytes: [UInt8]
        var crc: UInt32
    }

    func checkLimits() throws(ArchiveFailure) {
        guard entries.count <= ZipRecord.largestEntryCount else {
            throw .tooManyEntries(count: entries.count)
        }
        var seen = Set<String>()
        for entry in entries {
            guard entry.name.count <= ZipRecord.largestNameLength else {
                throw .nameTooLong(path: entry.path, byteCount: entry.name.count)
            }
            guard entry.bytes.count <= ZipRecord.largestSize else {
                throw .entryTooLargeToWrite(path: entry.path, size: entry.bytes.count)
            }
            guard seen.insert(entry.path).inserted else { throw .pathAddedTwice(entry.path) }
        }
        // The directory offset must fit too: the end record's fields are 32-bit.
        guard try totalSize() - ZipRecord.endOfDirectorySize <= ZipRecord.largestSize else {
            throw .archiveTooLarge
        }
    }

    /// The archive's size in bytes, summed with overflow reported (it cannot pass Int on 64 bits
    /// once each entry is within its limit, but the sum is checked rather than assumed).
    func totalSize() throws(ArchiveFailure) -> Int {
        var total = ZipRecord.endOfDirectorySize
        for entry in entries {
            let headers = ZipRecord.localHeaderSize + ZipRecord.centralHeaderSize + 2 * entry.name.count
            let (withHeaders, overflow1) = total.addingReportingOverflow(headers)
            let (withData, overflow2) = withHeaders.addingReportingOverflow(entry.bytes.count)
            guard !overflow1, !overflow2 else { throw .archiveTooLarge }
            total = withData
        }
        return total
    }
}

private extension Array where Element == UInt8 {
    /// The fields a local header and a directory record share, from "version needed" to the
    /// name length: version, flags, method, time, date, CRC-32, both sizes, name length.
    mutating func appendFields(of entry: ZipWriter.Entry) {
        appendLittleEndian(ZipRecord.versionNeeded)
        appendLittleEndian(ZipRecord.utf8NameFlag)
        appendLittleEndian(ZipRecord.storedMethod)
        appendLittleEndian(ZipRecord.fixedTime)
        appendLittleEndian(ZipRecord.fixedDate)
        appendLittleEndian(entry.crc)
        appendLittleEndian(UInt32(entry.bytes.count))  // compressed size
        appendLittleEndian(UInt32(entry.bytes.count))  // uncompressed size
        appendLittleEndian(UInt16(entry.name.count))
    }
}
