import CaseloadKit
import Testing

/// Budgets by account (`konto`): summed into benefits through the catalog's functions.
@Suite struct AccountBudgetTests {
    static let catalog = """
    id;navn;aliaser;funktioner
    a-dagpenge;A-dagpenge;;5.57.78
    kontanthjaelp;Kontanthjælp;;5.57.73
    uddannelseshjaelp;Uddannelseshjælp;;5.57.73.008

    """

    static let rates = "kommune;år;ydelse;kr_pr_helårsperson\n*;2017;A-dagpenge;100\n*;2017;Kontanthjælp;100\n*;2017;Uddannelseshjælp;100\n"

    @Test func accountsAreSummedIntoBenefitsByTheMostSpecificFunction() throws {
        let scenario = try Scenario([
            "Input/ydelser.csv": Self.catalog,
            "Input/budget/konti.csv": """
            kommune;år;konto;beløb;grundlag
            Ishøj;2017;5.57.78.001;1.000,50;brutto
            Ishøj;2017;5.57.73.7.01;2.000;
            Ishøj;2017;5.57.73.008;300;
            Ishøj;2017;5.57.73.008.02;400;
            Ishøj;2017;5.57.78.002;-100,50;
            Vallensbæk;2017;5.57.73.007;500;

            """,
            "Input/takster/t.csv": Self.rates,
        ])
        let rows = try scenario.table().map { "\($0["kommune"]!) \($0["ydelse_id"]!) \($0["budget_kr"]!) \($0["helaarspersoner_budget"]!)" }
        #expect(rows == [
            "Vallensbæk kontanthjaelp 500.00 5.0000",
            "Ishøj a-dagpenge 900.00 9.0000",
            "Ishøj kontanthjaelp 2000.00 20.0000",
            "Ishøj uddannelseshjaelp 700.00 7.0000",
        ])
        let outcome = try scenario.evaluate()
        #expect(outcome.ledger.tallies["Input/budget/konti.csv"] == .init(read: 6, used: 6))
        // The row keeps the account lines it was summed from.
        let aDagpenge = try #require(outcome.report?.rows.first { $0.kommune == "Ishøj" && $0.benefit.id.rawValue == "a-dagpenge" })
        #expect(aDagpenge.origins.budgetAccounts.map { "\($0.account) → \($0.function) \($0.amount) at \($0.origin)" } == [
            "5.57.78.001 → 5.57.78 1000.50 at Input/budget/konti.csv:2:24",
            "5.57.78.002 → 5.57.78 -100.50 at Input/budget/konti.csv:6:24",
        ])
    }

    @Test func anAccountThatMapsToNoBenefitIsAnErrorNeverDropped() throws {
        let scenario = try Scenario([
            "Input/ydelser.csv": Self.catalog,
            "Input/budget/konti.csv": "kommune;år;konto;beløb\nIshøj;2017;5.57.78;1.000\nIshøj;2017;5.57.72.002;250\nVallensbæk;2017;5.57.78;1.000\n",
            "Input/takster/t.csv": Self.rates,
        ])
        let outcome = try scenario.evaluate()
        #expect(!outcome.succeeded)
        #expect(outcome.diagnostics.diagnostics.map(\.description) == [
            "Input/budget/konti.csv:3:12: error: konto \"5.57.72.002\" maps to no benefit: no function in the catalog's \"funktioner\" covers it; add its function (e.g. 5.57.72) to the benefit it belongs to",
        ])
        #expect(outcome.ledger.tallies["Input/budget/konti.csv"] == .init(read: 3, used: 2, rejected: 1))
    }

    @Test func aFunctionOfTwoBenefitsIsACatalogError() throws {
        let scenario = try Scenario([
            "Input/ydelser.csv": Self.catalog + "sygedagpenge;Sygedagpenge;;5.57.71|5.57.73.008\n",
            "Input/budget/b.csv": "kommune;år;ydelse;beløb\nIshøj;2017;A-dagpenge;1.000\n",
            "Input/takster/t.csv": Self.rates,
        ])
        #expect(try scenario.diagnostics() == [
            "Input/ydelser.csv:5:28: error: function \"5.57.73.008\" is already listed for uddannelseshjaelp (\"5.57.73.008\" at Input/ydelser.csv:4): an account must map to one benefit",
        ])
    }

    @Test func aHeaderWithNeitherYdelseNorKontoSaysBoth() throws {
        let scenario = try Scenario([
            "Input/ydelser.csv": Self.catalog,
            "Input/budget/b.csv": "kommune;år;post;beløb\nIshøj;2017;A-dagpenge;1.000\n",
            "Input/takster/t.csv": Self.rates,
        ])
        #expect(try scenario.diagnostics() == [
            "Input/budget/b.csv:1: error: missing column \"ydelse\" (or \"konto\"); the header has \"kommune\", \"år\", \"post\", \"beløb\"",
            "note: no budget lines were found for Vallensbæk, Ishøj; that is checked again once the errors in the budget files are fixed",
        ])
    }
}
