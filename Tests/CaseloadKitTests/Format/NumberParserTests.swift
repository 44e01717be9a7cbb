@testable import CaseloadKit
import Testing

@Suite struct NumberParserTests {
    func parse(_ text: String, _ grammar: NumberParser.Grammar = .csv(.da)) -> DecimalValue? {
        try? NumberParser.parse(text, grammar).get()
    }

    @Test(arguments: [
        ("39.038.328", Int128(39_038_328), 0), ("39038328", 39_038_328, 0), ("1.234,56", 123_456, 2),
        ("-450.108,00", -45_010_800, 2), ("39038328,5", 390_383_285, 1), ("0,5", 5, 1), (" 12 ", 12, 0),
        ("999", 999, 0), ("1.000", 1000, 0),
    ])
    func danishStyle(text: String, units: Int128, scale: Int) {
        #expect(parse(text) == DecimalValue(units: units, scale: scale))
    }

    @Test(arguments: ["1.234.5", "12,3,4", "1 234", "1e6", "1,234.56", "1.23", "1234.567", ",5", "5,", "", "-", "abc", "12abc", "+5", "1..000", ".000"])
    func danishStyleRejects(text: String) {
        #expect(parse(text) == nil, "\(text) should be rejected")
    }

    @Test func internationalStyle() {
        #expect(parse("1234.56", .csv(.international)) == DecimalValue(units: 123_456, scale: 2))
        #expect(parse("1.234,56", .csv(.international)) == nil)
        #expect(parse("1,234", .csv(.international)) == nil)
    }

    @Test func xsdDecimal() {
        #expect(parse("24699999.50", .xsdDecimal) == DecimalValue(units: 2_469_999_950, scale: 2))
        #expect(parse("+5", .xsdDecimal) == DecimalValue(units: 5, scale: 0))
        #expect(parse(".5", .xsdDecimal) == DecimalValue(units: 5, scale: 1))
        #expect(parse("1.234,5", .xsdDecimal) == nil)
    }

    @Test func kronerAreExactOere() {
        #expect(parse("1.234,56")?.kroner == Kroner(oere: 123_456))
        #expect(parse("1,5")?.kroner == Kroner(oere: 150))
        #expect(parse("1,234")?.kroner == nil)  // more than two decimals
        #expect(parse("10.000.000.000.000")?.kroner == Kroner(kroner: 10_000_000_000_000))
        #expect(parse("10.000.000.000.000,01")?.kroner == nil)  // beyond ±10^13 kr.
    }

    @Test func tooManyDigitsIsAnErrorNotACrash() {
        #expect(parse(String(repeating: "9", count: 80)) == nil)
        #expect(parse("0000000000000000000000000000000000000000001") == DecimalValue(units: 1, scale: 0))
    }
}
