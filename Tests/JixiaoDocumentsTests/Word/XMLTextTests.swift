import Testing

@testable import JixiaoDocuments

@Suite struct XMLTextTests {
    @Test(arguments: [
        // Text that needs nothing comes back as it is, full-width punctuation (EF BC 8C) and U+FFFD included.
        ("支出完成率为99.72%，较上年提高。", "支出完成率为99.72%，较上年提高。"),
        ("替换符\u{FFFD}与\t制表\n换行\r", "替换符\u{FFFD}与\t制表\n换行\r"),
        // Markup characters, control characters and the two non-characters XML cannot hold.
        (#"甲&乙<丙>"丁""#, "甲&amp;乙&lt;丙&gt;&quot;丁&quot;"),
        ("铃\u{07}声\u{1F}", "铃声"),
        ("非字符\u{FFFE}\u{FFFF}止", "非字符止"),
        ("，\u{FFFE}", "，"),
    ])
    func escapesOnlyWhatXMLCannotHold(_ example: (text: String, escaped: String)) {
        #expect(XMLText.escaped(example.text) == example.escaped, "\(example.text.unicodeScalars.map { String($0.value, radix: 16) })")
    }
}
