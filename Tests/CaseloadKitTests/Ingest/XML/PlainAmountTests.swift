@testable import CaseloadKit
import Testing

/// The budget XML reader's short way to øre agrees with `NumberParser` on every value it
/// reads, and leaves every other spelling to it.
@Suite struct PlainAmountTests {
    static func plain(_ text: String) -> Int64? {
        var copy = text
        return copy.withUTF8 { bytes in
            let terminated = Array(bytes) + [0]
            return terminated.withUnsafeBufferPointer { PlainAmount.oere($0.baseAddress!) }
        }
    }

    static func parsed(_ text: String) -> Int64? {
        guard case .success(let value) = NumberParser.parse(text, .xsdDecimal) else { return nil }
        return value.kroner?.oere
    }

    @Test func readsThePlainForm() {
        #expect(Self.plain("0.00") == 0)
        #expect(Self.plain("-0.00") == 0)
        #expect(Self.plain("12") == 1200)
        #expect(Self.plain("12.5") == 1250)
        #expect(Self.plain("24699999.50") == 2_469_999_950)
        #expect(Self.plain("-450108.07") == -45_010_807)
        #expect(Self.plain("0010") == 1000)
        #expect(Self.plain("10000000000000") == 1_000_000_000_000_000)
        #expect(Self.plain("-10000000000000.00") == -1_000_000_000_000_000)
    }

    @Test func leavesEveryOtherSpellingToTheParser() {
        for text in ["", "-", ".", "5.", ".5", "+5", " 5", "5 ", "1.234", "1,5", "1e3", "12abc", "--1",
                     "10000000000000.01", "99999999999999999", "12345678901234567.00", "٣"] {
            #expect(Self.plain(text) == nil, "\(text)")
        }
    }

    @Test func agreesWithTheParser() {
        var state: UInt64 = 2017
        for _ in 0..<2000 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let digits = Int(state >> 60) + 1
            var text = (state >> 59) & 1 == 1 ? "-" : ""
            for index in 0..<digits { text += String((state >> UInt64(index * 3)) % 10) }
            switch (state >> 40) % 3 {
            case 0: break
            case 1: text += "." + String((state >> 20) % 10)
            default: text += "." + String((state >> 20) % 10) + String((state >> 24) % 10)
            }
            if let oere = Self.plain(text) { #expect(oere == Self.parsed(text), "\(text)") }
        }
    }
}
