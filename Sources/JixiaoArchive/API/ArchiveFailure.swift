/// Why an archive or a Deflate stream could not be read or written; the cases carry data, the wording
/// is in `description`, the one place for every Chinese sentence of this target.
///
/// `ZipReader` and `Inflater` throw it for damaged, truncated, encrypted or unsupported input, never
/// crashing on any input; `ZipWriter.checkedArchive()` throws it for entries a ZIP without ZIP64
/// cannot hold. Offsets are 0-based byte positions in the archive or in the Deflate stream (the
/// messages count from 1, as a person does); a stream problem is at the byte holding the last bit read,
/// a truncated stream at its length.
public enum ArchiveFailure: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file has no bytes at all.
    case emptyFile
    /// An OLE2 compound file: a Word 97–2003 `.doc`, or a `.docx` that Word protected with a password.
    case compoundDocument
    /// No end-of-central-directory record: not a ZIP file.
    case notZip
    /// The directory, or an entry's data, reaches past the end of the file: it was cut short.
    case truncatedArchive
    /// A directory record at `offset` has a wrong signature or a field that does not fit.
    case damagedDirectory(offset: Int)
    /// One volume of an archive split over several files.
    case multiVolume
    /// ZIP64 records (archives over 4 GB or 65,535 entries), which jixiao does not read.
    case zip64
    /// Two entries with the same name.
    case duplicatePath(String)
    /// The entry is encrypted (general purpose bit 0).
    case encrypted(path: String)
    /// A compression method other than stored (0) and Deflate (8).
    case unsupportedMethod(path: String, method: Int)
    /// `contents(of:)` was asked for a name the archive does not have.
    case noSuchEntry(path: String)
    /// No local header (signature "PK\3\4") where the directory says the entry starts.
    case damagedEntry(path: String)
    /// The entry unpacks (or the directory says it does) to more than the caller's limit.
    case entryTooLarge(path: String, limit: Int)
    /// The entry unpacked to another size than the directory states.
    case sizeMismatch(path: String, expected: Int, actual: Int)
    /// The entry's CRC-32 is not the one the directory states.
    case checksumMismatch(path: String, expected: UInt32, actual: UInt32)
    /// The Deflate data is malformed at byte `offset` of the stream; `path` is nil for a bare stream.
    case damagedStream(path: String?, problem: StreamProblem, offset: Int)
    /// A bare stream (`Inflater.inflate(_:)`) would unpack to more than the limit (a "zip bomb" or
    /// a wrong limit); in a ZIP entry this is `entryTooLarge`.
    case outputLimitReached(limit: Int)
    /// `ZipWriter`: the same name added twice.
    case pathAddedTwice(String)
    /// `ZipWriter`: an entry of more than 4 GB − 2 bytes needs ZIP64.
    case entryTooLargeToWrite(path: String, size: Int)
    /// `ZipWriter`: a name longer than 65,535 UTF-8 bytes.
    case nameTooLong(path: String, byteCount: Int)
    /// `ZipWriter`: more than 65,534 entries need ZIP64.
    case tooManyEntries(count: Int)
    /// `ZipWriter`: the whole archive would pass 4 GB − 2 bytes and need ZIP64.
    case archiveTooLarge

    /// What is wrong inside a Deflate stream (RFC 1951).
    public enum StreamProblem: Sendable, Equatable {
        /// Block type 3, which RFC 1951 reserves.
        case reservedBlockType
        /// A stored block's length and its one's complement disagree.
        case storedLengthMismatch
        /// A dynamic block declares more than 286 literal/length or 30 distance codes.
        case tooManyCodes(literals: Int, distances: Int)
        /// Code lengths that give more codes than bits allow.
        case overSubscribed(HuffmanCode)
        /// Code lengths that leave codes unused (allowed only for a single one-bit code).
        case incomplete(HuffmanCode)
        /// Code-length symbol 16 ("repeat the previous length") as the first length.
        case repeatWithoutPrevious
        /// Repeated code lengths run past the number of codes the block declared.
        case tooManyLengths
        /// The literal/length code has no end-of-block symbol (256).
        case missingEndOfBlock
        /// Bits that are no code of the tree, or symbol 286, 287 (lengths) or 30, 31 (distances).
        case invalidSymbol(HuffmanCode)
        /// A match reaching back `distance` bytes when only `available` have been written.
        case distanceTooFar(distance: Int, available: Int)
        /// The stream ends before its last block does.
        case truncated
    }

    /// The three Huffman codes of a dynamic block.
    public enum HuffmanCode: Sendable, Equatable {
        case codeLengths, literalsAndLengths, distances
    }

    public var description: String {
        switch self {
        case .emptyFile: "文件是空的（0 字节），不是 ZIP 文件；请确认选对了文件"
        case .compoundDocument:
            "这是旧版 Word（.doc）文件或加了密码的 Word 文件，不是 .docx：请在 Word/WPS 里去掉密码，再“另存为” .docx"
        case .notZip: "不是 ZIP 文件（.docx 是 ZIP 格式，这个文件里找不到 ZIP 的目录）；请确认它是 Word/WPS 保存的 .docx"
        case .truncatedArchive: "文件已损坏：文件不完整，目录指向文件末尾之后；\(Self.retry)"
        case .damagedDirectory(let offset): "文件已损坏：第 \(offset + 1) 字节处的目录记录无法识别；\(Self.retry)"
        case .multiVolume: "这是分卷压缩文件的一卷，jixiao 只读单个完整的文件；请先合并成一个文件"
        case .zip64: "文件使用了 ZIP64 格式（超过 4 GB 或 65535 项），jixiao 不读这种文件；请在 Word/WPS 里另存为 .docx"
        case .duplicatePath(let path): "文件里「\(path)」出现了不止一次，无法确定用哪一个；\(Self.retry)"
        case .encrypted(let path):
            "文件加了密码（「\(path)」是加密的），请先在 Word/WPS 里去掉密码再另存为 .docx"
        case .unsupportedMethod(let path, let method):
            "「\(path)」用了 jixiao 不支持的压缩方法（编号 \(method)），只支持不压缩和 Deflate；请在 Word/WPS 里另存为 .docx"
        case .noSuchEntry(let path): "文件里没有「\(path)」，它可能不是 Word 文档（.docx）"
        case .damagedEntry(let path): "文件已损坏：「\(path)」的记录头无法识别；\(Self.retry)"
        case .entryTooLarge(let path, let limit):
            "「\(path)」解压后超过上限 \(limit) 字节，这不像正常的文档（可能是“压缩炸弹”）；请确认选对了文件"
        case .sizeMismatch(let path, let expected, let actual):
            "文件已损坏：「\(path)」应有 \(expected) 字节，实际解压出 \(actual) 字节；\(Self.retry)"
        case .checksumMismatch(let path, let expected, let actual):
            "文件已损坏：「\(path)」的校验值（CRC-32）应为 \(Self.hex(expected))，实际为 \(Self.hex(actual))；\(Self.retry)"
        case .damagedStream(let path, let problem, let offset):
            "文件已损坏：\(path.map { "「\($0)」的" } ?? "")压缩数据\(Self.sentence(for: problem, at: offset))；\(Self.retry)"
        case .outputLimitReached(let limit): "解压后超过上限 \(limit) 字节，已停止（可能是“压缩炸弹”）；请确认选对了文件"
        case .pathAddedTwice(let path): "无法写出 ZIP 文件：「\(path)」加了两次，同一个名称只能有一项"
        case .entryTooLargeToWrite(let path, let size):
            "无法写出 ZIP 文件：「\(path)」有 \(size) 字节，超过不用 ZIP64 时每项的上限 \(ZipRecord.largestSize) 字节"
        case .nameTooLong(let path, let byteCount):
            "无法写出 ZIP 文件：名称「\(path.prefix(40))…」有 \(byteCount) 字节，超过上限 \(ZipRecord.largestNameLength) 字节"
        case .tooManyEntries(let count):
            "无法写出 ZIP 文件：有 \(count) 项，超过不用 ZIP64 时的上限 \(ZipRecord.largestEntryCount) 项"
        case .archiveTooLarge: "无法写出 ZIP 文件：总大小超过不用 ZIP64 时的上限 \(ZipRecord.largestSize) 字节"
        }
    }
}

private extension ArchiveFailure {
    static let retry = "请重新复制或下载这个文件，或在 Word/WPS 里打开后另存为 .docx"

    static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return "0x" + String(repeating: "0", count: 8 - digits.count) + digits
    }

    /// What is wrong in a Deflate stream, with where: "第 N 字节处…" counting from 1.
    static func sentence(for problem: StreamProblem, at offset: Int) -> String {
        let place = "第 \(offset + 1) 字节处"
        return switch problem {
        case .reservedBlockType: place + "出现了保留的块类型 3"
        case .storedLengthMismatch: place + "不压缩块的长度与其校验（反码）不符"
        case .tooManyCodes(let literals, let distances):
            place + "声明了 \(literals) 个字面量/长度码和 \(distances) 个距离码（最多 286 和 30 个）"
        case .overSubscribed(let code): place + "\(name(of: code))的码长超额（码比位数允许的多）"
        case .incomplete(let code): place + "\(name(of: code))的码长不完整（有码没有用上）"
        case .repeatWithoutPrevious: place + "第一个码长就是“重复前一个”"
        case .tooManyLengths: place + "重复的码长超出了声明的码数"
        case .missingEndOfBlock: place + "缺少块结束码（256）"
        case .invalidSymbol(let code): place + "出现了\(name(of: code))里没有的码"
        case .distanceTooFar(let distance, let available):
            place + "要回溯 \(distance) 字节，但前面只有 \(available) 字节"
        case .truncated: "只有 \(offset) 字节，没有结束就断了（文件不完整）"
        }
    }

    static func name(of code: HuffmanCode) -> String {
        switch code {
        case .codeLengths: "码长编码"
        case .literalsAndLengths: "字面量/长度编码"
        case .distances: "距离编码"
        }
    }
}
