/// The schema of `prognose-test.csv`, the back-test (forecast.md), and its writer.
public enum PrognoseTestCSV {
    /// One row: a municipality and benefit's back-test of one method in one year.
    public typealias Row = (kommune: String, benefit: BenefitID, test: ForecastTest)

    /// The columns in file order.
    public static let schema = ResultSchema<Row>([
        .text("kommune") { $0.kommune },
        .text("ydelse_id") { $0.benefit.rawValue },
        .text("metode") { $0.test.method.rawValue },
        .text("aar") { "\($0.test.year)" },
        .number("helaarspersoner_prognose", .helaarspersoner) { $0.test.forecast },
        .number("helaarspersoner_faktisk", .helaarspersoner) { $0.test.actual },
        .number("fejl_helaarspersoner", .helaarspersoner) { $0.test.error },
        .number("fejl_pct", .percent) { $0.test.errorPercent },
    ])

    /// prognose-test.csv.
    public static func render(_ forecast: ForecastReport) -> String {
        schema.csv(forecast.tests)
    }
}
