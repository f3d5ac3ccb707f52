import Foundation
import Testing

/// `Fixtures/archive-fixtures.json`: Deflate streams made by zlib and ZIP files made by Python's
/// `zipfile`, written by `Fixtures/make-archive-fixtures.py` (whose header describes each field).
enum ArchiveFixtures {
    /// What a stream or an entry must unpack to: size and CRC-32 always, the bytes when small.
    struct Original: Sendable {
        var size: Int
        var crc: UInt32
        var bytes: [UInt8]?
    }

    struct Stream: CustomTestStringConvertible, Sendable {
        var name: String
        var deflated: [UInt8]
        var original: Original
        var testDescription: String { name }
    }

    struct Archive: CustomTestStringConvertible, Sendable {
        var name: String
        var bytes: [UInt8]
        /// Path and content of each entry, in directory order; nil when reading must fail.
        var entries: [(path: String, original: Original)]?
        /// The failure's name and fields, when reading must fail.
        var expected: [String: String]
        var testDescription: String { name }
    }

    static let streams: [Stream] = load().streams
    static let archives: [Archive] = load().archives

    static func stream(_ name: String) -> Stream {
        guard let stream = streams.first(where: { $0.name == name }) else {
            Issue.record("no stream named \(name) in archive-fixtures.json")
            return Stream(name: name, deflated: [], original: Original(size: 0, crc: 0))
        }
        return stream
    }

    private static func load() -> (streams: [Stream], archives: [Archive]) {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/archive-fixtures.json")
        guard let data = try? Data(contentsOf: url),
            let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let inputs = root["inputs"] as? [String: [String: Any]],
            let streams = root["streams"] as? [[String: Any]],
            let zips = root["zips"] as? [[String: Any]]
        else { return ([], []) }
        func original(_ name: Any?) -> Original {
            let input = inputs[name as? String ?? ""] ?? [:]
            return Original(
                size: input["size"] as? Int ?? -1, crc: UInt32(input["crc"] as? Int ?? 0),
                bytes: (input["bytes"] as? String).map(decode))
        }
        return (
            streams.map {
                Stream(
                    name: $0["name"] as? String ?? "?", deflated: decode($0["deflated"]),
                    original: original($0["input"]))
            },
            zips.map { zip in
                Archive(
                    name: zip["name"] as? String ?? "?", bytes: decode(zip["zip"]),
                    entries: (zip["entries"] as? [[String: Any]])?.map {
                        ($0["path"] as? String ?? "", original($0["input"]))
                    },
                    expected: ((zip["expect"] as? [String: Any]) ?? [:]).mapValues { "\($0)" })
            }
        )
    }

    private static func decode(_ base64: Any?) -> [UInt8] {
        [UInt8](Data(base64Encoded: base64 as? String ?? "") ?? Data())
    }
}
