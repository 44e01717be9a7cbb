/// The year-end forecast and its back-test (forecast.md, "Which months of the budget year
/// count", "Methods", "Back-test"), from a `MonthlySeries`. Every value is exact.
///
/// Notation as in forecast.md: PD(y, S) = Σ m(y, i) · d(y, i) over the months S, DAYS(y, S) =
/// Σ d(y, i), D(y) the days of year y, K = {1, …, k} and R = {k + 1, …, 12}.
public struct Forecaster: Sendable {
    /// The monthly values.
    public let series: MonthlySeries
    /// pipeline.yml's `forecast:`.
    public let settings: ForecastSettings

    /// Creates a forecaster.
    public init(series: MonthlySeries, settings: ForecastSettings) {
        self.series = series
        self.settings = settings
    }

    /// k: the months of `cutoff`'s year that end on or before it, less `skip` (never below 0).
    public static func countedMonths(cutoff: Day, skip: Int) -> Int {
        let year = cutoff.components.year
        let whole = (1...12).filter { Period.month($0, of: year).last <= cutoff }.count
        return max(0, whole - skip)
    }

    /// The forecast of `key` for budget year `year` with k = `months`.
    public func forecast(_ key: MonthlySeries.Key, year: Int, months k: Int) -> YearEndForecast {
        guard k > 0 else { return .none(.noMonths) }
        let entry = series.year(key, year)
        if let missing = (1...k).first(where: { $0 > 12 || entry?.personDays[$0 - 1] == nil }) {
            return .none(.missingMonth(missing))
        }
        guard let soFar = level(key, year: year, months: 1...k) else { return .none(.noMonths) }
        switch settings.method {
        case .runRate:
            return .made(soFar: soFar, method: .runRate, forecast: soFar, fallback: nil)
        case .latest:
            let forecast = latest(key, year: year, months: k) ?? soFar
            return .made(soFar: soFar, method: .latest, forecast: forecast, fallback: nil)
        case .seasonal:
            let history = Array(series.completeYears(key).filter { $0 < year }.suffix(settings.seasonalYears))
            switch seasonal(key, year: year, months: k, history: history) {
            case .success(let forecast): return .made(soFar: soFar, method: .seasonal, forecast: forecast, fallback: nil)
            case .failure(let failure): return .made(soFar: soFar, method: .runRate, forecast: soFar, fallback: failure.note)
            }
        }
    }

    /// PD(y, S) and DAYS(y, S) of the months S, or nil when one of them is missing.
    func personDays(_ key: MonthlySeries.Key, year: Int, months: ClosedRange<Int>) -> (personDays: Exact, days: Int)? {
        guard let entry = series.year(key, year) else { return nil }
        switch Self.sum(entry, year: year, months: months) {
        case .missing: return nil
        case .small(let sum, let days): return (sum.exact, days)
        case .overflow:
            var sum = Exact.zero
            var days = 0
            for month in months {
                guard let value = entry.personDays[month - 1] else { return nil }
                sum = sum + value.exact
                days += Period.month(month, of: year).dayCount
            }
            return (sum, days)
        }
    }

    /// PD(y, S) and DAYS(y, S) in 128-bit fractions.
    enum Sum {
        case small(SmallFraction, days: Int)
        case missing
        case overflow
    }

    /// PD(y, S) and DAYS(y, S) of `entry`'s months S.
    static func sum(_ entry: MonthlySeries.Year, year: Int, months: ClosedRange<Int>) -> Sum {
        var sum = PersonDaySum()
        var days = 0
        for month in months {
            guard let value = entry.personDays[month - 1] else { return .missing }
            days += Period.month(month, of: year).dayCount
            sum.add(value)
        }
        return sum.personDays.map { .small($0, days: days) } ?? .overflow
    }

    /// PD(y, S) and DAYS(y, S) of the key in 128-bit fractions; nil when a month is missing
    /// or the sum does not fit.
    func smallSum(_ key: MonthlySeries.Key, year: Int, months: ClosedRange<Int>) -> (SmallFraction, days: Int)? {
        guard let entry = series.year(key, year), case .small(let sum, let days) = Self.sum(entry, year: year, months: months) else {
            return nil
        }
        return (sum, days)
    }

    /// PD(y, S) / DAYS(y, S).
    func level(_ key: MonthlySeries.Key, year: Int, months: ClosedRange<Int>) -> Exact? {
        if case let (sum, days)? = smallSum(key, year: year, months: months), let level = sum.divided(by: days) { return level.exact }
        return personDays(key, year: year, months: months).map { $0.personDays / Exact($0.days) }
    }

    /// `latest`: F = (PD(Y, K) + L · DAYS(Y, R)) / D(Y), L the level of the latest N months.
    func latest(_ key: MonthlySeries.Key, year: Int, months k: Int) -> Exact? {
        let n = min(settings.latestMonths, k)
        let days = Period.year(year).dayCount
        if case let (soFar, soFarDays)? = smallSum(key, year: year, months: 1...k),
           case let (recent, recentDays)? = smallSum(key, year: year, months: (k - n + 1)...k),
           let rest = recent.divided(by: recentDays)?.multiplied(by: days - soFarDays),
           let forecast = soFar.adding(rest)?.divided(by: days) {
            return forecast.exact
        }
        guard let soFar = personDays(key, year: year, months: 1...k),
              let recent = level(key, year: year, months: (k - n + 1)...k) else { return nil }
        let rest = Period.year(year).dayCount - soFar.days
        return (soFar.personDays + recent * Exact(rest)) / Exact(Period.year(year).dayCount)
    }

    /// `seasonal`: F = T × A_H / T_H over the earlier years `history`; why not when H is
    /// empty or T_H = 0.
    func seasonal(_ key: MonthlySeries.Key, year: Int, months k: Int, history: [Int]) -> Result<Exact, SeasonalFailure> {
        guard !history.isEmpty else { return .failure(SeasonalFailure(note: .noCompleteEarlierYear)) }
        if let fast = smallSeasonal(key, year: year, months: k, history: history) { return fast }
        guard let thisYear = level(key, year: year, months: 1...k) else { return .failure(SeasonalFailure(note: .noMonths)) }
        var samePD = Exact.zero, sameDays = 0, wholePD = Exact.zero, wholeDays = 0
        for h in history {
            guard let same = personDays(key, year: h, months: 1...k),
                  let whole = personDays(key, year: h, months: 1...12) else { return .failure(SeasonalFailure(note: .noCompleteEarlierYear)) }
            samePD = samePD + same.personDays
            sameDays += same.days
            wholePD = wholePD + whole.personDays
            wholeDays += whole.days
        }
        let earlierSame = samePD / Exact(sameDays)
        guard !earlierSame.isZero else { return .failure(SeasonalFailure(note: .earlierYearsZero)) }
        return .success(thisYear * (wholePD / Exact(wholeDays)) / earlierSame)
    }

    /// `seasonal` in 128-bit fractions; nil where a month is missing or a value does not fit
    /// (`seasonal` then computes it with `Exact`, or says why not).
    func smallSeasonal(_ key: MonthlySeries.Key, year: Int, months k: Int, history: [Int]) -> Result<Exact, SeasonalFailure>? {
        guard case let (thisPD, thisDays)? = smallSum(key, year: year, months: 1...k) else { return nil }
        var samePD = SmallFraction(0), sameDays = 0, wholePD = SmallFraction(0), wholeDays = 0
        for h in history {
            guard case let (same, days)? = smallSum(key, year: h, months: 1...k), case let (whole, allDays)? = smallSum(key, year: h, months: 1...12),
                  let nextSame = samePD.adding(same), let nextWhole = wholePD.adding(whole) else { return nil }
            (samePD, sameDays, wholePD, wholeDays) = (nextSame, sameDays + days, nextWhole, wholeDays + allDays)
        }
        guard !samePD.isZero else { return .failure(SeasonalFailure(note: .earlierYearsZero)) }
        // T × A_H / T_H = (PD_Y / DAYS_Y) × (PD_H,all / DAYS_H,all) × (DAYS_H,K / PD_H,K).
        guard let thisYear = thisPD.divided(by: thisDays), let whole = wholePD.divided(by: wholeDays),
              let same = samePD.divided(by: sameDays), let forecast = thisYear.multiplied(by: whole)?.divided(by: same) else { return nil }
        return .success(forecast.exact)
    }
}
