@testable import CaseloadKit
import BigInt
import Foundation
import Testing

/// The shared byte writer writes the same text as the `String` helpers it replaces.
@Suite struct OutputBytesTests {
    private func written(_ build: (inout OutputBytes) -> Void) -> String {
        var out = OutputBytes()
        build(&out)
        return out.string
    }

    @Test func appendsLiteralsTextAndBytes() {
        #expect(written {
            $0.append("<svg x=\"")
            $0.append("ø")
            $0.append(String("Løn") + "s")
            $0.append(byte: UInt8(ascii: "\n"))
        } == "<svg x=\"øLøns\n")
        var inner = OutputBytes(reservingCapacity: 8)
        inner.append("abc")
        #expect(written { $0.append(inner); $0.append(inner) } == "abcabc")
        #expect(inner.count == 3)
        #expect(inner.data == Data("abc".utf8))
    }

    @Test func escapesAsMarkupTextDoes() {
        for text in ["Løn <&\"tilskud\"> 'x'", "a\u{1}b\u{FFFE}c\td\u{FFFF}\r\n", "Ressourceforløbsydelse", "",
                     "\u{FFFD}\u{FEFF}€ &amp;", "\u{1F}\u{7F}æ"] {
            #expect(written { $0.appendEscaped(text) } == MarkupText.escaped(text))
        }
        #expect(written { $0.append("<b>"); $0.appendEscaped("A&B"); $0.append("</b>") } == "<b>A&amp;B</b>")
    }

    @Test func writesIntegers() {
        #expect(written { $0.append(0) } == "0")
        #expect(written { $0.append(-7); $0.append(" "); $0.append(1234567) } == "-7 1234567")
        #expect(written { $0.append(Int.min) } == String(Int.min))
        #expect(written { $0.append(Int.max) } == String(Int.max))
    }

    @Test func writesFixedDecimalsInBothFormats() {
        #expect(written { $0.appendDecimal(-123450, decimals: 2) } == "-1234.50")
        #expect(written { $0.appendDecimal(-123450, decimals: 2, format: .danish) } == "-1.234,50")
        #expect(written { $0.appendDecimal(5, decimals: 3) } == "0.005")
        #expect(written { $0.appendDecimal(-5, decimals: 3, format: .danish) } == "-0,005")
        #expect(written { $0.appendDecimal(0, decimals: 2) } == "0.00")
        #expect(written { $0.appendDecimal(39_038_328, decimals: 0, format: .danish) } == "39.038.328")
        #expect(written { $0.appendDecimal(100, decimals: 1, format: .danish) } == "10,0")
    }

    @Test func fixedDecimalsMatchNumberFormat() {
        var generator = SystemRandomNumberGenerator()
        var samples: [Int128] = [0, 1, -1, 999, 1000, -1000, 10_000_000_000_000_000_000, Int128(UInt64.max),
                                 Int128(UInt64.max) + 1, Int128.max, Int128.min + 1, -10_000_000_000_000_000_000]
        for _ in 0..<300 {
            let wide = Int128(truncatingIfNeeded: UInt128(generator.next()) << 64 | UInt128(generator.next()))
            samples.append(wide >> Int.random(in: 0..<127))
        }
        for units in samples {
            for decimals in [0, 1, 2, 5, 25] {
                let value = Exact(BigInt(units), over: BigInt(10).power(decimals))
                for format in [NumberFormat.machine, .danish] {
                    #expect(written { $0.appendDecimal(units, decimals: decimals, format: format) }
                            == format.string(value, decimals: decimals), "\(units) \(decimals)")
                }
            }
        }
    }
}
