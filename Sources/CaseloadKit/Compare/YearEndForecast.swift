/// The year-end forecast of one municipality and benefit (forecast.md, "Methods"), exact
/// until written; or why there is none.
public enum YearEndForecast: Equatable, Sendable {
    /// A forecast: the helårspersoner so far, PD(Y, K) / DAYS(Y, K); the method used; F; and,
    /// when the configured method could not be used, why another was.
    case made(soFar: Exact, method: ForecastMethod, forecast: Exact, fallback: ForecastNote?)
    /// No forecast, and why.
    case none(ForecastNote)
}
