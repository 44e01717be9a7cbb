/// The schema of `prognose.csv` and `prognose-total.csv` (forecast.md), and their writer.
public enum PrognoseCSV {
    /// A column of the file.
    public typealias Column = ResultColumn<ForecastRow>

    /// The columns in file order.
    public static let schema = ResultSchema<ForecastRow>([
        .text("kommune") { $0.kommune },
        .text("ydelse_id") { $0.benefit.id.rawValue },
        .text("ydelse") { $0.benefit.name },
        .number("budget_kr", .kroner) { $0.budget },
        .number("budget_kr_korrigeret", .kroner) { $0.budgetCorrected },
        .number("kr_pr_helaarsperson", .kroner) { $0.rate },
        .number("helaarspersoner_budget", .helaarspersoner) { $0.helaarspersonerBudget },
        .number("maaneder", .count) { Exact($0.months) },
        .number("helaarspersoner_til_dato", .helaarspersoner) { $0.soFar },
        .text("metode") { $0.method?.rawValue ?? "" },
        .number("helaarspersoner_prognose", .helaarspersoner) { $0.forecast },
        .number("prognose_kr", .kroner) { $0.forecastKroner },
        .number("forventet_afvigelse_helaarspersoner", .helaarspersoner) { $0.varianceHelaarspersoner },
        .number("forventet_afvigelse_kr", .kroner) { $0.varianceKroner },
        .text("bemaerkning") { $0.note },
    ])

    /// prognose.csv: the municipalities' rows.
    public static func render(_ forecast: ForecastReport) -> String {
        schema.csv(forecast.rows)
    }

    /// prognose-total.csv: the jobcenter's rows.
    public static func renderTotal(_ forecast: ForecastReport) -> String {
        schema.csv(forecast.totals)
    }
}
