@testable import CaseloadKit
import Testing

/// The monthly values of forecast.md ("Monthly values") from aggregated rows.
@Suite struct MonthlySeriesTests {
    static let benefit = BenefitID("a-dagpenge")!

    static func line(_ municipality: String, _ year: Int, _ month: Int?, _ value: Int, row: Int) -> ActualLine {
        ActualLine(municipality: municipality, year: year, benefit: benefit, month: month,
                   helaarspersoner: Helaarspersoner(Exact(value)), origin: SourceLocation(file: "faktisk.csv", line: row))
    }

    @Test func monthlyRowsOfEveryYearAreKeptYearlyRowsAndOtherMunicipalitiesAreNot() {
        let index = MunicipalityIndex([Municipality("Ishøj"), Municipality("Vallensbæk")])
        let series = MonthlySeries.aggregated([
            Self.line("ishøj", 2013, 1, 7, row: 2),        // any year in the inputs, matched ignoring case
            Self.line("Vallensbæk", 2017, 2, 4, row: 3),
            Self.line("Vallensbæk", 2016, nil, 9, row: 4),  // yearly: no monthly value
            Self.line("Brøndby", 2017, 1, 5, row: 5),       // not in pipeline.yml
            Self.line("Ishøj", 2017, 3, 1, row: 6),
            Self.line("Ishøj", 2017, 3, 2, row: 7),         // March twice: no value
            Self.line("Ishøj", 2017, 3, 3, row: 8),         // … and a third row does not bring it back
        ], municipalities: index)
        let ishoej = MonthlySeries.Key(municipality: 0, benefit: Self.benefit)
        let vallensbaek = MonthlySeries.Key(municipality: 1, benefit: Self.benefit)
        #expect(series.value(ishoej, year: 2013, month: 1) == Exact(7))
        #expect(series.value(vallensbaek, year: 2017, month: 2) == Exact(4))
        #expect(series.value(vallensbaek, year: 2016, month: 1) == nil)
        #expect(series.value(ishoej, year: 2017, month: 1) == nil)
        #expect(series.value(ishoej, year: 2017, month: 3) == nil)
        #expect(series.completeYears(ishoej) == [])
    }

    @Test func aYearWithAll12MonthsIsComplete() {
        let index = MunicipalityIndex([Municipality("Ishøj")])
        let lines = (1...12).map { Self.line("Ishøj", 2015, $0, 3, row: $0) } + (1...11).map { Self.line("Ishøj", 2016, $0, 3, row: 20 + $0) }
        let series = MonthlySeries.aggregated(lines, municipalities: index)
        #expect(series.completeYears(MonthlySeries.Key(municipality: 0, benefit: Self.benefit)) == [2015])
    }
}
