/// One year's line of a `MonthlyChart`: its legend label and the twelve monthly values, kept
/// as `MonthlyValue`s (the chart rounds them to hundredths without building an `Exact`).
public struct MonthlyChartSeries: Sendable {
    /// The legend label, the year (`2017`).
    public let label: String
    /// Twelve values, January first; nil for a missing month.
    public let months: [MonthlyValue?]

    /// The twelve values as `Exact`s (nil for a missing month).
    public var values: [Exact?] { months.map { $0?.exact } }
}
