import CaseloadKit
import Testing

/// One test per rule of formats.md, each through real files and the whole pipeline.
@Suite struct FormatRulesTests {
    static let budget = """
    kommune;år;ydelse;beløb
    Vallensbæk;2017;A-dagpenge;39.038.328
    Ishøj;2017;A-dagpenge;94.082.004

    """

    @Test func starRateAppliesWhereAMunicipalityHasNoRowOfItsOwn() throws {
        let scenario = try Scenario([
            "Input/budget/b.csv": Self.budget,
            "Input/takster/t.csv": """
            kommune;år;ydelse;kr_pr_helårsperson
            *;2017;A-dagpenge;200.000
            Ishøj;2017;A-dagpenge;186.670,64

            """,
        ])
        let vallensbaek = try #require(try scenario.row("Vallensbæk", "a-dagpenge"))
        #expect(vallensbaek["kr_pr_helaarsperson"] == "200000.00")
        #expect(vallensbaek["helaarspersoner_budget"] == "195.1916")  // 39038328 / 200000 = 195.19164
        let ishoej = try #require(try scenario.row("Ishøj", "a-dagpenge"))
        #expect(ishoej["kr_pr_helaarsperson"] == "186670.64")
        #expect(ishoej["helaarspersoner_budget"] == "504.0000")
    }

    @Test func rateOfAnotherYearOrGrundlagIsNeverUsed() throws {
        let scenario = try Scenario([
            "Input/budget/b.csv": "kommune;år;ydelse;beløb\nIshøj;2017;A-dagpenge;1.000\n",
            "Input/takster/t.csv": """
            kommune;år;ydelse;kr_pr_helårsperson;grundlag
            Ishøj;2016;A-dagpenge;100;brutto
            Ishøj;2017;A-dagpenge;100;netto

            """,
        ], municipalities: ["Ishøj"])
        let diagnostics = try scenario.diagnostics()
        #expect(diagnostics == [
            "Input/budget/b.csv:2:23: error: no brutto rate for Ishøj, 2017, A-dagpenge: add a row to the rate table for \"Ishøj\" or \"*\"",
        ])
    }

    @Test func budgetOfZeroWithoutRateGivesZeroHelaarspersonerAndEmptyRate() throws {
        let scenario = try Scenario([
            "Input/budget/b.csv": "kommune;år;ydelse;beløb\nIshøj;2017;Sygedagpenge;0\n",
            "Input/takster/t.csv": "kommune;år;ydelse;kr_pr_helårsperson\nIshøj;2017;A-dagpenge;100\n",
        ], municipalities: ["Ishøj"])
        let row = try #require(try scenario.row("Ishøj", "sygedagpenge"))
        #expect(row["budget_kr"] == "0.00")
        #expect(row["kr_pr_helaarsperson"] == "")
        #expect(row["helaarspersoner_budget"] == "0.0000")
        #expect(row["afvigelse_kr"] == "")
    }

    @Test func aliasesAndCaseInsensitiveNamesMatch() throws {
        let scenario = try Scenario([
            "Input/budget/b.csv": """
            kommune;år;ydelse;beløb
             ishøj ;2017;  KONTANTHJÆLP/SÆRL. UDD.YDELSE ;1.469.490
            VALLENSBÆK;2017;Ressourseforløbsydelse;1.647.298,80

            """,
            "Input/takster/t.csv": """
            kommune;år;ydelse;kr_pr_helårsperson
            Ishøj;2017;kontanthjælp;146.949
            vallensbæk;2017;Ressourceforløbsydelse;164.729,88

            """,
        ])
        let ishoej = try #require(try scenario.row("Ishøj", "kontanthjaelp"))
        #expect(ishoej["ydelse"] == "Kontanthjælp")
        #expect(ishoej["helaarspersoner_budget"] == "10.0000")
        let vallensbaek = try #require(try scenario.row("Vallensbæk", "ressourceforloebsydelse"))
        #expect(vallensbaek["kommune"] == "Vallensbæk")  // pipeline.yml's spelling
        #expect(vallensbaek["ydelse"] == "Ressourceforløbsydelse")
        #expect(vallensbaek["helaarspersoner_budget"] == "10.0000")
    }

    @Test func catalogIdsMatchToo() throws {
        let scenario = try Scenario([
            "Input/budget/b.csv": "kommune;år;ydelse;beløb\nIshøj;2017;kontanthjaelp;100\nIshøj;2017; RESSOURCEFORLOEBSYDELSE ;100\n",
            "Input/takster/t.csv": "kommune;år;ydelse;kr_pr_helårsperson\n*;2017;Kontanthjælp;10\n*;2017;Ressourceforløbsydelse;10\n",
        ], municipalities: ["Ishøj"])
        #expect(try scenario.row("Ishøj", "kontanthjaelp")?["helaarspersoner_budget"] == "10.0000")
        #expect(try scenario.row("Ishøj", "ressourceforloebsydelse")?["helaarspersoner_budget"] == "10.0000")
    }

    @Test func anAliasThatIsAnotherBenefitsIdIsAnErrorInTheCatalog() throws {
        let scenario = try Scenario([
            "Input/ydelser.csv": "id;navn;aliaser\nsygedagpenge;Sygedagpenge;\nkontanthjaelp;Kontanthjælp;Sygedagpenge|kh\n",
            "Input/budget/b.csv": "kommune;år;ydelse;beløb\nIshøj;2017;Sygedagpenge;100\n",
            "Input/takster/t.csv": "kommune;år;ydelse;kr_pr_helårsperson\n*;2017;Sygedagpenge;10\n",
        ])
        let diagnostics = try scenario.diagnostics()
        #expect(diagnostics == [
            "Input/ydelser.csv:3:28: error: \"Sygedagpenge\" would match two benefits: sygedagpenge (\"sygedagpenge\" at Input/ydelser.csv:2) and kontanthjaelp",
        ])
    }

    @Test func headerAliasesAnyCaseAndAnyOrder() throws {
        let scenario = try Scenario([
            "Input/budget/b.csv": "BELOEB;Ydelse;AAR;Kommune;grundlag\n1.000,50;A-dagpenge;2017;Ishøj;BRUTTO\n",
            "Input/takster/t.csv": "Kr_Pr_Helaarsperson;aar;ydelse;kommune\n100,05;2017;A-dagpenge;Ishøj\n",
            "Input/faktisk/f.csv": "Helaarspersoner;MAANED;år;ydelse;kommune\n7,5;;2015;A-dagpenge;Ishøj\n",
        ], municipalities: ["Ishøj"])
        let row = try #require(try scenario.row("Ishøj", "a-dagpenge"))
        #expect(row["budget_kr"] == "1000.50")
        #expect(row["helaarspersoner_budget"] == "10.0000")
        #expect(row["helaarspersoner_2015"] == "7.5000")
    }

    @Test func monthlyActualsUpToTheCutoffAreWeightedByDays() throws {
        // Cut-off 2017-03-15: January (31 days) and February (28) count; March ends after it.
        // (10 × 31 + 20 × 28) / 59 = 870 / 59 = 14.745762…
        let scenario = try Scenario([
            "Input/budget/b.csv": "kommune;år;ydelse;beløb\nIshøj;2017;A-dagpenge;2.000.000\n",
            "Input/takster/t.csv": "kommune;år;ydelse;kr_pr_helårsperson\nIshøj;2017;A-dagpenge;100.000\n",
            "Input/faktisk/f.csv": """
            kommune;år;ydelse;måned;helårspersoner
            Ishøj;2017;A-dagpenge;1;10
            Ishøj;2017;A-dagpenge;2;20
            Ishøj;2017;A-dagpenge;3;1000
            Ishøj;2015;A-dagpenge;;18,25

            """,
        ], cutoff: "2017-03-15", municipalities: ["Ishøj"])
        let row = try #require(try scenario.row("Ishøj", "a-dagpenge"))
        #expect(row["helaarspersoner_budget"] == "20.0000")
        #expect(row["helaarspersoner_faktisk"] == "14.7458")
        #expect(row["helaarspersoner_2015"] == "18.2500")
        // (870/59 − 20) × 100000 = −310169.4915…
        #expect(row["afvigelse_helaarspersoner"] == "-5.2542")
        #expect(row["afvigelse_kr"] == "-525423.73")
        let outcome = try scenario.evaluate()
        #expect(outcome.ledger.tallies["Input/faktisk/f.csv"]?.ignored == ["after the cut-off": 1])
    }

    @Test func monthlyActualsOfAPriorYearUseTheMonthsGiven() throws {
        // Only June (30 days, 12) and July (31 days, 6): (360 + 186) / 61 = 8.9508…; missing months are not 0.
        let scenario = try Scenario([
            "Input/budget/b.csv": "kommune;år;ydelse;beløb\nIshøj;2017;A-dagpenge;0\n",
            "Input/takster/t.csv": "kommune;år;ydelse;kr_pr_helårsperson\nIshøj;2017;A-dagpenge;1\n",
            "Input/faktisk/f.csv": "kommune;år;ydelse;måned;helårspersoner\nIshøj;2015;A-dagpenge;6;12\nIshøj;2015;A-dagpenge;7;6\n",
        ], municipalities: ["Ishøj"])
        #expect(try scenario.row("Ishøj", "a-dagpenge")?["helaarspersoner_2015"] == "8.9508")
    }

    @Test func benefitWithActualsButNoBudgetHasBudgetZero() throws {
        let scenario = try Scenario([
            "Input/budget/b.csv": "kommune;år;ydelse;beløb\nIshøj;2017;A-dagpenge;100\nVallensbæk;2017;A-dagpenge;100\n",
            "Input/takster/t.csv": "kommune;år;ydelse;kr_pr_helårsperson\n*;2017;A-dagpenge;1\n",
            "Input/faktisk/f.csv": "kommune;år;ydelse;helårspersoner\nVallensbæk;2015;Sygedagpenge;154\n",
        ])
        var rows = try scenario.table()
        #expect(rows.map { "\($0["kommune"]!)/\($0["ydelse_id"]!)" } == ["Vallensbæk/a-dagpenge", "Vallensbæk/sygedagpenge", "Ishøj/a-dagpenge"])
        rows.removeFirst()
        #expect(rows[0]["budget_kr"] == "0.00")
        #expect(rows[0]["helaarspersoner_budget"] == "0.0000")
        #expect(rows[0]["helaarspersoner_2015"] == "154.0000")
        #expect(rows[0]["helaarspersoner_faktisk"] == "")
    }

    @Test func rowsOfOtherMunicipalitiesAndYearsAreLeftOutAndCounted() throws {
        let scenario = try Scenario([
            "Input/budget/b.csv": """
            kommune;år;ydelse;beløb
            Ishøj;2017;A-dagpenge;100
            Albertslund;2017;A-dagpenge;100
            Ishøj;2016;A-dagpenge;100

            """,
            "Input/takster/t.csv": "kommune;år;ydelse;kr_pr_helårsperson\nIshøj;2017;A-dagpenge;1\n",
        ], municipalities: ["Ishøj"])
        let outcome = try scenario.evaluate()
        #expect(outcome.report?.rows.count == 1)
        let tally = try #require(outcome.ledger.tallies["Input/budget/b.csv"])
        #expect(tally.read == 3)
        #expect(tally.used == 1)
        #expect(tally.ignored == ["another municipality": 1, "another year": 1])
        #expect(outcome.ledger.unknownMunicipalities == ["Albertslund": 1])
    }

    @Test func totalFileSumsExactValuesAndIsEmptyOnlyWhereAllAre() throws {
        // 1/3 + 2/3 helårspersoner: rounding each first would give 0.3333 + 0.6667 = 1.0000
        // as well, so use thirds that do not: 1/3 + 1/3 = 0.6667 (not 0.6666).
        let scenario = try Scenario([
            "Input/budget/b.csv": "kommune;år;ydelse;beløb\nVallensbæk;2017;A-dagpenge;1\nIshøj;2017;A-dagpenge;1\n",
            "Input/takster/t.csv": "kommune;år;ydelse;kr_pr_helårsperson\n*;2017;A-dagpenge;3\n",
            "Input/faktisk/f.csv": "kommune;år;ydelse;helårspersoner\nIshøj;2015;A-dagpenge;2,5\n",
        ])
        let total = try scenario.table("afstemning-total.csv")
        #expect(total.count == 1)
        #expect(total[0]["kommune"] == "Jobcenter Vallensbæk")
        #expect(total[0]["budget_kr"] == "2.00")
        #expect(total[0]["kr_pr_helaarsperson"] == "")
        #expect(total[0]["helaarspersoner_budget"] == "0.6667")
        #expect(total[0]["helaarspersoner_2015"] == "2.5000")
        #expect(total[0]["helaarspersoner_faktisk"] == "")
        #expect(total[0]["afvigelse_kr"] == "")
    }

    @Test func noJobcenterMeansNoTotalFile() throws {
        let scenario = try Scenario([
            "Input/budget/b.csv": "kommune;år;ydelse;beløb\nIshøj;2017;A-dagpenge;1\n",
            "Input/takster/t.csv": "kommune;år;ydelse;kr_pr_helårsperson\nIshøj;2017;A-dagpenge;1\n",
        ], jobcenter: nil, municipalities: ["Ishøj"])
        let names = try scenario.evaluate().files.map(\.name)
        #expect(names == ["afstemning.csv", "bilag1.md", "afstemning.xlsx", "rapport.html", "flag.csv", "inddata.csv"])
    }

    @Test func outputHeaderFollowsTheSpecWithEachPriorYear() throws {
        let scenario = try Scenario([
            "Input/budget/b.csv": "kommune;år;ydelse;beløb\nIshøj;2017;A-dagpenge;1\n",
            "Input/takster/t.csv": "kommune;år;ydelse;kr_pr_helårsperson\nIshøj;2017;A-dagpenge;1\n",
        ], priorYears: [2015, 2016], municipalities: ["Ishøj"])
        let csv = try #require(try scenario.evaluate().files.first?.contents)
        #expect(csv.split(separator: "\n").first == "kommune,ydelse_id,ydelse,budget_kr,kr_pr_helaarsperson,helaarspersoner_budget,helaarspersoner_faktisk,helaarspersoner_2015,helaarspersoner_2016,afvigelse_helaarspersoner,afvigelse_kr")
    }
}

@Suite struct NumberStyleAndLimitsTests {
    @Test func internationalStyleUsesCommaDelimiterAndDecimalPoint() throws {
        let scenario = try Scenario([
            "Input/budget/b.csv": "kommune,år,ydelse,beløb\nIshøj,2017,\"Fleksjob, gl. ordning\",1234.5\n",
            "Input/takster/t.csv": "kommune,år,ydelse,kr_pr_helårsperson\nIshøj,2017,A-dagpenge,100\n",
            "Input/ydelser.csv": "id,navn,aliaser\na-dagpenge,A-dagpenge,\nfleksjob-gl,\"Fleksjob, gl. ordning\",\n",
        ], pipeline: """
        year: 2017
        municipalities: [Ishøj]
        number_style: international
        inputs:
          catalog: Input/ydelser.csv
          budget: Input/budget
          rates: Input/takster

        """)
        let diagnostics = try scenario.diagnostics()
        #expect(diagnostics == [
            "Input/budget/b.csv:2:36: error: no brutto rate for Ishøj, 2017, Fleksjob, gl. ordning: add a row to the rate table for \"Ishøj\" or \"*\"",
        ])
        try scenario.write("Input/takster/t.csv", "kommune,år,ydelse,kr_pr_helårsperson\nIshøj,2017,fleksjob-gl,123.45\n")
        let row = try #require(try scenario.row("Ishøj", "fleksjob-gl"))
        #expect(row["budget_kr"] == "1234.50")
        #expect(row["helaarspersoner_budget"] == "10.0000")
    }

    @Test func errorsBeyondTheCapAreCountedNotListed() throws {
        let rows = (1...250).map { "Ishøj;2017;A-dagpenge;x\($0)" }.joined(separator: "\n")
        let scenario = try Scenario([
            "Input/budget/b.csv": "kommune;år;ydelse;beløb\n" + rows + "\n",
            "Input/takster/t.csv": "kommune;år;ydelse;kr_pr_helårsperson\nIshøj;2017;A-dagpenge;100\n",
        ], municipalities: ["Ishøj"])
        let outcome = try scenario.evaluate()
        #expect(outcome.diagnostics.errorCount == 250)
        #expect(outcome.diagnostics.diagnostics.filter { $0.severity == .error }.count == 200)
        let rendered = outcome.diagnostics.rendered().split(separator: "\n")
        #expect(rendered.first == "Input/budget/b.csv:2:23: error: beløb \"x1\" is not a number in Danish style (e.g. 39.038.328 or 1.234,56)")
        #expect(rendered.last == "… and 50 more errors not shown")
        #expect(outcome.ledger.tallies["Input/budget/b.csv"] == InputLedger.Tally(read: 250, used: 0, ignored: [:], rejected: 250))
    }
}
