/// One row of the back-test (prognose-test.csv): the forecast a method would have made in an
/// earlier complete year at the same point, against that year's actual value A.
public struct ForecastTest: Equatable, Sendable {
    /// The method.
    public let method: ForecastMethod
    /// The earlier year h.
    public let year: Int
    /// The method's forecast for year h.
    public let forecast: Exact
    /// A = PD(h, {1, …, 12}) / D(h).
    public let actual: Exact

    /// forecast − A.
    public let error: Exact
    /// 100 × (forecast − A) / A; nil when A = 0.
    public let errorPercent: Exact?

    /// Creates a row.
    public init(method: ForecastMethod, year: Int, forecast: Exact, actual: Exact) {
        self.method = method
        self.year = year
        self.forecast = forecast
        self.actual = actual
        // Computed once: prognose-test.csv and each report's back-test lines read them.
        error = forecast - actual
        errorPercent = actual.isZero ? nil : Exact(100) * error / actual
    }

    /// A row of 128-bit fractions (`Forecaster.backTest`): the error and its percentage taken in
    /// them where they fit, else with `Exact`; the same values either way.
    init(method: ForecastMethod, year: Int, small forecast: SmallFraction, actual: SmallFraction) {
        let error = forecast.subtracting(actual)
        let percent = actual.isZero ? nil : error?.multiplied(by: 100)?.divided(by: actual)
        guard let error, actual.isZero || percent != nil else {
            self.init(method: method, year: year, forecast: forecast.exact, actual: actual.exact)
            return
        }
        self.init(method: method, year: year, forecast: forecast.exact, actual: actual.exact, error: error.exact,
                  errorPercent: percent?.exact)
    }

    /// A row of figures already computed.
    private init(method: ForecastMethod, year: Int, forecast: Exact, actual: Exact, error: Exact, errorPercent: Exact?) {
        self.method = method
        self.year = year
        self.forecast = forecast
        self.actual = actual
        self.error = error
        self.errorPercent = errorPercent
    }
}
