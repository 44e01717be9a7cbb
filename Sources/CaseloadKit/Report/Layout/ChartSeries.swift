/// One series of a bar chart: its legend label and one value per category (`nil` where
/// there is no figure).
public struct ChartSeries: Sendable {
    /// The legend label, e.g. `Budget 2017`.
    public let label: String
    /// One value per category of the chart.
    public let values: [Exact?]
}
