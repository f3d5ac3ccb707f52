import JixiaoDiagnostics
import JixiaoReader

/// libFuzzer target 1: any bytes as a YAML and as a JSON data file. Reading may fail, but only
/// with a diagnostic; a file that reads must print as JSON that reads back.
@_cdecl("LLVMFuzzerTestOneInput")
public func readerFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    for syntax in [DataFileSyntax.yaml, .json] {
        do throws(Diagnostic) {
            let document = try DataFileReader.read(bytes: bytes, file: "fuzz", syntax: syntax)
            let json = document.root.jsonText
            do throws(Diagnostic) {
                _ = try DataFileReader.read(bytes: Array(json.utf8), file: "fuzz.json", syntax: .json)
            } catch {
                fatalError("jsonText does not read back: \(DiagnosticFormatter.format(error))\n\(json)")
            }
        } catch {
            _ = DiagnosticFormatter.format(error)
        }
    }
    return 0
}
