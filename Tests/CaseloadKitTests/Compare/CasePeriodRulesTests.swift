import CaseloadKit
import Testing

/// helårspersoner from case periods: Σ(days inside P × omfang) / days in P.
@Suite struct CasePeriodRulesTests {
    static let budget = "kommune;år;ydelse;beløb\nIshøj;2017;Sygedagpenge;3.650.000\n"
    static let rates = "kommune;år;ydelse;kr_pr_helårsperson\nIshøj;2017;Sygedagpenge;365.000\n"

    func scenario(_ cases: String, year: Int = 2017, priorYears: [Int] = [2015], cutoff: String? = nil) throws -> Scenario {
        try Scenario([
            "Input/budget/b.csv": Self.budget.replacing("2017", with: String(year)),
            "Input/takster/t.csv": Self.rates.replacing("2017", with: String(year)),
            "Input/sager/s.csv": "sagsid;kommune;ydelse;fra;til;omfang\n" + cases,
        ], year: year, priorYears: priorYears, cutoff: cutoff, municipalities: ["Ishøj"])
    }

    @Test func aCaseAcrossTheYearBoundaryCountsOnlyItsDaysInsideTheYear() throws {
        // 2016-12-01 … 2017-01-31: 31 days in 2017 → 31/365.
        let s = try scenario("010203-1234;Ishøj;Sygedagpenge;2016-12-01;2017-01-31;\n")
        #expect(try s.row("Ishøj", "sygedagpenge")?["helaarspersoner_faktisk"] == "0.0849")  // 0.084931…
    }

    @Test func aLeapYearHas366Days() throws {
        // All of 2016 but 31 December: 365 of 366 days = 0.99727…; the same span in 2017 would be 1.
        let s = try scenario("A1;Ishøj;Sygedagpenge;2016-01-01;2016-12-30;1\n", year: 2017, priorYears: [2016])
        #expect(try s.row("Ishøj", "sygedagpenge")?["helaarspersoner_2016"] == "0.9973")
        let leapBudgetYear = try scenario("A1;Ishøj;Sygedagpenge;2020-02-01;2020-02-29;\n", year: 2020, priorYears: [])
        #expect(try leapBudgetYear.row("Ishøj", "sygedagpenge")?["helaarspersoner_faktisk"] == "0.0792")  // 29/366
    }

    @Test func anOpenCaseRunsToThePeriodsEnd() throws {
        // Open since 2017-07-01: 184 days of 2017 (no cut-off); with cut-off 2017-09-30 it is
        // 92 days of the 273 from 1 January.
        let whole = try scenario("A1;Ishøj;Sygedagpenge;2017-07-01;;\n")
        #expect(try whole.row("Ishøj", "sygedagpenge")?["helaarspersoner_faktisk"] == "0.5041")  // 184/365
        let cut = try scenario("A1;Ishøj;Sygedagpenge;2017-07-01;;\n", cutoff: "2017-09-30")
        #expect(try cut.row("Ishøj", "sygedagpenge")?["helaarspersoner_faktisk"] == "0.3370")  // 92/273
    }

    @Test func omfangWeightsTheDays() throws {
        // Two half-time cases all year and one full case for 73 days: 0.5 + 0.5 + 0.2 = 1.2.
        let s = try scenario("""
        A1;Ishøj;Sygedagpenge;2017-01-01;2017-12-31;0,5
        A2;Ishøj;Sygedagpenge;2017-01-01;2017-12-31;0,5
        A3;Ishøj;Sygedagpenge;2017-01-01;2017-03-14;

        """)
        let row = try #require(try s.row("Ishøj", "sygedagpenge"))
        #expect(row["helaarspersoner_faktisk"] == "1.2000")
        #expect(row["helaarspersoner_budget"] == "10.0000")
        #expect(row["afvigelse_helaarspersoner"] == "-8.8000")
        #expect(row["afvigelse_kr"] == "-3212000.00")
    }

    @Test func aPeriodWithNoRowsHasNoValueNotZero() throws {
        let s = try scenario("A1;Ishøj;Sygedagpenge;2017-03-01;2017-03-31;\n")
        let row = try #require(try s.row("Ishøj", "sygedagpenge"))
        #expect(row["helaarspersoner_2015"] == "")
        #expect(row["helaarspersoner_faktisk"] == "0.0849")  // 31/365
    }

    @Test func overlappingPeriodsInTwoFilesCountOnceWithAWarning() throws {
        // The case, the second period in another file: 579 days were 1,5863 helårspersoner.
        let s = try Scenario([
            "Input/budget/b.csv": Self.budget,
            "Input/takster/t.csv": Self.rates,
            "Input/sager/a.csv": "sagsid;kommune;ydelse;fra;til;omfang\n010203-1234;Ishøj;Sygedagpenge;2017-01-01;2017-12-31;\n",
            "Input/sager/b.csv": "sagsid;kommune;ydelse;fra;til;omfang\n010203-1234;Ishøj;Sygedagpenge;2017-06-01;2017-12-31;0,5\n",
        ], priorYears: [], municipalities: ["Ishøj"])  // no prior year: the cases are of 2017 only
        let outcome = try s.evaluate()
        #expect(outcome.succeeded)
        #expect(outcome.diagnostics.warningCount == 1)
        #expect(outcome.diagnostics.diagnostics.map(\.description) == [
            "Input/sager/b.csv:2: warning: this case period overlaps the one at Input/sager/a.csv:2 (case ******-**34, Sygedagpenge): "
                + "the 214 shared days, 2017-06-01 to 2017-12-31, count once, at the larger omfang",
        ])
        #expect(outcome.diagnostics.rendered(.da) == "Input/sager/b.csv:2: advarsel: denne sagsperiode overlapper perioden i "
            + "Input/sager/a.csv:2 (sag ******-**34, Sygedagpenge): de 214 fælles dage, 1.6.2017–31.12.2017, tælles kun én gang, "
            + "med det største omfang")
        #expect(try s.row("Ishøj", "sygedagpenge")?["helaarspersoner_faktisk"] == "1.0000")
    }

    @Test func caseRowsForOtherMunicipalitiesAndOtherYearsAreIgnoredAndCounted() throws {
        let s = try scenario("""
        A1;Albertslund;Sygedagpenge;2017-03-01;2017-03-31;
        A2;Ishøj;Sygedagpenge;2010-03-01;2010-03-31;
        A3;Ishøj;Sygedagpenge;2017-03-01;2017-03-31;

        """)
        let tally = try #require(try s.evaluate().ledger.tallies["Input/sager/s.csv"])
        #expect(tally == InputLedger.Tally(read: 3, used: 1, ignored: ["another municipality": 1, "outside the periods": 1], rejected: 0))
    }
}
