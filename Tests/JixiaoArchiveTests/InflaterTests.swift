import Testing

@testable import JixiaoArchive

@Suite struct InflaterTests {
    @Test func fixturesAreThere() {
        #expect(ArchiveFixtures.streams.count >= 25)
    }

    @Test(arguments: ArchiveFixtures.streams)
    func inflatesWhatZlibDeflated(_ stream: ArchiveFixtures.Stream) throws {
        let output = try Inflater(limit: 1 << 21).inflate(stream.deflated)
        #expect(output.count == stream.original.size)
        #expect(CRC32.checksum(of: output) == stream.original.crc)
        if let bytes = stream.original.bytes { #expect(output == bytes) }
    }

    @Test func aBombStopsAtTheLimit() {
        let bomb = ArchiveFixtures.stream("zeros bomb")  // 1 MiB of zeros in about 1 KB
        #expect(throws: ArchiveFailure.outputLimitReached(limit: 100_000)) {
            try Inflater(limit: 100_000).inflate(bomb.deflated)
        }
    }

    @Test(arguments: [(50_000, true), (49_999, false), (0, false)])
    func theLimitIsTheLargestOutputAccepted(_ example: (limit: Int, accepts: Bool)) {
        let stream = ArchiveFixtures.stream("one byte repeated")  // 50,000 bytes
        let result = Result { () throws(ArchiveFailure) in try Inflater(limit: example.limit).inflate(stream.deflated) }
        #expect((try? result.get().count) == (example.accepts ? 50_000 : nil))
    }

    @Test(arguments: ["small stored", "small fixed", "small dynamic", "hello Z_HUFFMAN_ONLY", "empty level 0"])
    func everyTruncationIsReportedAsTruncated(_ name: String) {
        let deflated = ArchiveFixtures.stream(name).deflated
        for length in 0..<deflated.count {
            let expected = ArchiveFailure.damagedStream(path: nil, problem: .truncated, offset: length)
            #expect(throws: expected, "cut after \(length) bytes") {
                try Inflater(limit: 1 << 16).inflate(Array(deflated.prefix(length)))
            }
        }
    }

    @Test(arguments: ["small stored", "small fixed", "small dynamic"])
    func flippedBitsGiveAFailureOrBoundedOutputNeverACrash(_ name: String) {
        let deflated = ArchiveFixtures.stream(name).deflated
        var failures = 0
        for bit in 0..<deflated.count * 8 {
            var damaged = deflated
            damaged[bit / 8] ^= 1 << UInt8(bit % 8)
            do {
                #expect(try Inflater(limit: 1024).inflate(damaged).count <= 1024)
            } catch {
                failures += 1
            }
        }
        #expect(failures > 0)
    }

    @Test(arguments: MalformedStream.all)
    func malformedStreamsGiveTheirProblem(_ example: MalformedStream) {
        #expect(throws: example.failure) { try Inflater(limit: 1 << 16).inflate(example.bits.bytes) }
    }

    @Test(arguments: WellFormedStream.all)
    func handMadeStreamsInflate(_ example: WellFormedStream) throws {
        #expect(try Inflater(limit: 1 << 16).inflate(example.bits.bytes) == Array(example.output.utf8))
    }
}

/// A hand-made stream with one defect, and the failure it must give.
struct MalformedStream: CustomTestStringConvertible, Sendable {
    var name: String
    var bits: DeflateBits
    var failure: ArchiveFailure
    var testDescription: String { name }

    init(_ name: String, _ problem: ArchiveFailure.StreamProblem, at offset: Int, _ write: (inout DeflateBits) -> Void)
    {
        self.name = name
        var bits = DeflateBits()
        write(&bits)
        bits.bits(0, 16)  // padding, so that no case fails by running out of bytes instead
        self.bits = bits
        failure = .damagedStream(path: nil, problem: problem, offset: offset)
    }

    static let all = [
        MalformedStream("block type 3", .reservedBlockType, at: 0) { $0.bits(0b111, 3) },
        MalformedStream("stored length and complement disagree", .storedLengthMismatch, at: 4) {
            $0.bits(0b001, 3)
            $0.bits(0, 5)
            $0.bits(5, 16)
            $0.bits(5, 16)
        },
        MalformedStream("287 literal codes", .tooManyCodes(literals: 287, distances: 1), at: 2) {
            $0.dynamicHeader(literals: 287, distances: 1, codeLengths: [0: 1, 18: 1])
        },
        MalformedStream("31 distance codes", .tooManyCodes(literals: 257, distances: 31), at: 2) {
            $0.dynamicHeader(literals: 257, distances: 31, codeLengths: [0: 1, 18: 1])
        },
        MalformedStream("code-length code over-subscribed", .overSubscribed(.codeLengths), at: 3) {
            $0.dynamicHeader(literals: 257, distances: 1, codeLengths: [0: 1, 8: 1, 18: 1])
        },
        MalformedStream("code-length code incomplete", .incomplete(.codeLengths), at: 3) {
            $0.dynamicHeader(literals: 257, distances: 1, codeLengths: [0: 1])
        },
        MalformedStream("repeat before any length", .repeatWithoutPrevious, at: 3) {
            $0.dynamicHeader(literals: 257, distances: 1, codeLengths: [0: 1, 16: 1])
            $0.code("1")  // symbol 16; symbol 0 is "0"
        },
        MalformedStream("repeats past the declared codes", .tooManyLengths, at: 5) {
            $0.dynamicHeader(literals: 257, distances: 1, codeLengths: [0: 1, 18: 1])
            $0.code("1")
            $0.bits(127, 7)  // 138 zeros
            $0.code("1")
            $0.bits(127, 7)  // 138 more: 276 of 258
        },
        MalformedStream("no end-of-block code", .missingEndOfBlock, at: 5) {
            $0.dynamicHeader(literals: 257, distances: 1, codeLengths: [0: 1, 18: 1])
            $0.code("1")
            $0.bits(127, 7)  // 138 zeros
            $0.code("1")
            $0.bits(109, 7)  // 120 zeros: all 258 lengths are 0
        },
        MalformedStream("literal code over-subscribed", .overSubscribed(.literalsAndLengths), at: 12) {
            twoBitCodeLengths(&$0, distances: 1)
            $0.code("01"); $0.code("01"); $0.code("01")  // symbols 0, 1, 2: length 1
            zeros(&$0, 253)
            $0.code("01")  // 256: length 1
            $0.code("00")  // one distance code, unused
        },
        MalformedStream("literal code incomplete", .incomplete(.literalsAndLengths), at: 12) {
            twoBitCodeLengths(&$0, distances: 1)
            zeros(&$0, 65)
            $0.code("01")  // "A": length 1
            zeros(&$0, 190)
            $0.code("10")  // 256: length 2, so one two-bit code is left unused
            $0.code("00")
        },
        MalformedStream("distance code incomplete", .incomplete(.distances), at: 13) {
            literalAAndEndOfBlock(&$0, distances: 2)
            $0.code("10"); $0.code("10")  // two distance codes of length 2
        },
        MalformedStream("a match without distance codes", .invalidSymbol(.distances), at: 15) {
            literalAAndEndOfBlock(&$0, distances: 1, withLength3: true)
            $0.code("00")  // no distance codes
            $0.code("11")  // symbol 257: length 3; the distance then has no code
        },
        MalformedStream("fixed literal/length symbol 286", .invalidSymbol(.literalsAndLengths), at: 1) {
            $0.bits(0b011, 3)
            $0.code("11000110")
        },
        MalformedStream("fixed distance symbol 30", .invalidSymbol(.distances), at: 4) {
            $0.bits(0b011, 3)
            $0.code("10010001")  // "a"
            $0.code("0000001")  // length 3
            $0.code("11110")  // distance symbol 30, no such code
        },
        MalformedStream("distance before the start", .distanceTooFar(distance: 2, available: 1), at: 2) {
            $0.bits(0b011, 3)
            $0.code("10010001")  // "a"
            $0.code("0000001")  // length 3
            $0.code("00001")  // distance 2, but only one byte so far
        },
    ]
}

/// A hand-made valid stream and what it unpacks to.
struct WellFormedStream: CustomTestStringConvertible, Sendable {
    var name: String
    var bits: DeflateBits
    var output: String
    var testDescription: String { name }

    static let all: [WellFormedStream] = [
        {
            var bits = DeflateBits()
            literalAAndEndOfBlock(&bits, distances: 1)
            bits.code("00")  // no distance codes: literals only
            bits.code("0"); bits.code("0"); bits.code("1")  // "A", "A", end of block
            return WellFormedStream(name: "literals only, no distance codes", bits: bits, output: "AA")
        }(),
        {
            var bits = DeflateBits()
            literalAAndEndOfBlock(&bits, distances: 1, withLength3: true)
            bits.code("01")  // one distance code (symbol 0, distance 1) of one bit: incomplete but allowed
            bits.code("0"); bits.code("11"); bits.code("0"); bits.code("10")  // "A", length 3 distance 1, end
            return WellFormedStream(name: "a single one-bit distance code", bits: bits, output: "AAAA")
        }(),
        {
            var bits = DeflateBits()
            bits.bits(0b000, 3)  // stored, not final
            bits.bits(0, 5)
            bits.bits(2, 16); bits.bits(0xFFFD, 16)
            bits.bits(0x4F, 8); bits.bits(0x4B, 8)  // "OK"
            bits.bits(0b011, 3)  // fixed, final
            bits.code("0000000")  // end of block
            return WellFormedStream(name: "a stored block, then an empty fixed one", bits: bits, output: "OK")
        }(),
    ]
}

/// A dynamic header whose code-length code gives symbols 0, 1, 2 and 18 two bits each
/// ("00", "01", "10", "11"), for `literals` 257 and the given number of distance codes.
private func twoBitCodeLengths(_ bits: inout DeflateBits, distances: Int) {
    bits.dynamicHeader(literals: 257, distances: distances, codeLengths: [0: 2, 1: 2, 2: 2, 18: 2])
}

/// `count` zero code lengths, with symbol 18 (11–138 zeros) and single zeros for the rest.
private func zeros(_ bits: inout DeflateBits, _ count: Int) {
    var left = count
    while left >= 11 {
        let run = min(left, 138)
        bits.code("11")
        bits.bits(run - 11, 7)
        left -= run
    }
    for _ in 0..<left { bits.code("00") }
}

/// Literal/length lengths "A" (65) and end-of-block 1 bit each ("0", "1"), or with `withLength3`
/// "A" 1 bit, end-of-block and symbol 257 (length 3) 2 bits each ("0", "10", "11"); the distance
/// lengths follow.
private func literalAAndEndOfBlock(_ bits: inout DeflateBits, distances: Int, withLength3: Bool = false) {
    bits.dynamicHeader(literals: withLength3 ? 258 : 257, distances: distances, codeLengths: [0: 2, 1: 2, 2: 2, 18: 2])
    zeros(&bits, 65)
    bits.code("01")
    zeros(&bits, 190)
    bits.code(withLength3 ? "10" : "01")
    if withLength3 { bits.code("10") }
}
