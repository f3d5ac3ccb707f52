import Foundation
import Testing

@testable import JixiaoReader

/// One case of `Fixtures/yaml-conformance.json`: YAML text and what YAML 1.2 reads from it.
///
/// The expected values were produced by `Fixtures/make-yaml-conformance.py` with ruamel.yaml
/// (a YAML 1.2 reader); the script's header says where it was corrected to the core schema.
struct ConformanceCase: CustomTestStringConvertible, Sendable {
    let name: String
    let yaml: String
    let expected: String

    var testDescription: String { name }

    static func load() -> [ConformanceCase] {
        let url = fixturesFolder.appendingPathComponent("yaml-conformance.json")
        guard let data = try? Data(contentsOf: url),
            let cases = try? JSONSerialization.jsonObject(with: data) as? [[String: Any]]
        else { return [] }
        return cases.map {
            ConformanceCase(name: $0["name"] as! String, yaml: $0["yaml"] as! String, expected: canonical(expected: $0["expected"]!))
        }
    }
}

@Suite struct YAMLConformanceTests {
    @Test func fixtureHasCases() {
        #expect(ConformanceCase.load().count >= 40)
    }

    @Test(arguments: ConformanceCase.load())
    func readsAsYAML12Does(_ example: ConformanceCase) {
        guard let node = root(of: example.yaml) else { return }
        #expect(canonical(node) == example.expected, "input:\n\(example.yaml)")
    }

    @Test(arguments: ConformanceCase.load())
    func jsonOutputReadsBackToTheSameTree(_ example: ConformanceCase) {
        guard let node = root(of: example.yaml), let again = root(of: node.jsonText, syntax: .json) else { return }
        #expect(canonical(again) == canonical(node))
    }
}
