@testable import CaseloadKit
import Foundation
import Testing

/// Names that reach the outputs: NFC whatever the file's normalisation, escaped in Markdown.
@Suite struct DisplayNameTests {
    static let budget = "kommune;år;ydelse;beløb\nIshøj;2017;A-dagpenge;1.000\nVallensbæk;2017;A-dagpenge;1.000\n"
    static let rates = "kommune;år;ydelse;kr_pr_helårsperson\n*;2017;A-dagpenge;100\n"

    func outputs(catalogName: String, municipality: String = "Vallensbæk") throws -> [String: String] {
        let scenario = try Scenario([
            "Input/ydelser.csv": "id;navn;aliaser\na-dagpenge;\(catalogName);\n",
            "Input/budget/b.csv": Self.budget,
            "Input/takster/t.csv": Self.rates,
        ], municipalities: [municipality, "Ishøj"])
        let outcome = try scenario.evaluate()
        #expect(outcome.succeeded, "\(outcome.diagnostics.rendered())")
        return Dictionary(uniqueKeysWithValues: outcome.files.map { ($0.name, $0.contents) })
    }

    @Test func aDecomposedCatalogGivesTheSameBytesAsAComposedOne() throws {
        // "Dagpenge, år" with å as one character (NFC, Linux/Windows) and as a + ring (NFD, a Mac).
        let composed = "Dagpenge, \u{00E5}r"
        let decomposed = "Dagpenge, a\u{030A}r"
        #expect(Array(composed.utf8) != Array(decomposed.utf8))
        let fromLinux = try outputs(catalogName: composed)
        let fromMac = try outputs(catalogName: decomposed, municipality: "Vallensb\u{00E6}k")
        for name in fromLinux.keys.sorted() {
            #expect(Array(fromLinux[name]!.utf8) == Array(fromMac[name]!.utf8), "\(name)")
        }
        #expect(fromMac["afstemning.csv"]!.utf8.contains(0xC3))  // å as C3 A5
        #expect(!fromMac["afstemning.csv"]!.unicodeScalars.contains("\u{030A}"))
    }

    @Test func markupInANameIsEscapedInTheMarkdown() throws {
        let files = try outputs(catalogName: "A-dagpenge <b>&\"x\" | *y*")
        let markdown = files["bilag1.md"]!
        #expect(markdown.contains("| A-dagpenge &lt;b&gt;&amp;\"x\" \\| \\*y\\* | 1.000 | 10 |"))
        #expect(!markdown.contains("<b>"))
        // The machine CSV keeps the name as it is, quoted as CSV needs.
        #expect(files["afstemning.csv"]!.contains("Vallensbæk,a-dagpenge,\"A-dagpenge <b>&\"\"x\"\" | *y*\",1000.00"))
    }

    @Test func formulaSignsAndControlCharactersAreRefused() {
        #expect(DisplayName.problem("=SUM(A1)", what: .whatCatalogName)?.en == "navn \"=SUM(A1)\" starts with \"=\", which makes a spreadsheet read it as a formula; write the name without it")
        #expect(DisplayName.problem("A\u{7}", what: .whatCatalogName)?.en == "navn \"A\u{7}\" holds a control character (<U+0007>); a name must be one line of text without tabs")
        #expect(DisplayName.problem("Kontanthjælp/Særl. udd.ydelse", what: .whatCatalogName) == nil)
        #expect(DisplayName.problem("Jobcenter Vallensbæk - Ishøj", what: .whatJobcenter) == nil)
    }
}
