/// A number column of a budget follow-up table (`ForecastTable`): its Danish title, which
/// figure of a `ForecastRow` it shows and how people see it.
public struct ForecastColumn: Sendable, Equatable {
    /// Which figure of a row the column shows.
    public enum Role: Sendable, Equatable {
        /// The original budget in kroner, as in Bilag 1.
        case budget
        /// The corrected budget in kroner; the original where a row has no correction.
        case budgetCorrected
        /// The original budget's helårspersoner.
        case budgetHelaarspersoner
        /// The helårspersoner so far, PD(Y, K) / DAYS(Y, K).
        case soFar
        /// The forecast F in helårspersoner.
        case forecast
        /// The forecast in kroner.
        case forecastKroner
        /// The expected variance in kroner: merforbrug (positive) or mindreforbrug (negative).
        case varianceKroner

        /// True for the figures only a row with a forecast has: a sum of them over fewer rows
        /// than the budget is marked.
        public var isForecast: Bool {
            switch self {
            case .budget, .budgetCorrected, .budgetHelaarspersoner: false
            case .soFar, .forecast, .forecastKroner, .varianceKroner: true
            }
        }

        /// The figure of `row`.
        func value(_ row: ForecastRow) -> Exact? {
            switch self {
            case .budget: row.budget
            case .budgetCorrected: row.budgetCorrected ?? row.budget
            case .budgetHelaarspersoner: row.helaarspersonerBudget
            case .soFar: row.soFar
            case .forecast: row.forecast
            case .forecastKroner: row.forecastKroner
            case .varianceKroner: row.varianceKroner
            }
        }
    }

    /// The header, e.g. `Prognose, kr.`.
    public let title: String
    /// The figure it shows.
    public let role: Role

    /// Kroner or helårspersoner: two or four decimals in a workbook cell, as prognose.csv.
    public var decimals: Int {
        switch role {
        case .budgetHelaarspersoner, .soFar, .forecast: 4
        case .budget, .budgetCorrected, .forecastKroner, .varianceKroner: 2
        }
    }

    /// A figure as people read it: whole numbers in Danish style, the variance with
    /// merforbrug or mindreforbrug spelled out, `–` for none.
    public func text(_ value: Exact?) -> String {
        guard let value else { return "–" }
        return role == .varianceKroner ? ForecastText.variance(value) : NumberFormat.danish.string(value, decimals: 0)
    }

    /// The columns of `forecast`'s tables; the corrected budget only when a row has one. (The
    /// budget's helårspersoner stand in Bilag 1 and, as a line, in the monthly charts.)
    public static func columns(of forecast: ForecastReport) -> [ForecastColumn] {
        let year = forecast.year
        var columns = [ForecastColumn(title: "Budget \(year), kr.", role: .budget)]
        if forecast.rows.contains(where: { $0.budgetCorrected != nil }) {
            columns.append(ForecastColumn(title: "Korrigeret budget \(year), kr.", role: .budgetCorrected))
        }
        let soFar = forecast.months > 0 ? " (\(ForecastText.monthSpan(forecast.months)))" : ""
        columns += [ForecastColumn(title: "Helårspersoner til dato\(soFar)", role: .soFar),
                    ForecastColumn(title: "Prognose, helårspersoner", role: .forecast),
                    ForecastColumn(title: "Prognose, kr.", role: .forecastKroner),
                    ForecastColumn(title: "Forventet mer-/mindreforbrug, kr.", role: .varianceKroner)]
        return columns
    }
}
