/// One line of the reconciliation: a municipality's (or the jobcenter's) budget for a
/// benefit in kroner and helårspersoner, beside the actual helårspersoner. Values are exact;
/// renderers round them once, when written.
public struct ReconciliationRow: Sendable {
    /// Where a row's figures came from, for tracing a figure back to its input lines.
    public struct Origins: Sendable {
        /// The budget line, if there was one.
        public var budget: SourceLocation?
        /// The rate line, if a rate applied.
        public var rate: SourceLocation?
        /// The actual of the budget year.
        public var actual: ActualFigure.Source?
        /// The actuals of the prior years, in pipeline.yml's order.
        public var prior: [ActualFigure.Source?]
        /// For a budget given by account: the account rows it was summed from.
        public var budgetAccounts: [BudgetAccount] = []
        /// True when the rate is the `*` row (for every municipality without its own).
        public var rateForEveryMunicipality = false
        /// The corrected budget's line, if there was one.
        public var budgetCorrected: SourceLocation?
    }

    /// Municipality (pipeline.yml's spelling) or the jobcenter's name.
    public let kommune: String
    /// The benefit.
    public let benefit: Benefit
    /// The budget; 0 where there was no budget row.
    public let budget: Kroner
    /// Gross or net.
    public let grundlag: Grundlag
    /// The rate that applied; `nil` where none did (a budget of 0, or a total).
    public let rate: Kroner?
    /// budget / rate.
    public let helaarspersonerBudget: Helaarspersoner
    /// Actual helårspersoner of the budget year so far; `nil` without actuals.
    public let helaarspersonerFaktisk: Helaarspersoner?
    /// Actual helårspersoner of each prior year, in pipeline.yml's order.
    public let helaarspersonerPrior: [Helaarspersoner?]
    /// faktisk − budget, in helårspersoner.
    public let afvigelseHelaarspersoner: Helaarspersoner?
    /// The variance in kroner at the rate, exact (it may have fractions of øre until written).
    public let afvigelseKroner: Exact?
    /// Where the figures came from.
    public let origins: Origins
    /// The corrected budget (forecast.md, "Budget versions"); `nil` where there is none. On a
    /// total: the sum of each municipality's corrected budget, or its original where it has
    /// none, when at least one municipality has a corrected budget.
    public var budgetCorrected: Kroner?
}
