/// How the year-end forecast of a row is made (forecast.md, "Methods"); the raw value is the
/// name pipeline.yml's `forecast.method` and prognose.csv's `metode` use.
public enum ForecastMethod: String, Sendable, CaseIterable, Equatable {
    /// The level of the year so far continues.
    case runRate = "run_rate"
    /// The level of the latest months continues for the rest of the year.
    case latest
    /// The year so far relates to the whole year as it did in earlier years.
    case seasonal
}
