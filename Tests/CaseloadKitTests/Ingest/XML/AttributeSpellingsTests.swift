@testable import CaseloadKit
import Testing

/// Each spelling is worked out once and found again, by the predicted successor or the table.
@Suite struct AttributeSpellingsTests {
    static func look(_ spellings: inout AttributeSpellings<String>, _ text: String, asked: inout [String]) -> String {
        let bytes = Array(text.utf8) + [0]
        return bytes.withUnsafeBufferPointer { buffer in
            spellings.value(of: buffer.baseAddress!) { name in
                asked.append(name)
                return name.uppercased()
            }
        }
    }

    @Test func asksOncePerSpelling() {
        var spellings = AttributeSpellings<String>()
        var asked: [String] = []
        var found: [String] = []
        for _ in 0..<3 {
            for name in ["A-dagpenge", "Sygedagpenge", "", "Kontanthjælp", "A-dagpenge"] {
                found.append(Self.look(&spellings, name, asked: &asked))
            }
        }
        // Out of the usual order: found by the table.
        found.append(Self.look(&spellings, "Kontanthjælp", asked: &asked))
        found.append(Self.look(&spellings, "Sygedagpengex", asked: &asked))
        #expect(asked == ["A-dagpenge", "Sygedagpenge", "", "Kontanthjælp", "Sygedagpengex"])
        #expect(found == Array(repeating: ["A-DAGPENGE", "SYGEDAGPENGE", "", "KONTANTHJÆLP", "A-DAGPENGE"], count: 3).flatMap { $0 }
            + ["KONTANTHJÆLP", "SYGEDAGPENGEX"])
    }
}
