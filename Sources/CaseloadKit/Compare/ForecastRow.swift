/// One row of prognose.csv (or prognose-total.csv): a municipality's (or the jobcenter's)
/// budget for a benefit beside the year-end forecast (forecast.md, "Kroner"). Every value is
/// exact until written.
public struct ForecastRow: Sendable, Equatable {
    /// The municipality, or the jobcenter.
    public let kommune: String
    /// The benefit.
    public let benefit: Benefit
    /// The original budget, as in afstemning.csv.
    public let budget: Exact
    /// The corrected budget; nil where there is none. On a total: the sum of each
    /// municipality's corrected budget, or its original where it has none, when at least one
    /// municipality has a corrected budget (the budget the total's variance is against).
    public let budgetCorrected: Exact?
    /// The corrected budget's helårspersoner (its kroner / the same rate; 0 for a corrected
    /// budget of 0 kr. without a rate); nil where there is no corrected budget.
    public let helaarspersonerBudgetCorrected: Exact?
    /// The rate, as in afstemning.csv.
    public let rate: Exact?
    /// The budget's helårspersoner, as in afstemning.csv.
    public let helaarspersonerBudget: Exact
    /// k.
    public let months: Int
    /// PD(Y, K) / DAYS(Y, K); nil without a forecast.
    public let soFar: Exact?
    /// The method used; nil without a forecast (or, on a total, when the municipalities differ).
    public let method: ForecastMethod?
    /// F; nil without a forecast.
    public let forecast: Exact?
    /// F × rate; nil without a forecast or a rate.
    public let forecastKroner: Exact?
    /// F − the budget's helårspersoner (the corrected budget's where there is one); nil
    /// without a forecast.
    public let varianceHelaarspersoner: Exact?
    /// F × rate − the budget (the corrected budget where there is one); nil without a
    /// forecast or a rate.
    public let varianceKroner: Exact?
    /// Empty, or in Danish why there is no forecast or another method was used.
    public let note: String

    /// The budget the expected variance is against: the corrected one where there is one.
    public var varianceAgainst: BudgetVersion { budgetCorrected == nil ? .oprindeligt : .korrigeret }

    /// The row of `row` (a municipality's row of afstemning.csv) with `outcome`.
    public init(_ row: ReconciliationRow, months: Int, outcome: YearEndForecast) {
        let (budget, rate, budgetLevel) = (row.budget.exact, row.rate?.exact, row.helaarspersonerBudget.exact)
        kommune = row.kommune
        benefit = row.benefit
        self.budget = budget
        let corrected = row.budgetCorrected?.exact
        let correctedLevel = corrected.map { kroner in rate.map { kroner / $0 } ?? .zero }
        budgetCorrected = corrected
        helaarspersonerBudgetCorrected = correctedLevel
        self.rate = rate
        helaarspersonerBudget = budgetLevel
        self.months = months
        // The variance is against the corrected budget where the row has one.
        let (against, againstLevel) = (corrected ?? budget, correctedLevel ?? budgetLevel)
        switch outcome {
        case .none(let why):
            (soFar, method, forecast, forecastKroner, varianceHelaarspersoner, varianceKroner) = (nil, nil, nil, nil, nil, nil)
            note = why.message.da
        case .made(let level, let used, let made, let fallback):
            soFar = level
            method = used
            forecast = made
            forecastKroner = rate.map { made * $0 }
            varianceHelaarspersoner = made - againstLevel
            varianceKroner = rate.map { made * $0 - against }
            note = fallback?.message.da ?? ""
        }
    }

    /// The jobcenter's row of a benefit: the sums of the municipalities' exact values; the
    /// forecast sums only the municipalities that have one, and the note names those left out.
    public init(total name: String, of parts: [ForecastRow]) {
        let made = parts.filter { $0.forecast != nil }
        kommune = name
        benefit = parts[0].benefit
        budget = Exact.sum(parts.map(\.budget)) ?? .zero
        let anyCorrected = parts.contains { $0.budgetCorrected != nil }
        budgetCorrected = anyCorrected ? Exact.sum(parts.map { $0.budgetCorrected ?? $0.budget }) : nil
        helaarspersonerBudgetCorrected = anyCorrected
            ? Exact.sum(parts.map { $0.helaarspersonerBudgetCorrected ?? $0.helaarspersonerBudget }) : nil
        rate = nil
        helaarspersonerBudget = Exact.sum(parts.map(\.helaarspersonerBudget)) ?? .zero
        months = parts[0].months
        soFar = Exact.sum(made.compactMap(\.soFar))
        let methods = Set(made.compactMap(\.method))
        method = methods.count == 1 ? methods.first : nil
        forecast = Exact.sum(made.compactMap(\.forecast))
        forecastKroner = Exact.sum(made.compactMap(\.forecastKroner))
        varianceHelaarspersoner = Exact.sum(made.compactMap(\.varianceHelaarspersoner))
        varianceKroner = Exact.sum(made.compactMap(\.varianceKroner))
        let without = parts.filter { $0.forecast == nil }.map(\.kommune)
        note = without.isEmpty ? "" : made.isEmpty ? Message.forecastNoMunicipality.da : Message.forecastPartialTotal(without).da
    }
}
