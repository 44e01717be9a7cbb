import CaseloadKit
import Foundation
import Testing

/// libxml2 caps line numbers at 65,535 unless `XML_PARSE_BIG_LINES` is set: every located
/// message of a budget XML file of more than 70,000 lines must carry the true line.
///
/// libxml2's own messages (schema errors through the structured handler, well-formedness
/// errors) do by themselves. Element lines (`xmlGetLineNo`) do not in libxml2 2.9.14, which
/// keeps an element's line in 16 bits: past 65,535 an element is placed by the line libxml2
/// keeps with its attribute values (`ElementLines`).
@Suite struct BudgetXMLBigLinesTests {
    static let rates = BudgetXMLReaderTests.rates
    static let padding = 70_000

    /// A budget file of `<budgetter>` whose lines are `head`, `padding` blank lines, `tail`;
    /// returns the text and the line number of the first line of `tail`.
    static func file(head: [String], tail: [String], padding: Int = padding) -> (text: String, tailLine: Int) {
        let start = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<budgetter xmlns=\"urn:caseload:budget:1\">"] + head
        let lines = start + Array(repeating: "", count: padding) + tail + ["</budgetter>", ""]
        return (lines.joined(separator: "\n"), start.count + padding + 1)
    }

    @Test func aDuplicatePastLine65535CarriesItsTrueLine() throws {
        let (text, line) = Self.file(
            head: ["<budget kommune=\"Ishøj\" aar=\"2017\">", "<post ydelse=\"A-dagpenge\" beloeb=\"100\"/>", "</budget>"],
            tail: ["<budget kommune=\"Ishøj\" aar=\"2017\">", "<post ydelse=\"A-dagpenge\" beloeb=\"200\"/>", "</budget>"])
        #expect(line > 65_535)
        let scenario = try Scenario(["Input/budget/big.xml": text, "Input/takster/t.csv": Self.rates], municipalities: ["Ishøj"])
        let messages = try scenario.diagnostics()
        #expect(messages == [
            "Input/budget/big.xml:\(line + 1): error: a second budget for Ishøj, 2017, A-dagpenge; the first is at Input/budget/big.xml:4",
        ])
    }

    /// The attribute that places a post may come first or last (`ydelse`, past ASCII, has no
    /// line of its own in libxml2; `beloeb` has).
    @Test func aPostPastLine65535IsPlacedWhicheverOrderItsAttributesHave() throws {
        let (text, line) = Self.file(
            head: ["<budget kommune=\"Ishøj\" aar=\"2017\">", "<post beloeb=\"100\" ydelse=\"A-dagpenge\"/>", "</budget>"],
            tail: ["<budget aar=\"2017\" kommune=\"Ishøj\">", "", "<post beloeb=\"200\" ydelse=\"A-dagpenge\"/>", "</budget>"])
        let scenario = try Scenario(["Input/budget/big.xml": text, "Input/takster/t.csv": Self.rates], municipalities: ["Ishøj"])
        let messages = try scenario.diagnostics()
        #expect(messages == [
            "Input/budget/big.xml:\(line + 2): error: a second budget for Ishøj, 2017, A-dagpenge; the first is at Input/budget/big.xml:4",
        ])
    }

    @Test func aSchemaErrorPastLine65535CarriesItsTrueLine() throws {
        let (text, line) = Self.file(
            head: ["<budget kommune=\"Ishøj\" aar=\"2017\">"],
            tail: ["<post ydelse=\"A-dagpenge\" beloeb=\"1.234,50\"/>", "</budget>"])
        let scenario = try Scenario(["Input/budget/big.xml": text, "Input/takster/t.csv": Self.rates], municipalities: ["Ishøj"])
        let messages = try scenario.diagnostics()
        #expect(messages == [
            "Input/budget/big.xml:\(line): error: beloeb \"1.234,50\" has a decimal comma; XML amounts have a decimal point and no thousands separators, e.g. 1234.50 (libxml2: Element 'post', attribute 'beloeb': '1.234,50' is not a valid value of the atomic type 'Amount'.)",
            "note: no budget lines were found for Ishøj; that is checked again once the errors in the budget files are fixed",
        ])
    }

    @Test func anUnknownBenefitPastLine65535CarriesItsTrueLine() throws {
        let (text, line) = Self.file(
            head: ["<budget kommune=\"Ishøj\" aar=\"2017\">", "<post ydelse=\"A-dagpenge\" beloeb=\"100\"/>"],
            tail: ["<post ydelse=\"Kontanthjælpp\" beloeb=\"100\"/>", "</budget>"])
        let scenario = try Scenario(["Input/budget/big.xml": text, "Input/takster/t.csv": Self.rates], municipalities: ["Ishøj"])
        let messages = try scenario.diagnostics()
        #expect(messages == [
            "Input/budget/big.xml:\(line): error: unknown benefit \"Kontanthjælpp\"; did you mean \"Kontanthjælp\"?",
        ])
    }

    @Test func aWellFormednessErrorPastLine65535CarriesItsTrueLine() throws {
        let (text, line) = Self.file(
            head: ["<budget kommune=\"Ishøj\" aar=\"2017\">"],
            tail: ["<post ydelse=\"A-dagpenge\" beloeb=\"100\">", "</budget>"])
        let scenario = try Scenario(["Input/budget/big.xml": text, "Input/takster/t.csv": Self.rates], municipalities: ["Ishøj"])
        let messages = try scenario.diagnostics()
        #expect(messages == [
            "Input/budget/big.xml:\(line + 1):10: error: <post> from line \(line) is not closed before </budget>; close it with </post>, or end its tag with /> (libxml2: Opening and ending tag mismatch: post line \(line) and budget)",
            "note: no budget lines were found for Ishøj; that is checked again once the errors in the budget files are fixed",
        ])
    }

    /// A start tag over two lines is placed where libxml2 places it below line 65,535 (on the
    /// line where the tag ends), past it too.
    @Test func aTagOverTwoLinesIsPlacedAlikeBelowAndPast65535() throws {
        func diagnostics(padding: Int) throws -> (messages: [String], tailLine: Int) {
            let (text, line) = Self.file(
                head: ["<budget kommune=\"Ishøj\" aar=\"2017\">", "<post ydelse=\"A-dagpenge\" beloeb=\"100\"/>"],
                tail: ["<post ydelse=\"Kontanthjælpp\"", "      beloeb=\"100\"/>", "</budget>"], padding: padding)
            let scenario = try Scenario(["Input/budget/big.xml": text, "Input/takster/t.csv": Self.rates], municipalities: ["Ishøj"])
            return (try scenario.diagnostics(), line)
        }
        for padding in [10, Self.padding] {
            let (messages, line) = try diagnostics(padding: padding)
            #expect(messages == [
                "Input/budget/big.xml:\(line + 1): error: unknown benefit \"Kontanthjælpp\"; did you mean \"Kontanthjælp\"?",
            ])
        }
    }
}
