@testable import CaseloadKit
import Testing

/// Monthly values from case periods (forecast.md, "Monthly values"; README "Budgetopfølgning"):
/// which months have a value, and the value to the digit.
@Suite struct MonthlySeriesCasesTests {
    static let harness = CaseReadHarness(cutoff: Day(year: 2017, month: 3, day: 15))

    static func period(_ municipality: String, _ benefit: String, _ from: String, _ to: String?, omfang: Int64 = Omfang.full.units) -> CasePeriod {
        CasePeriod(municipality: municipality, benefit: BenefitID(benefit)!, from: Day(iso: from)!, to: to.flatMap { Day(iso: $0) },
                   omfang: Omfang(units: omfang), origin: SourceLocation(file: "sager.csv", line: 2))
    }

    static func series(_ periods: [CasePeriod]) -> MonthlySeries {
        var tally = CaseTally(config: harness.config)
        for period in periods {
            _ = tally.add(period, municipality: harness.municipalities.position(of: period.municipality)!)
        }
        return MonthlySeries.cases(tally)
    }

    static func key(_ municipality: Int, _ benefit: String) -> MonthlySeries.Key {
        MonthlySeries.Key(municipality: municipality, benefit: BenefitID(benefit)!)
    }

    @Test func aMonthWithoutACaseIsZeroWhereTheMunicipalitysCasesReachItElseMissing() {
        let series = Self.series([
            Self.period("Ishøj", "a-dagpenge", "2017-01-01", "2017-01-31"),
            Self.period("Ishøj", "a-dagpenge", "2017-02-15", "2017-02-28", omfang: Omfang.full.units / 2),
            Self.period("Ishøj", "sygedagpenge", "2016-11-01", nil),  // open: to the cut-off
            Self.period("Vallensbæk", "a-dagpenge", "2017-01-10", "2017-01-20"),
            Self.period("Ishøj", "kontanthjaelp", "2016-05-01", "2016-05-31"),
        ])
        let ishoej = Self.key(0, "a-dagpenge")
        #expect(series.value(ishoej, year: 2017, month: 1) == Exact(1))
        #expect(series.value(ishoej, year: 2017, month: 2) == Exact(1, over: 4))  // 14 × 0,5 / 28
        // March is cut by the cut-off (15 March): not a whole month, no value.
        #expect(series.value(ishoej, year: 2017, month: 3) == nil)
        // 2016: Ishøj's cases reach only May and November–December; A-dagpenge has no case in
        // 2016 at all, so no value for any month (its yearly figure is empty too).
        #expect(series.value(ishoej, year: 2016, month: 11) == nil)
        // Kontanthjælp has a case in 2016: 0 in the months Ishøj's cases reach, missing in the others.
        let kontanthjaelp = Self.key(0, "kontanthjaelp")
        #expect(series.value(kontanthjaelp, year: 2016, month: 5) == Exact(1))
        #expect(series.value(kontanthjaelp, year: 2016, month: 11) == Exact(0))
        #expect(series.value(kontanthjaelp, year: 2016, month: 12) == Exact(0))
        #expect(series.value(kontanthjaelp, year: 2016, month: 6) == nil)
        #expect(series.value(kontanthjaelp, year: 2017, month: 1) == nil)
        #expect(series.value(Self.key(0, "sygedagpenge"), year: 2016, month: 11) == Exact(1))
        // Vallensbæk's cases reach only January 2017.
        let vallensbaek = Self.key(1, "a-dagpenge")
        #expect(series.value(vallensbaek, year: 2017, month: 1) == Exact(11, over: 31))
        #expect(series.value(vallensbaek, year: 2017, month: 2) == nil)
        #expect(series.completeYears(ishoej) == [])
    }

    @Test func februaryOfALeapYearAndACompleteYear() {
        let series = Self.series([
            Self.period("Tårnby", "sygedagpenge", "2015-01-01", "2016-12-31", omfang: Omfang.full.units / 4),
            Self.period("Tårnby", "sygedagpenge", "2016-02-01", "2016-02-29"),
            Self.period("Tårnby", "sygedagpenge", "2015-02-01", "2015-02-28"),
        ])
        let key = Self.key(2, "sygedagpenge")
        #expect(series.value(key, year: 2016, month: 2) == Exact(5, over: 4))
        #expect(series.value(key, year: 2015, month: 2) == Exact(5, over: 4))
        #expect(series.value(key, year: 2016, month: 3) == Exact(1, over: 4))
        #expect(series.completeYears(key) == [2015, 2016])
    }

    @Test func mergingKeepsEachSourcesMonthsAndDropsAMonthGivenByBoth() {
        let key = Self.key(0, "a-dagpenge")
        let aggregated = MonthlySeries([key: [2014: [1: Exact(3)], 2017: [1: Exact(7)]]])
        let merged = aggregated.merging(Self.series([Self.period("Ishøj", "a-dagpenge", "2017-01-01", "2017-02-28")]))
        #expect(merged.value(key, year: 2014, month: 1) == Exact(3))
        #expect(merged.value(key, year: 2017, month: 1) == nil)  // both: an error of the run (Reconciler)
        #expect(merged.value(key, year: 2017, month: 2) == Exact(1))
    }
}
