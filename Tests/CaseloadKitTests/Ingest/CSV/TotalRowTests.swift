@testable import CaseloadKit
import Testing

/// Total rows (`I alt`, `Total`, `Sum`) in budget and actuals tables.
@Suite struct TotalRowTests {
    @Test func theWordsThatMarkATotal() {
        for text in ["I alt", "i alt", "IALT", "Total", "TOTAL:", "Totalt", "Subtotal", "Sum", "sum 2017", "I alt ydelser", " I alt "] {
            #expect(TotalRow.marks(text), "\(text)")
        }
        for text in ["Summen", "Totalen", "A-dagpenge", "Sygedagpenge", "", "Ialtet", "Kontanthjælp i alt"] {
            #expect(!TotalRow.marks(text), "\(text)")
        }
    }

    @Test func aTotalRowIsIgnoredWithAWarningAndCounted() throws {
        let scenario = try Scenario([
            "Input/budget/b.csv": "kommune;år;ydelse;beløb\nIshøj;2017;A-dagpenge;1.000\nIshøj;2017;I alt;1.000\n",
            "Input/takster/t.csv": "kommune;år;ydelse;kr_pr_helårsperson\n*;2017;A-dagpenge;100\n",
        ], municipalities: ["Ishøj"])
        let outcome = try scenario.evaluate()
        #expect(outcome.succeeded)
        #expect(outcome.diagnostics.diagnostics.map { $0.rendered(.da) } == [
            "Input/budget/b.csv:3:12: advarsel: rækken er sprunget over: ydelse \"I alt\" markerer en sumrække, og caseload danner selv totaler af de andre rækker",
        ])
        #expect(outcome.ledger.tallies["Input/budget/b.csv"] == InputLedger.Tally(read: 2, used: 1, ignored: ["total row": 1], rejected: 0))
        #expect(try scenario.row("Ishøj", "a-dagpenge")?["budget_kr"] == "1000.00")
    }
}
