/// pipeline.yml's `forecast:` mapping (forecast.md): the method and its counts, each with its
/// default. A forecast is made only when pipeline.yml has a `cutoff`.
public struct ForecastSettings: Sendable, Equatable {
    /// `method` (default `seasonal`).
    public var method = ForecastMethod.seasonal
    /// `latest_months`: the months whose level `latest` carries on (default 3, at least 1).
    public var latestMonths = 3
    /// `seasonal_years`: the complete earlier years `seasonal` compares with (default 1, at least 1).
    public var seasonalYears = 1
    /// `skip_latest_months`: the latest whole months before the cut-off left out (default 0).
    public var skipLatestMonths = 0

    /// The defaults.
    public static let defaults = ForecastSettings()

    /// Creates the default settings.
    public init() {}
}
