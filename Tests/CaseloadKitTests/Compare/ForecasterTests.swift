import BigInt
@testable import CaseloadKit
import Testing

/// The year-end forecast and its back-test (forecast.md), figures computed by hand.
///
/// The row of every test: budget year 2017 (365 days; Jan 31, Feb 28, Mar 31 days, so
/// DAYS(2017, {1, 2, 3}) = 90) with Jan 10, Feb 20, Mar 10:
/// PD(2017, K) = 10·31 + 20·28 + 10·31 = 1180, T = 1180 / 90 = 118/9.
/// 2016 (leap: 366 days, Feb 29) complete: Jan 5, Feb 10, Mar 5, Apr–Dec 4:
/// PD(2016, {1, 2, 3}) = 155 + 290 + 155 = 600 over 91 days; PD(2016, all) = 600 + 4·275 = 1700.
/// 2015 complete: every month 3, so its level over any months is 3 (PD(2015, {1, 2, 3}) = 270
/// over 90 days; PD(2015, all) = 1095 over 365).
@Suite struct ForecasterTests {
    static let key = MonthlySeries.Key(municipality: 0, benefit: BenefitID("a-dagpenge")!)

    static func series(with2016: Bool = true, with2015: Bool = true, february2017: Int? = 20, zero2016: Bool = false,
                       scale: Exact = Exact(1)) -> MonthlySeries {
        var years: [Int: [Int: Exact]] = [2017: [1: Exact(10), 3: Exact(10), 4: Exact(99)]]
        if let february2017 { years[2017]?[2] = Exact(february2017) }
        if with2016 {
            years[2016] = Dictionary(uniqueKeysWithValues: (1...12).map { ($0, Exact(zero2016 && $0 <= 3 ? 0 : ($0 == 2 ? 10 : $0 <= 3 ? 5 : 4))) })
        }
        if with2015 { years[2015] = Dictionary(uniqueKeysWithValues: (1...12).map { ($0, Exact(3)) }) }
        return MonthlySeries([key: years.mapValues { $0.mapValues { $0 * scale } }])
    }

    static func forecaster(_ method: ForecastMethod, latest: Int = 3, seasonalYears: Int = 1, series: MonthlySeries = series()) -> Forecaster {
        var settings = ForecastSettings.defaults
        settings.method = method
        settings.latestMonths = latest
        settings.seasonalYears = seasonalYears
        return Forecaster(series: series, settings: settings)
    }

    static let soFar = Exact(118) / Exact(9)

    @Test func theMonthsThatCount() {
        #expect(Forecaster.countedMonths(cutoff: Day(year: 2017, month: 3, day: 31)!, skip: 0) == 3)
        #expect(Forecaster.countedMonths(cutoff: Day(year: 2017, month: 3, day: 30)!, skip: 0) == 2)  // March not whole
        #expect(Forecaster.countedMonths(cutoff: Day(year: 2017, month: 3, day: 31)!, skip: 1) == 2)
        #expect(Forecaster.countedMonths(cutoff: Day(year: 2017, month: 3, day: 31)!, skip: 5) == 0)
        #expect(Forecaster.countedMonths(cutoff: Day(year: 2016, month: 2, day: 29)!, skip: 0) == 2)  // leap year
        #expect(Forecaster.countedMonths(cutoff: Day(year: 2017, month: 1, day: 30)!, skip: 0) == 0)
        #expect(Forecaster.countedMonths(cutoff: Day(year: 2017, month: 12, day: 31)!, skip: 0) == 12)
    }

    @Test func runRateIsTheLevelSoFar() {
        // F = PD(2017, K) / DAYS(2017, K) = 1180 / 90 = 118/9 = 13.1111; April (99) is not in K.
        #expect(Self.forecaster(.runRate).forecast(Self.key, year: 2017, months: 3)
                == .made(soFar: Self.soFar, method: .runRate, forecast: Self.soFar, fallback: nil))
    }

    @Test func latestCarriesTheLatestMonthsOn() {
        // N = 1: L = March = 10; F = (1180 + 10 · 275) / 365 = 3930 / 365 = 786/73 = 10.7671.
        #expect(Self.forecaster(.latest, latest: 1).forecast(Self.key, year: 2017, months: 3)
                == .made(soFar: Self.soFar, method: .latest, forecast: Exact(786) / Exact(73), fallback: nil))
        // N = 5 > k = 3 means 3: L = 1180/90, F = (1180 + 1180/90 · 275) / 365 = 1180 · 365/90 / 365 = 118/9.
        #expect(Self.forecaster(.latest, latest: 5).forecast(Self.key, year: 2017, months: 3)
                == .made(soFar: Self.soFar, method: .latest, forecast: Self.soFar, fallback: nil))
    }

    @Test func seasonalScalesByTheEarlierYears() {
        // H = {2016}: T_H = 600/91, A_H = 1700/366; F = 118/9 × (1700/366) / (600/91)
        // = 118·1700·91 / (9·366·600) = 18254600 / 1976400 = 91273/9882 = 9.2363.
        #expect(Self.forecaster(.seasonal).forecast(Self.key, year: 2017, months: 3)
                == .made(soFar: Self.soFar, method: .seasonal, forecast: Exact(91273) / Exact(9882), fallback: nil))
        // H = {2015, 2016}: T_H = (600 + 270) / (91 + 90) = 870/181, A_H = (1700 + 1095) / (366 + 365) = 2795/731;
        // F = 118/9 × 2795/731 × 181/870 = 59696110 / 5723730 = 138827/13311 = 10.4295.
        #expect(Self.forecaster(.seasonal, seasonalYears: 2).forecast(Self.key, year: 2017, months: 3)
                == .made(soFar: Self.soFar, method: .seasonal, forecast: Exact(138827) / Exact(13311), fallback: nil))
    }

    @Test func seasonalFallsBackToRunRateAndSaysWhy() {
        let none = Self.series(with2016: false, with2015: false)
        #expect(Self.forecaster(.seasonal, series: none).forecast(Self.key, year: 2017, months: 3)
                == .made(soFar: Self.soFar, method: .runRate, forecast: Self.soFar, fallback: .noCompleteEarlierYear))
        // 2016 with Jan–Mar 0: T_H = 0.
        let zero = Self.series(with2015: false, zero2016: true)
        #expect(Self.forecaster(.seasonal, series: zero).forecast(Self.key, year: 2017, months: 3)
                == .made(soFar: Self.soFar, method: .runRate, forecast: Self.soFar, fallback: .earlierYearsZero))
    }

    @Test func aMissingMonthOrNoMonthsGiveNoForecast() {
        let gap = Self.series(february2017: nil)
        #expect(Self.forecaster(.runRate, series: gap).forecast(Self.key, year: 2017, months: 3) == .none(.missingMonth(2)))
        // k = 1 needs only January.
        #expect(Self.forecaster(.runRate, series: gap).forecast(Self.key, year: 2017, months: 1)
                == .made(soFar: Exact(10), method: .runRate, forecast: Exact(10), fallback: nil))
        #expect(Self.forecaster(.seasonal).forecast(Self.key, year: 2017, months: 0) == .none(.noMonths))
        #expect(ForecastNote.missingMonth(2).message.da == "måned 2 mangler")
        #expect(ForecastNote.noCompleteEarlierYear.message.da == "intet tidligere år med alle 12 måneder; run_rate brugt i stedet for seasonal")
    }

    @Test func theBackTestOfEveryMethodOnEveryCompleteEarlierYear() {
        // k = 3, latest_months = 1, seasonal_years = 1.
        // run_rate 2015: 3, A = 3.   run_rate 2016: 600/91 = 6.5934, A = 1700/366 = 850/183 = 4.6448.
        // latest 2015: (270 + 3·275) / 365 = 3.   latest 2016: L = March = 5, (600 + 5·275) / 366 = 1975/366.
        // seasonal 2015: no earlier complete year, no row.   seasonal 2016: H = {2015}: 600/91 × 3 / 3 = 600/91.
        let tests = Self.forecaster(.seasonal, latest: 1).backTest(Self.key, year: 2017, months: 3)
        let actual2016 = Exact(850) / Exact(183)
        #expect(tests == [
            ForecastTest(method: .runRate, year: 2015, forecast: Exact(3), actual: Exact(3)),
            ForecastTest(method: .runRate, year: 2016, forecast: Exact(600) / Exact(91), actual: actual2016),
            ForecastTest(method: .latest, year: 2015, forecast: Exact(3), actual: Exact(3)),
            ForecastTest(method: .latest, year: 2016, forecast: Exact(1975) / Exact(366), actual: actual2016),
            ForecastTest(method: .seasonal, year: 2016, forecast: Exact(600) / Exact(91), actual: actual2016),
        ])
        // fejl = 600/91 − 850/183 = (109800 − 77350) / 16653 = 32450/16653 = 1.9486;
        // fejl_pct = 100 × 32450/16653 / (850/183) = 100 × 32450 · 183 / (16653 · 850) = 41.95… (= 3245/77.35).
        #expect(tests[1].error == Exact(32450) / Exact(16653))
        #expect(tests[1].errorPercent == Exact(100) * Exact(32450) / Exact(16653) / actual2016)
        #expect(tests[1].errorPercent?.roundedUnits(decimals: 2) == 4195)
        #expect(ForecastTest(method: .runRate, year: 2015, forecast: Exact(1), actual: .zero).errorPercent == nil)
        #expect(Self.forecaster(.seasonal).backTest(Self.key, year: 2017, months: 0) == [])
    }

    @Test func figuresPast128BitsGiveTheSameBackTestScaled() {
        // Every value × 2^120: the person-days no longer fit in 128 bits and the rows are
        // computed with `Exact`; forecasts and actual values scale, the percentages do not.
        let scale = Exact(BigInt(1) << 120, over: BigInt(1))
        let small = Self.forecaster(.seasonal, latest: 1).backTest(Self.key, year: 2017, months: 3)
        let large = Self.forecaster(.seasonal, latest: 1, series: Self.series(scale: scale)).backTest(Self.key, year: 2017, months: 3)
        #expect(large.count == small.count && large.count == 5)
        for (big, test) in zip(large, small) {
            #expect(big.method == test.method && big.year == test.year)
            #expect(big.forecast == test.forecast * scale && big.actual == test.actual * scale)
            #expect(big.errorPercent == test.errorPercent)
        }
    }
}
