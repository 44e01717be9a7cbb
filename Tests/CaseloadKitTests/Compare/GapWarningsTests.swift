import CaseloadKit
import Testing

/// Gaps in the inputs that change a figure: each draws a warning naming file:line and what
/// was assumed, in English and Danish.
@Suite struct GapWarningsTests {
    static let rates = "kommune;år;ydelse;kr_pr_helårsperson\n*;2017;A-dagpenge;100\n*;2017;Kontanthjælp;100\n"
    /// Ishøj's Kontanthjælp row deleted.
    static let budgetWithoutIshoejKontanthjaelp = """
    kommune;år;ydelse;beløb
    Vallensbæk;2017;A-dagpenge;1.000
    Vallensbæk;2017;Kontanthjælp;2.000
    Ishøj;2017;A-dagpenge;3.000

    """
    static let actuals2015 = """
    kommune;år;ydelse;helårspersoner
    Vallensbæk;2015;A-dagpenge;10
    Vallensbæk;2015;Kontanthjælp;20
    Ishøj;2015;A-dagpenge;30
    Ishøj;2015;Kontanthjælp;40

    """

    static func diagnostics(_ outcome: RunOutcome, _ language: Language = .en) -> [String] {
        outcome.diagnostics.diagnostics.map { $0.rendered(language) }
    }

    @Test func aBenefitWithActualsButNoBudgetRowIsBudgetZeroAssumed() throws {
        let scenario = try Scenario([
            "Input/budget/b.csv": Self.budgetWithoutIshoejKontanthjaelp,
            "Input/takster/t.csv": Self.rates,
            "Input/faktisk/f.csv": Self.actuals2015,
        ])
        let outcome = try scenario.evaluate()
        #expect(outcome.succeeded)
        #expect(Self.diagnostics(outcome) == [
            "Input/faktisk/f.csv:5: warning: no budget row for Ishøj, 2017, Kontanthjælp, though the budget for Ishøj has other rows and there are actuals for Kontanthjælp: budget 0 kr. assumed (add the row, with 0 if that is meant)",
        ])
        #expect(Self.diagnostics(outcome, .da) == [
            "Input/faktisk/f.csv:5: advarsel: ingen budgetrække for Ishøj, 2017, Kontanthjælp, selv om budgettet for Ishøj har andre rækker, og der er faktiske tal for Kontanthjælp: budget 0 kr. antaget (tilføj rækken, med 0 hvis det er meningen)",
        ])
        let row = try #require(try scenario.row("Ishøj", "kontanthjaelp"))
        #expect(row["budget_kr"] == "0.00")
    }

    @Test func aBenefitAnotherMunicipalityBudgetsIsNamedWhenMissing() throws {
        let scenario = try Scenario([
            "Input/budget/b.csv": Self.budgetWithoutIshoejKontanthjaelp,
            "Input/takster/t.csv": Self.rates,
        ], priorYears: [2015])
        let outcome = try scenario.evaluate()
        #expect(outcome.succeeded)
        #expect(Self.diagnostics(outcome) == [
            "Input/budget/b.csv: warning: the budget for Ishøj has no row for Kontanthjælp, which the budget for Vallensbæk has (Input/budget/b.csv:3): Ishøj gets no row for Kontanthjælp, so the municipalities' rows differ (add the row, with 0 if that is meant)",
        ])
        #expect(Self.diagnostics(outcome, .da) == [
            "Input/budget/b.csv: advarsel: budgettet for Ishøj har ingen række for Kontanthjælp, som budgettet for Vallensbæk har (Input/budget/b.csv:3): Ishøj får ingen række for Kontanthjælp, så kommunerne har forskellige rækker (tilføj rækken, med 0 hvis det er meningen)",
        ])
    }

    @Test func aBudgetByAccountNamesTheFunctionWithoutAccounts() throws {
        let scenario = try Scenario([
            "Input/ydelser.csv": "id;navn;aliaser;funktioner\na-dagpenge;A-dagpenge;;5.57.78\nkontanthjaelp;Kontanthjælp;;5.57.73.007\nuddannelseshjaelp;Uddannelseshjælp;;5.57.73.008\n",
            "Input/budget/konti.csv": """
            kommune;år;konto;beløb
            Vallensbæk;2017;5.57.78.001;1.000
            Vallensbæk;2017;5.57.73.007.01;2.000
            Ishøj;2017;5.57.78.001;3.000

            """,
            "Input/takster/t.csv": Self.rates,
        ])
        let outcome = try scenario.evaluate()
        #expect(outcome.succeeded)
        #expect(Self.diagnostics(outcome) == [
            "Input/budget/konti.csv: warning: the budget for Ishøj has no account under 5.57.73.007 (Kontanthjælp), which the budget for Vallensbæk has (Input/budget/konti.csv:3): Ishøj gets no row for Kontanthjælp, so the municipalities' rows differ (add an account under it, with 0 if that is meant)",
        ])
        #expect(Self.diagnostics(outcome, .da) == [
            "Input/budget/konti.csv: advarsel: budgettet for Ishøj har ingen konto under 5.57.73.007 (Kontanthjælp), som budgettet for Vallensbæk har (Input/budget/konti.csv:3): Ishøj får ingen række for Kontanthjælp, så kommunerne har forskellige rækker (tilføj en konto under den, med 0 hvis det er meningen)",
        ])
    }

    @Test func aRowOfAnotherYearAmongBudgetYearRowsIsNamed() throws {
        let scenario = try Scenario([
            "Input/budget/b.csv": Self.budgetWithoutIshoejKontanthjaelp + "Ishøj;2016;Kontanthjælp;4.000\n",
            "Input/takster/t.csv": Self.rates,
            "Input/faktisk/f.csv": Self.actuals2015,
        ])
        let outcome = try scenario.evaluate()
        #expect(outcome.succeeded)
        #expect(Self.diagnostics(outcome) == [
            "Input/budget/b.csv:5: warning: this row is for 2016, while the file's other rows are for 2017: it is ignored (if the year is a typing error, correct its år)",
            "Input/faktisk/f.csv:5: warning: no budget row for Ishøj, 2017, Kontanthjælp, though the budget for Ishøj has other rows and there are actuals for Kontanthjælp: budget 0 kr. assumed (add the row, with 0 if that is meant)",
        ])
        #expect(Self.diagnostics(outcome, .da)[0]
            == "Input/budget/b.csv:5: advarsel: rækken er for 2016, mens filens øvrige rækker er for 2017: den ignoreres (er året en tastefejl, så ret dens år)")
        #expect(outcome.ledger.tallies["Input/budget/b.csv"] == .init(read: 4, used: 3, ignored: ["another year": 1]))
    }

    @Test func aStrayYearInActualsNamesTheYearsTheFileHolds() throws {
        let scenario = try Scenario([
            "Input/budget/b.csv": "kommune;år;ydelse;beløb\nVallensbæk;2017;A-dagpenge;1.000\nIshøj;2017;A-dagpenge;3.000\n",
            "Input/takster/t.csv": Self.rates,
            "Input/faktisk/f.csv": "kommune;år;ydelse;helårspersoner\nVallensbæk;2015;A-dagpenge;10\nIshøj;2015;A-dagpenge;30\nIshøj;2017;A-dagpenge;31\nIshøj;2014;A-dagpenge;29\n",
        ])
        #expect(try scenario.diagnostics() == [
            "Input/faktisk/f.csv:5: warning: this row is for 2014, while the file's other rows are for 2017 and 2015: it is ignored (if the year is a typing error, correct its år)",
        ])
    }

    @Test func aFileOfSeveralYearsInLikeNumbersIsAnArchiveNotAStrayRow() throws {
        let scenario = try Scenario([
            "Input/budget/b.csv": """
            kommune;år;ydelse;beløb
            Vallensbæk;2016;A-dagpenge;900
            Ishøj;2016;A-dagpenge;2.900
            Vallensbæk;2017;A-dagpenge;1.000
            Ishøj;2017;A-dagpenge;3.000

            """,
            "Input/takster/t.csv": Self.rates,
        ])
        #expect(try scenario.diagnostics() == [])
    }

    static let budgetBoth = "kommune;år;ydelse;beløb\nVallensbæk;2017;A-dagpenge;1.000\nIshøj;2017;A-dagpenge;3.000\n"
    static let prior = "Vallensbæk;2015;A-dagpenge;10\nIshøj;2015;A-dagpenge;30\n"

    @Test func aMonthMissingInTheYearSoFarNamesTheMonthsTheFigureCovers() throws {
        let scenario = try Scenario([
            "Input/budget/b.csv": Self.budgetBoth,
            "Input/takster/t.csv": Self.rates,
            "Input/faktisk/f.csv": "kommune;år;ydelse;helårspersoner;måned\n" + Self.prior.replacing("\n", with: ";\n")
                + "Ishøj;2017;A-dagpenge;10;1\nIshøj;2017;A-dagpenge;30;3\n",
        ])
        let outcome = try scenario.evaluate()
        #expect(Self.diagnostics(outcome) == [
            "Input/faktisk/f.csv:5: warning: Ishøj, 2017, A-dagpenge has no row for February: the figure is the mean of January and March (2 months), not of January–March",
        ])
        #expect(Self.diagnostics(outcome, .da) == [
            "Input/faktisk/f.csv:5: advarsel: Ishøj, 2017, A-dagpenge har ingen række for februar: tallet er gennemsnittet af januar og marts (2 måneder), ikke af januar–marts",
        ])
        // January and March weigh 31 days each: (10 + 30) / 2.
        #expect(try scenario.row("Ishøj", "a-dagpenge")?["helaarspersoner_faktisk"] == "20.0000")
    }

    @Test func monthsMissingBeforeTheCutoffAreNamed() throws {
        let scenario = try Scenario([
            "Input/budget/b.csv": Self.budgetBoth,
            "Input/takster/t.csv": Self.rates,
            "Input/faktisk/f.csv": "kommune;år;ydelse;helårspersoner;måned\n" + Self.prior.replacing("\n", with: ";\n")
                + "Ishøj;2017;A-dagpenge;10;1\nIshøj;2017;A-dagpenge;30;2\n",
        ], cutoff: "2017-04-30")
        #expect(try scenario.diagnostics() == [
            "Input/faktisk/f.csv:5: warning: Ishøj, 2017, A-dagpenge has no row for March and April: the figure is the mean of January and February (2 months), not of January–April",
        ])
    }

    @Test func aMonthMissingInAPriorYearIsMissingFromTheWholeYear() throws {
        let months = (1...11).map { "Ishøj;2015;A-dagpenge;30;\($0)\n" }.joined()
        let scenario = try Scenario([
            "Input/budget/b.csv": Self.budgetBoth,
            "Input/takster/t.csv": Self.rates,
            "Input/faktisk/f.csv": "kommune;år;ydelse;helårspersoner;måned\nVallensbæk;2015;A-dagpenge;10;\n" + months,
        ])
        #expect(try scenario.diagnostics() == [
            "Input/faktisk/f.csv:13: warning: Ishøj, 2015, A-dagpenge has no row for December: the figure is the mean of January–November (11 months), not of the whole year",
        ])
    }
}
