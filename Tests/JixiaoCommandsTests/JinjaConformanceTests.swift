import Foundation
import JixiaoDiagnostics
import JixiaoReader
import JixiaoTemplates
import Testing

import JixiaoDocuments

/// One case of `Fixtures/jinja-conformance.json`: templates, data, and what Jinja2 3.x printed
/// for them with jixiao's profile (or that it refused them).
///
/// Produced by `Fixtures/make-jinja-conformance.py`, which runs Jinja2 itself; the data goes
/// through jixiao's own reader and `TemplateData`, as `jixiao template` does.
struct JinjaCase: CustomTestStringConvertible, Sendable {
    let name: String
    let main: String
    let templates: [String: String]
    let data: String
    let expected: String?

    var testDescription: String { name }

    static func load() -> [JinjaCase] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/jinja-conformance.json")
        guard let data = try? Data(contentsOf: url),
            let cases = try? JSONSerialization.jsonObject(with: data) as? [[String: Any]]
        else { return [] }
        return cases.map {
            JinjaCase(
                name: $0["name"] as! String, main: $0["main"] as! String, templates: $0["templates"] as! [String: String],
                data: $0["data"] as! String, expected: $0["expected"] as? String)
        }
    }
}

@Suite struct JinjaConformanceTests {
    @Test func fixtureHasCases() {
        #expect(JinjaCase.load().count >= 100)
    }

    @Test(arguments: JinjaCase.load())
    func printsWhatJinja2Prints(_ example: JinjaCase) throws {
        let document = try DataFileReader.read(text: example.data, file: "data.json", syntax: .json)
        let names = TemplateData.names(of: document.root)
        do {
            let library = try TemplateLibrary(templates: example.templates, main: example.main)
            let output = try library.render(names)
            if let expected = example.expected {
                #expect(output == expected, "template:\n\(example.templates[example.main]!)")
            } else {
                Issue.record("Jinja2 refuses this template, jixiao printed:\n\(output)")
            }
        } catch {
            if example.expected != nil {
                Issue.record("Jinja2 renders this template, jixiao refused it:\n\(DiagnosticFormatter.format(error))")
            }
        }
    }
}
