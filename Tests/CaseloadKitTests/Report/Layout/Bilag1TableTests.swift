@testable import CaseloadKit
import Testing

/// The one Bilag 1 layout, tested directly: titles, brutto/netto, marks and footnotes.
@Suite struct Bilag1TableTests {
    static func tables() throws -> [Bilag1Table] { Bilag1Table.tables(of: try MixedGrundlagScenario.report()) }

    @Test func eachTableSaysWhetherItsBudgetsAreBruttoNettoOrBoth() throws {
        let tables = try Self.tables()
        #expect(tables.map(\.title) == ["Vallensbæk", "Ishøj", "Jobcenter Vallensbæk i alt"])
        #expect(tables.map(\.grundlag) == [.brutto, .mixed, .mixed])
        #expect(tables.map { $0.columns[0].title } == ["Budgettal 2017 (Brutto)", "Budgettal 2017 (Brutto/Netto)", "Budgettal 2017 (Brutto/Netto)"])
        #expect(tables[1].notes.last == Bilag1Note(nil, "Budgettallene er brutto undtagen A-dagpenge (netto)."))
        #expect(tables[2].notes.last == Bilag1Note(nil, "Budgettallene er brutto undtagen A-dagpenge (brutto/netto)."))
        #expect(!tables[0].notes.contains { $0.mark == nil })
    }

    @Test func theActualsAreHeadedWithTheLastMonthThatCountsAndTheVarianceAsAYear() throws {
        let titles = try Self.tables()[0].columns.map(\.title)
        #expect(titles == ["Budgettal 2017 (Brutto)", "Helårspersoner 2017", "Helårspersoner 2015", "Faktisk 2017 (til 28.2.2017)",
                           "Afvigelse, helårspersoner", "Afvigelse, kr. (helår, budgettets takst)"])
    }

    @Test func theActualsRunToTheLastMonthThatCountsNotToTheCutoff() throws {
        let report = try MixedGrundlagScenario.report()
        #expect(report.cutoff == Day(year: 2017, month: 3, day: 15))
        #expect(report.actualsThrough == Day(year: 2017, month: 2, day: 28))
        #expect(ReportText.intro(report).contains("i 2015 og i 2017 til og med 28.2.2017."))
        // Without a cut-off, monthly rows up to June are the year so far too.
        let monthly = try Scenario([
            "Input/budget/b.csv": "kommune;år;ydelse;beløb\nIshøj;2017;A-dagpenge;1.000.000\nVallensbæk;2017;A-dagpenge;1.000.000\n",
            "Input/takster/t.csv": "kommune;år;ydelse;kr_pr_helårsperson\n*;2017;A-dagpenge;100.000\n",
            "Input/faktisk/f.csv": "kommune;år;ydelse;måned;helårspersoner\n" + (1...6).map { "Ishøj;2017;A-dagpenge;\($0);10\nVallensbæk;2017;A-dagpenge;\($0);10" }.joined(separator: "\n") + "\n",
        ]).evaluate()
        let monthlyReport = try #require(monthly.report)
        let table = try #require(Bilag1Table.tables(of: monthlyReport).first)
        #expect(table.columns.map(\.title).contains("Faktisk 2017 (til 30.6.2017)"))
        // Case periods and yearly rows count up to the cut-off itself.
        let sources: [ActualFigure.Source] = [.aggregated([])]
        let config = monthly.config
        var cut = config
        cut.cutoff = Day(year: 2017, month: 3, day: 15)
        #expect(Reconciler.actualsThrough(sources, config: cut) == Day(year: 2017, month: 3, day: 15))
        #expect(Reconciler.actualsThrough(sources, config: config) == nil)
        #expect(Reconciler.actualsThrough([], config: cut) == nil)
    }

    @Test func totalsOverFewerRowsThanTheBudgetAreMarkedWithTheirCount() throws {
        let tables = try Self.tables()
        // Vallensbæk: 2015 only for Sygedagpenge, no 2017 actuals at all (nothing to mark).
        #expect(tables[0].totals.map(\.mark) == [nil, nil, .fewerRows, nil, nil, nil])
        #expect(tables[0].totals[3].value == nil)
        #expect(tables[0].notes == [Bilag1Note(.fewerRows, "I alt: faktiske tal for 2015 fra 1 af 2 ydelser; budgettet omfatter alle 2.")])
        // Ishøj: 2017 for both benefits, 2015 for one.
        #expect(tables[1].totals.map(\.mark) == [nil, nil, .fewerRows, nil, nil, nil])
    }

    @Test func jobcenterLinesFromSomeMunicipalitiesAreMarkedEachWithItsCount() throws {
        let jobcenter = try Self.tables()[2]
        #expect(jobcenter.isJobcenter)
        #expect(jobcenter.lines.map(\.grundlag) == [.mixed, .brutto])
        let marks: [Bilag1Mark?] = [nil, nil, .someMunicipalities, .someMunicipalities, .someMunicipalities, .someMunicipalities]
        #expect(jobcenter.lines.map { $0.cells.map(\.mark) } == [marks, marks])
        #expect(jobcenter.totals.map(\.mark) == [nil, nil, .fewerRows, .fewerRows, .fewerRows, .fewerRows])
        #expect(jobcenter.notes == [
            Bilag1Note(.someMunicipalities, "A-dagpenge: faktiske tal for 2015 og 2017 fra 1 af 2 kommuner."),
            Bilag1Note(.someMunicipalities, "Sygedagpenge: faktiske tal for 2015 og 2017 fra 1 af 2 kommuner."),
            Bilag1Note(.fewerRows, "I alt: faktiske tal for 2015 og 2017 fra 2 af 4 rækker (kommune og ydelse); budgettet omfatter alle 4."),
            Bilag1Note(nil, "Budgettallene er brutto undtagen A-dagpenge (brutto/netto)."),
        ])
        // The total is the exact sum of the lines, rounded once when written.
        #expect(jobcenter.totals[0].value == Exact(39_038_328 + 24_699_999 + 94_082_004 + 45_940_650))
    }

    @Test func theSummaryHeadsTheReportAsAWholeAndNamesEachMarkedTotal() throws {
        let report = try MixedGrundlagScenario.report()
        let summary = Bilag1Summary(Bilag1Table.tables(of: report), report: report)
        #expect(summary.columns[0].title == "Budgettal 2017 (Brutto/Netto)")
        #expect(summary.lines.map(\.title) == ["Vallensbæk", "Ishøj", "Jobcenter Vallensbæk i alt"])
        #expect(summary.notes.map(\.text) == [
            "Vallensbæk: faktiske tal for 2015 fra 1 af 2 ydelser; budgettet omfatter alle 2.",
            "Ishøj: faktiske tal for 2015 fra 1 af 2 ydelser; budgettet omfatter alle 2.",
            "Jobcenter Vallensbæk i alt: faktiske tal for 2015 og 2017 fra 2 af 4 rækker (kommune og ydelse); budgettet omfatter alle 4.",
        ])
    }

    @Test func oneMarkdownEscaperForNamesAndSentences() {
        #expect(MarkdownText.escaped("Fleksjob | *gl.* <ordning> & [x]_\\`") == "Fleksjob \\| \\*gl.\\* &lt;ordning&gt; &amp; \\[x\\]\\_\\\\\\`")
    }
}
