import CaseloadKit
import Foundation
import Testing

/// Budget versions (forecast.md, "Budget versions") on a copy of `Fixtures/forecast-2017/`
/// (cut-off 2017-03-31, `seasonal`; the figures of ForecastFileTests).
///
/// Vallensbæk, A-dagpenge: F = 9.236288…, 923628.82 kr.; a corrected budget of 1.100.000 kr.
/// at the rate 100.000 is 11 helårspersoner, so the expected variance is 9.236288… − 11 =
/// −1.7637 hp and 923628.82 − 1100000 = −176371.18 kr. Ishøj, A-dagpenge: F = 12 (run_rate),
/// 2.400.000 kr.; corrected 2.200.000 kr. at 200.000 is 11 hp: +1 hp, +200000.00 kr.
/// Jobcenter, A-dagpenge: corrected 1.100.000 + 2.200.000 = 3300000.00; variance −1.7637 + 1 =
/// −0.7637 hp, 3323628.82 − 3300000 = 23628.82 kr.
@Suite struct BudgetVersionTests {
    static let budgetPath = "Input/budget/budget-2017.csv"

    /// A run of the fixture with `files` (path → content) written over it and `removed` deleted.
    static func outcome(_ files: [String: String], removed: [String] = []) throws -> RunOutcome {
        try ForecastFileTests.outcome { folder in
            for path in removed { try FileManager.default.removeItem(at: folder.appendingPathComponent(path)) }
            for (path, text) in files {
                let url = folder.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try text.write(to: url, atomically: true, encoding: .utf8)
            }
        }
    }

    /// The fixture's own warning: Vallensbæk's Kontanthjælp has no February.
    static let february = "Input/faktisk/faktisk.csv:31: warning: Vallensbæk, 2017, Kontanthjælp has no row for February: "
        + "the figure is the mean of January and March (2 months), not of January–March"

    static func diagnostics(_ outcome: RunOutcome) -> [String] {
        outcome.diagnostics.diagnostics.map(\.description)
    }

    static let bothVersionsCSV = """
    kommune;år;ydelse;beløb;Version
    Vallensbæk;2017;A-dagpenge;1.000.000;
    Vallensbæk;2017;A-dagpenge;1.100.000;korrigeret
    Vallensbæk;2017;Kontanthjælp;500.000;oprindeligt
    Ishøj;2017;A-dagpenge;2.000.000;Oprindeligt
    Ishøj;2017;A-dagpenge;2.200.000; Korrigeret
    Ishøj;2017;Kontanthjælp;300.000;

    """

    static let prognoseBothVersions = ForecastFileTests.header + """
    Vallensbæk,a-dagpenge,A-dagpenge,1000000.00,1100000.00,100000.00,10.0000,3,13.1111,seasonal,9.2363,923628.82,-1.7637,-176371.18,
    Vallensbæk,kontanthjaelp,Kontanthjælp,500000.00,,100000.00,5.0000,3,,,,,,,måned 2 mangler
    Ishøj,a-dagpenge,A-dagpenge,2000000.00,2200000.00,200000.00,10.0000,3,12.0000,run_rate,12.0000,2400000.00,1.0000,200000.00,intet tidligere år med alle 12 måneder; run_rate brugt i stedet for seasonal
    Ishøj,kontanthjaelp,Kontanthjælp,300000.00,,100000.00,3.0000,3,,,,,,,måned 1 mangler

    """

    static let prognoseTotalBothVersions = ForecastFileTests.header + """
    Jobcenter Vallensbæk,a-dagpenge,A-dagpenge,3000000.00,3300000.00,,20.0000,3,25.1111,,21.2363,3323628.82,-0.7637,23628.82,
    Jobcenter Vallensbæk,kontanthjaelp,Kontanthjælp,800000.00,,,8.0000,3,,,,,,,ingen kommune har en prognose

    """

    @Test func bothVersionsInCSV() throws {
        let plain = try Self.outcome([:])
        let outcome = try Self.outcome([Self.budgetPath: Self.bothVersionsCSV])
        #expect(outcome.succeeded)
        #expect(Self.diagnostics(outcome) == Self.diagnostics(plain))
        #expect(try ForecastFileTests.contents("prognose.csv", outcome) == Self.prognoseBothVersions)
        #expect(try ForecastFileTests.contents("prognose-total.csv", outcome) == Self.prognoseTotalBothVersions)
        // afstemning.csv keeps the original budget: byte for byte the run without versions.
        for name in ["afstemning.csv", "afstemning-total.csv", "prognose-test.csv"] {
            #expect(try ForecastFileTests.contents(name, outcome) == ForecastFileTests.contents(name, plain))
        }
        // Every row is accounted for: the six budget rows are used.
        let budget = try #require(outcome.ledger.tallies.first { $0.key.hasSuffix("budget-2017.csv") }?.value)
        #expect((budget.read, budget.used, budget.rejected) == (6, 6, 0))
        #expect(outcome.ledger.total.balances)
        let row = try #require(outcome.report?.forecast?.rows.first)
        #expect(row.helaarspersonerBudgetCorrected == Exact(11))
        #expect(row.varianceAgainst == .korrigeret)
        #expect(outcome.report?.forecast?.rows[1].varianceAgainst == .oprindeligt)
    }

    @Test func bothVersionsInXML() throws {
        let outcome = try Self.outcome([
            "Input/budget/vallensbaek.xml": """
            <?xml version="1.0" encoding="UTF-8"?>
            <budgetter xmlns="urn:caseload:budget:1">
              <budget kommune="Vallensbæk" aar="2017">
                <post ydelse="A-dagpenge" beloeb="1000000"/>
                <post ydelse="Kontanthjælp" beloeb="500000"/>
              </budget>
              <budget kommune="Vallensbæk" aar="2017" grundlag="brutto" version="korrigeret">
                <post ydelse="A-dagpenge" beloeb="1100000.00"/>
              </budget>
            </budgetter>

            """,
            "Input/budget/ishoej.xml": """
            <?xml version="1.0" encoding="UTF-8"?>
            <budgetter xmlns="urn:caseload:budget:1">
              <budget kommune="Ishøj" aar="2017" version="oprindeligt">
                <post ydelse="A-dagpenge" beloeb="2000000"/>
                <post ydelse="Kontanthjælp" beloeb="300000"/>
              </budget>
              <budget kommune="Ishøj" aar="2017" version="korrigeret">
                <post ydelse="A-dagpenge" beloeb="2200000"/>
              </budget>
            </budgetter>

            """,
        ], removed: [Self.budgetPath])
        #expect(outcome.succeeded)
        #expect(try ForecastFileTests.contents("prognose.csv", outcome) == Self.prognoseBothVersions)
        #expect(try ForecastFileTests.contents("prognose-total.csv", outcome) == Self.prognoseTotalBothVersions)
        #expect(outcome.ledger.total.balances)
    }

    /// A corrected budget without an original is an original of 0 kr. (a benefit added during
    /// the year): afstemning.csv has budget 0 (12 − 0 = +12 hp, 2.400.000 kr. at 200.000), and
    /// the forecast's variance is against the corrected 2.000.000 kr. (10 hp): +2 hp, +400000.00 kr.
    @Test func aCorrectedBudgetWithoutAnOriginal() throws {
        let outcome = try Self.outcome([Self.budgetPath: """
            kommune;år;ydelse;beløb;version
            Vallensbæk;2017;A-dagpenge;1.000.000;
            Vallensbæk;2017;Kontanthjælp;500.000;
            Ishøj;2017;A-dagpenge;2.000.000;korrigeret
            Ishøj;2017;Kontanthjælp;300.000;

            """])
        #expect(outcome.succeeded)
        #expect(Self.diagnostics(outcome) == Self.diagnostics(try Self.outcome([:])))
        let afstemning = try ForecastFileTests.contents("afstemning.csv", outcome).split(separator: "\n")
        #expect(afstemning[3] == "Ishøj,a-dagpenge,A-dagpenge,0.00,200000.00,0.0000,12.0000,,,12.0000,2400000.00")
        let prognose = try ForecastFileTests.contents("prognose.csv", outcome).split(separator: "\n")
        #expect(prognose[3] == "Ishøj,a-dagpenge,A-dagpenge,0.00,2000000.00,200000.00,0.0000,3,12.0000,run_rate,12.0000,2400000.00,2.0000,400000.00,intet tidligere år med alle 12 måneder; run_rate brugt i stedet for seasonal")
        // The total: original 1.000.000 + 0, corrected Vallensbæk's original + Ishøj's corrected.
        let total = try ForecastFileTests.contents("prognose-total.csv", outcome).split(separator: "\n")
        #expect(total[1] == "Jobcenter Vallensbæk,a-dagpenge,A-dagpenge,1000000.00,3000000.00,,10.0000,3,25.1111,,21.2363,3323628.82,1.2363,323628.82,")
        #expect(outcome.ledger.total.balances)
    }

    @Test func twoRowsOfTheSameVersionAreAnError() throws {
        let outcome = try Self.outcome([Self.budgetPath: """
            kommune;år;ydelse;beløb;version
            Vallensbæk;2017;A-dagpenge;1.000.000;
            Vallensbæk;2017;A-dagpenge;1.100.000;korrigeret
            Vallensbæk;2017;Kontanthjælp;500.000;
            Ishøj;2017;A-dagpenge;2.000.000;
            Ishøj;2017;Kontanthjælp;300.000;
            Vallensbæk;2017;A-dagpenge;1.200.000;korrigeret
            Ishøj;2017;A-dagpenge;2.000.000;oprindeligt

            """])
        #expect(!outcome.succeeded)
        #expect(Self.diagnostics(outcome) == [
            "Input/budget/budget-2017.csv:7:28: error: a second corrected budget for Vallensbæk, 2017, A-dagpenge; the first is at Input/budget/budget-2017.csv:3",
            "Input/budget/budget-2017.csv:8:23: error: a second budget for Ishøj, 2017, A-dagpenge; the first is at Input/budget/budget-2017.csv:5",
            Self.february,
        ])
        #expect(outcome.ledger.total.balances)
    }

    @Test func aCorrectedBudgetWithAnotherGrundlagIsAnError() throws {
        let outcome = try Self.outcome([Self.budgetPath: """
            kommune;år;ydelse;beløb;version;grundlag
            Vallensbæk;2017;A-dagpenge;1.100.000;korrigeret;netto
            Vallensbæk;2017;A-dagpenge;1.000.000;;brutto
            Vallensbæk;2017;Kontanthjælp;500.000;;
            Ishøj;2017;A-dagpenge;2.000.000;;
            Ishøj;2017;Kontanthjælp;300.000;;

            """])
        #expect(!outcome.succeeded)
        #expect(Self.diagnostics(outcome) == [
            "Input/budget/budget-2017.csv:2:28: error: the corrected budget for Vallensbæk, 2017, A-dagpenge is netto, but the original budget at Input/budget/budget-2017.csv:3 is brutto; a corrected budget must have the original's grundlag",
            Self.february,
        ])
        let budget = try #require(outcome.ledger.tallies.first { $0.key.hasSuffix("budget-2017.csv") }?.value)
        #expect((budget.read, budget.used, budget.rejected) == (5, 4, 1))
        #expect(outcome.ledger.total.balances)
    }

    @Test func anUnknownVersionIsAnErrorAtItsCell() throws {
        let outcome = try Self.outcome([Self.budgetPath: """
            kommune;år;ydelse;beløb;version
            Vallensbæk;2017;A-dagpenge;1.000.000;
            Vallensbæk;2017;A-dagpenge;1.100.000;rettet
            Vallensbæk;2017;Kontanthjælp;500.000;
            Ishøj;2017;A-dagpenge;2.000.000;
            Ishøj;2017;Kontanthjælp;300.000;

            """])
        #expect(!outcome.succeeded)
        #expect(Self.diagnostics(outcome) == [
            "Input/budget/budget-2017.csv:3:38: error: version \"rettet\" is neither oprindeligt nor korrigeret",
            Self.february,
        ])
        #expect(outcome.ledger.total.balances)
    }

    @Test func anUnknownVersionInXMLIsASchemaError() throws {
        let outcome = try Self.outcome([
            "Input/budget/vallensbaek.xml": """
            <?xml version="1.0" encoding="UTF-8"?>
            <budget xmlns="urn:caseload:budget:1" kommune="Vallensbæk" aar="2017" version="rettet">
              <post ydelse="A-dagpenge" beloeb="1000000"/>
            </budget>

            """,
        ])
        #expect(!outcome.succeeded)
        #expect(Self.diagnostics(outcome) == [
            "Input/budget/vallensbaek.xml:2: error: version \"rettet\" is not oprindeligt or korrigeret (libxml2: Element 'budget', attribute 'version': [facet 'enumeration'] The value 'rettet' is not an element of the set {'oprindeligt', 'korrigeret'}.)",
            Self.february,
        ])
        #expect(outcome.ledger.total.balances)
    }

    @Test func theSchemaNamesTheVersions() {
        #expect(BudgetSchema.xsd.contains(#"<xs:attribute name="version" type="Version" default="oprindeligt"/>"#))
        #expect(BudgetSchema.xsd.contains(#"<xs:enumeration value="korrigeret"/>"#))
    }

    @Test func versionCells() {
        #expect(BudgetVersion(cell: "") == .oprindeligt)
        #expect(BudgetVersion(cell: " KORRIGERET ") == .korrigeret)
        #expect(BudgetVersion(cell: "oprindelig") == nil)
    }
}

extension BudgetVersionTests {
    /// A corrected budget other than 0 needs a rate, as an original does: the error is at the
    /// corrected row, and both rows are rejected.
    @Test func aCorrectedBudgetWithoutARateIsAnError() throws {
        let outcome = try Self.outcome([
            Self.budgetPath: """
            kommune;år;ydelse;beløb;version
            Vallensbæk;2017;A-dagpenge;1.000.000;
            Vallensbæk;2017;Kontanthjælp;500.000;
            Ishøj;2017;A-dagpenge;2.000.000;
            Ishøj;2017;Kontanthjælp;0;
            Ishøj;2017;Kontanthjælp;300.000;korrigeret

            """,
            "Input/takster/takster-2017.csv": """
            kommune;år;ydelse;kr_pr_helårsperson
            Vallensbæk;2017;A-dagpenge;100.000
            Vallensbæk;2017;Kontanthjælp;100.000
            Ishøj;2017;A-dagpenge;200.000

            """,
        ])
        #expect(!outcome.succeeded)
        #expect(Self.diagnostics(outcome).filter { $0.contains("error") } == [
            "Input/budget/budget-2017.csv:6:25: error: no brutto rate for Ishøj, 2017, Kontanthjælp: add a row to the rate table for \"Ishøj\" or \"*\"",
        ])
        let budget = try #require(outcome.ledger.tallies.first { $0.key.hasSuffix("budget-2017.csv") }?.value)
        #expect((budget.read, budget.used, budget.rejected) == (5, 3, 2))
        #expect(outcome.ledger.total.balances)
    }
}
