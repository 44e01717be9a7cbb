@testable import CaseloadKit
import Foundation
import Testing

/// Random strings against the number parser: it never crashes, accepts exactly what the
/// Danish grammar describes (checked against a regular expression), and what it accepts
/// survives formatting and parsing again.
@Suite(.timeLimit(.minutes(1))) struct NumberParserFuzzTests {
    static let danish = try! NSRegularExpression(pattern: #"^[ \t]*-?([0-9]+|[0-9]{1,3}(\.[0-9]{3})+)(,[0-9]+)?[ \t]*$"#)

    @Test(arguments: [1 as UInt64, 2, 3, 4])
    func danishGrammarMatchesItsDescription(seed: UInt64) {
        var random = SeededRandom(seed: seed)
        let alphabet: [Character] = Array("0123456789.,- +e") + ["1", "2", "0", "."]
        for _ in 0..<5000 {
            let text = random.string(from: alphabet, maxLength: 14)
            let parsed = try? NumberParser.parse(text, .csv(.da)).get()
            let expected = Self.danish.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
            #expect((parsed != nil) == expected, "seed \(seed): \"\(text)\"")
            if let parsed {
                let written = NumberFormat.danish.string(parsed.exact, decimals: parsed.scale)
                let reparsed = try? NumberParser.parse(written, .csv(.da)).get()
                #expect(reparsed?.exact == parsed.exact, "seed \(seed): \"\(text)\" → \"\(written)\"")
            }
        }
    }

    @Test func anyBytesGiveAResultOrAnError() {
        var random = SeededRandom(seed: 99)
        for _ in 0..<5000 {
            let bytes = (0..<Int.random(in: 0...40, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }
            let text = String(decoding: bytes, as: UTF8.self)
            for grammar in [NumberParser.Grammar.csv(.da), .csv(.international), .xsdDecimal] {
                _ = NumberParser.parse(text, grammar)
            }
        }
    }
}
