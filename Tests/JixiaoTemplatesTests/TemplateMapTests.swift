import JixiaoTemplates
import Testing

/// A unit's data is one big map (a hundred names and more); templates must find every name in
/// it, in file order, after values are replaced or removed.
@Suite struct TemplateMapTests {
    @Test func everyNameIsFoundInOrderAfterReplacingAndRemoving() {
        var map = TemplateMap()
        for index in 1...40 { map["指标\(index)"] = .integer(index) }
        map["指标3"] = .string("改过")
        map["指标5"] = nil
        map["指标41"] = .integer(41)
        #expect(map.count == 40)
        #expect(map.keys.first == "指标1" && map.keys.last == "指标41" && !map.keys.contains("指标5"))
        #expect(map["指标3"] == .string("改过"))
        #expect(map["指标5"] == nil)
        #expect(map.pairs.map(\.key) == map.keys)
        let template = (1...41).map { "{{ 指标\($0) is defined }}" }.joined(separator: ",") + "|{{ 指标3 }}{{ 指标41 }}"
        let expected = (1...41).map { $0 == 5 ? "False" : "True" }.joined(separator: ",") + "|改过41"
        #expect(render(template, data: map) == expected)
    }
}
