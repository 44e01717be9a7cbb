import CaseloadKit
import Foundation
import Testing

@Suite struct BudgetXMLReaderTests {
    static let rates = "kommune;år;ydelse;kr_pr_helårsperson\n*;2017;A-dagpenge;100\n*;2017;Sygedagpenge;100\n"

    @Test func readsAValidFileWithSeveralBudgets() throws {
        let scenario = try Scenario([
            "Input/budget/b.xml": """
            <?xml version="1.0" encoding="UTF-8"?>
            <budgetter xmlns="urn:caseload:budget:1">
              <budget kommune="Vallensbæk" aar="2017">
                <post ydelse="A-dagpenge" beloeb="39038328"/>
                <post ydelse="Sygedagpenge" beloeb="24699999.50"/>
              </budget>
              <budget kommune="Ishøj" aar="2017" grundlag="brutto">
                <post ydelse="a-dagpenge" beloeb="100"/>
              </budget>
            </budgetter>

            """,
            "Input/takster/t.csv": Self.rates,
        ])
        #expect(try scenario.row("Vallensbæk", "sygedagpenge")?["budget_kr"] == "24699999.50")
        #expect(try scenario.row("Vallensbæk", "a-dagpenge")?["budget_kr"] == "39038328.00")
        #expect(try scenario.row("Ishøj", "a-dagpenge")?["helaarspersoner_budget"] == "1.0000")
    }

    @Test func aFileThatBreaksTheSchemaIsRejectedWithItsLine() throws {
        let scenario = try Scenario([
            "Input/budget/b.xml": """
            <?xml version="1.0" encoding="UTF-8"?>
            <budget xmlns="urn:caseload:budget:1" kommune="Vallensbæk" aar="2017">
              <post ydelse="A-dagpenge" beloeb="39038328"/>
              <post ydelse="Sygedagpenge" beloeb="1.234,50"/>
              <post ydelse="Sygedagpenge"/>
            </budget>

            """,
            "Input/takster/t.csv": Self.rates,
        ], municipalities: ["Vallensbæk"])
        let outcome = try scenario.evaluate()
        #expect(!outcome.succeeded)
        #expect(outcome.diagnostics.diagnostics.map(\.description) == [
            "Input/budget/b.xml:4: error: beloeb \"1.234,50\" has a decimal comma; XML amounts have a decimal point and no thousands separators, e.g. 1234.50 (libxml2: Element 'post', attribute 'beloeb': '1.234,50' is not a valid value of the atomic type 'Amount'.)",
            "Input/budget/b.xml:5: error: <post> has no beloeb attribute; it is required (libxml2: Element 'post': The attribute 'beloeb' is required but missing.)",
            "note: no budget lines were found for Vallensbæk; that is checked again once the errors in the budget files are fixed",
        ])
        // Nothing from a broken file is used: all three posts are counted as rejected.
        #expect(outcome.ledger.tallies["Input/budget/b.xml"] == InputLedger.Tally(read: 3, used: 0, ignored: [:], rejected: 3))
    }

    @Test func malformedXMLNamesTheLine() throws {
        let scenario = try Scenario([
            "Input/budget/b.xml": "<?xml version=\"1.0\"?>\n<budget xmlns=\"urn:caseload:budget:1\" kommune=\"Ishøj\" aar=\"2017\">\n  <post ydelse=\"A-dagpenge\" beloeb=\"1\">\n</budget>\n",
            "Input/takster/t.csv": Self.rates,
        ], municipalities: ["Ishøj"])
        let messages = try scenario.diagnostics()
        #expect(messages.count == 2)
        #expect(messages.last == "note: no budget lines were found for Ishøj; that is checked again once the errors in the budget files are fixed")
        #expect(messages.first?.hasPrefix("Input/budget/b.xml:4:") == true)
        #expect(messages.first?.contains("Opening and ending tag mismatch: post line 3 and budget") == true)
    }

    @Test func aDoctypeIsRefusedSoExternalEntitiesAreNeverLoaded() throws {
        let scenario = try Scenario([
            "Input/budget/b.xml": """
            <?xml version="1.0"?>
            <!DOCTYPE budget [<!ENTITY x SYSTEM "file:///etc/passwd">]>
            <budget xmlns="urn:caseload:budget:1" kommune="Ishøj" aar="2017">
              <post ydelse="&x;" beloeb="1"/>
            </budget>

            """,
            "Input/takster/t.csv": Self.rates,
        ], municipalities: ["Ishøj"])
        #expect(try scenario.diagnostics() == [
            "Input/budget/b.xml:2: error: a DOCTYPE is not allowed in a budget file (it could load files or expand entities); remove the <!DOCTYPE …> declaration",
            "note: no budget lines were found for Ishøj; that is checked again once the errors in the budget files are fixed",
        ])
    }

    @Test func unknownBenefitInXMLListsTheNearestNames() throws {
        let scenario = try Scenario([
            "Input/budget/b.xml": """
            <?xml version="1.0" encoding="UTF-8"?>
            <budget xmlns="urn:caseload:budget:1" kommune="Ishøj" aar="2017">
              <post ydelse="Kontanthjalp" beloeb="1"/>
            </budget>

            """,
            "Input/takster/t.csv": Self.rates,
        ], municipalities: ["Ishøj"])
        #expect(try scenario.diagnostics() == [
            "Input/budget/b.xml:3: error: unknown benefit \"Kontanthjalp\"; did you mean \"Kontanthjælp\"?",
            "note: no budget lines were found for Ishøj; that is checked again once the errors in the budget files are fixed",
        ])
    }

    @Test func theSchemaCompilesAndIsPrintable() {
        #expect(BudgetSchema.xsd.contains("targetNamespace=\"urn:caseload:budget:1\""))
    }
}
