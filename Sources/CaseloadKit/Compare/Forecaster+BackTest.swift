extension Forecaster {
    /// The back-test of `key` against budget year `year` with k = `months`: for every method
    /// (run_rate, latest, seasonal) and every complete year before `year` (ascending), the
    /// forecast the method would have made then and the year's actual value. A method that
    /// cannot be made for a year gives no row; with k = 0 there are none.
    ///
    /// Each earlier year's sums are taken once (`ForecastYearSums`) and the rows computed from
    /// them in 128-bit fractions; a row whose figures do not fit is computed with `Exact`.
    public func backTest(_ key: MonthlySeries.Key, year: Int, months k: Int) -> [ForecastTest] {
        guard k > 0 else { return [] }
        let history = series.completeYears(key).filter { $0 < year }
        let n = min(settings.latestMonths, k)
        let sums = history.map { ForecastYearSums(series.year(key, $0), year: $0, months: k, latest: n) }
        var tests: [ForecastTest] = []
        for method in ForecastMethod.allCases {
            for (index, h) in history.enumerated() {
                switch smallTest(method, at: index, of: history, sums: sums) {
                case .row(let test): tests.append(test)
                case .noRow: continue
                case .tooLarge:
                    if let test = exactTest(key, method, year: h, months: k, history: history) { tests.append(test) }
                }
            }
        }
        return tests
    }

    /// A back-test row in 128-bit fractions.
    private enum SmallTest {
        /// The row.
        case row(ForecastTest)
        /// The method cannot be made for the year.
        case noRow
        /// A figure does not fit: compute the row with `Exact`.
        case tooLarge
    }

    /// The row of `method` for the earlier year `history[index]`, from the years' `sums`.
    private func smallTest(_ method: ForecastMethod, at index: Int, of history: [Int], sums: [ForecastYearSums]) -> SmallTest {
        let (h, year) = (history[index], sums[index])
        guard let actual = year.whole?.level else { return .tooLarge }
        let made: SmallFraction?
        switch method {
        case .runRate: made = year.counted?.level
        case .latest: made = Self.smallLatest(year, days: Period.year(h).dayCount)
        case .seasonal:
            let earlier = sums[max(0, index - settings.seasonalYears)..<index]
            guard !earlier.isEmpty else { return .noRow }
            switch Self.smallSeasonal(year, earlier: earlier) {
            case .success(let forecast): made = forecast
            case .failure: return .noRow
            case nil: return .tooLarge
            }
        }
        guard let made else { return .tooLarge }
        return .row(ForecastTest(method: method, year: h, small: made, actual: actual))
    }

    /// `latest` from a year's sums: (PD(y, K) + L · DAYS(y, R)) / D(y), D(y) = `days`.
    private static func smallLatest(_ year: ForecastYearSums, days: Int) -> SmallFraction? {
        guard let soFar = year.counted, let recent = year.recent,
              let rest = recent.level?.multiplied(by: days - soFar.days) else { return nil }
        return soFar.personDays.adding(rest)?.divided(by: days)
    }

    /// `seasonal` from the sums of a year and of its earlier years (not empty): T × A_H / T_H;
    /// why not when T_H = 0; nil where a figure does not fit.
    private static func smallSeasonal(_ year: ForecastYearSums, earlier: ArraySlice<ForecastYearSums>) -> Result<SmallFraction, SeasonalFailure>? {
        guard let thisYear = year.counted?.level else { return nil }
        var (samePD, sameDays, wholePD, wholeDays) = (SmallFraction(0), 0, SmallFraction(0), 0)
        for sums in earlier {
            guard let same = sums.counted, let whole = sums.whole,
                  let nextSame = samePD.adding(same.personDays), let nextWhole = wholePD.adding(whole.personDays) else { return nil }
            (samePD, sameDays, wholePD, wholeDays) = (nextSame, sameDays + same.days, nextWhole, wholeDays + whole.days)
        }
        guard !samePD.isZero else { return .failure(SeasonalFailure(note: .earlierYearsZero)) }
        guard let wholeLevel = wholePD.divided(by: wholeDays), let sameLevel = samePD.divided(by: sameDays),
              let forecast = thisYear.multiplied(by: wholeLevel)?.divided(by: sameLevel) else { return nil }
        return .success(forecast)
    }

    /// The row of `method` for the earlier year `h`, computed with `Exact`; nil when the
    /// method cannot be made for it.
    private func exactTest(_ key: MonthlySeries.Key, _ method: ForecastMethod, year h: Int, months k: Int, history: [Int]) -> ForecastTest? {
        guard let actual = level(key, year: h, months: 1...12) else { return nil }
        let made: Exact?
        switch method {
        case .runRate: made = level(key, year: h, months: 1...k)
        case .latest: made = latest(key, year: h, months: k)
        case .seasonal:
            let earlier = Array(history.filter { $0 < h }.suffix(settings.seasonalYears))
            // As in the 128-bit path: a seasonal forecast that cannot be made for `h` (no
            // complete earlier year, or their months all zero) is no row, not an error.
            switch seasonal(key, year: h, months: k, history: earlier) {
            case .success(let forecast): made = forecast
            case .failure: return nil
            }
        }
        return made.map { ForecastTest(method: method, year: h, forecast: $0, actual: actual) }
    }
}
