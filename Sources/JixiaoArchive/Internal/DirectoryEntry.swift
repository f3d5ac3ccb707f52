/// One central directory record: an entry's name, method, flags, sizes, CRC-32 and header offset.
///
/// The directory, not the local header, is trusted for sizes and CRC: an entry written with a
/// data descriptor (general purpose bit 3) has zeros in its local header.
struct DirectoryEntry: Sendable {
    var path: String
    var flags: UInt16
    var method: UInt16
    var crc: UInt32
    var compressedSize: Int
    var size: Int
    var localHeaderOffset: Int
    /// Where the next record starts.
    var end: Int

    /// Reads the record at `offset`, which must end by `limit` (the end of the directory).
    init(at offset: Int, in bytes: [UInt8], limit: Int) throws(ArchiveFailure) {
        let fixedEnd = offset + ZipRecord.centralHeaderSize
        guard fixedEnd <= limit, bytes.uint32(at: offset) == ZipRecord.centralHeaderSignature,
            let flags = bytes.uint16(at: offset + 8), let method = bytes.uint16(at: offset + 10),
            let crc = bytes.uint32(at: offset + 16), let compressedSize = bytes.uint32(at: offset + 20),
            let size = bytes.uint32(at: offset + 24), let nameLength = bytes.uint16(at: offset + 28),
            let extraLength = bytes.uint16(at: offset + 30), let commentLength = bytes.uint16(at: offset + 32),
            let localHeaderOffset = bytes.uint32(at: offset + 42)
        else { throw .damagedDirectory(offset: offset) }
        let nameEnd = fixedEnd + Int(nameLength)
        end = nameEnd + Int(extraLength) + Int(commentLength)
        guard end <= limit else { throw .damagedDirectory(offset: offset) }
        guard compressedSize != UInt32.max, size != UInt32.max, localHeaderOffset != UInt32.max else { throw .zip64 }
        path = Self.name(from: bytes[fixedEnd..<nameEnd], isUTF8: flags & ZipRecord.utf8NameFlag != 0)
        self.flags = flags
        self.method = method
        self.crc = crc
        self.compressedSize = Int(compressedSize)
        self.size = Int(size)
        self.localHeaderOffset = Int(localHeaderOffset)
    }
}

private extension DirectoryEntry {
    /// The name as UTF-8 when it is valid UTF-8 (flagged or not: many tools write UTF-8 without the
    /// flag), otherwise in code page 437, what APPNOTE 6.3 appendix D says an unflagged name is.
    static func name(from bytes: ArraySlice<UInt8>, isUTF8: Bool) -> String {
        let utf8 = String(decoding: bytes, as: UTF8.self)
        if isUTF8 || utf8.utf8.elementsEqual(bytes) { return utf8 }
        return String(bytes.map { $0 < 0x80 ? Character(Unicode.Scalar($0)) : codePage437[Int($0) - 0x80] })
    }

    /// Code page 437's characters for bytes 0x80–0xFF.
    static let codePage437 = Array(
        "ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀"
            + "αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u{A0}")
}
