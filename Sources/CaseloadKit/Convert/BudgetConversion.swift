/// Where kroner become helårspersoner: a municipality's budget for a benefit divided by the
/// rate (kroner per helårsperson) of its municipality, benefit and grundlag, and a difference
/// in helårspersoner priced back in kroner at the same rate. The only place the two units meet.
public struct BudgetConversion: Sendable {
    /// The budget line; `nil` when the municipality has no budget for the benefit (then 0 kr.).
    public let line: BudgetLine?
    /// The rate line of the budget's grundlag, if the rate tables have one.
    public let rate: RateLine?

    /// The budget in kroner (0 without a line).
    public let budget: Kroner
    /// Brutto or netto, as the budget line says (brutto without a line).
    public let grundlag: Grundlag
    /// What the budget buys at the rate: budget / kr. per helårsperson (the rate is above 0);
    /// 0 without a rate.
    public let helaarspersoner: Helaarspersoner

    /// Converts `line` at the rate `rates` hold for `municipality`, `benefit` and the line's
    /// grundlag.
    public init(line: BudgetLine?, rates: RateTable, municipality: Municipality, benefit: BenefitID) {
        let grundlag = line?.grundlag ?? .brutto
        self.init(line: line, rate: rates.rate(for: municipality, benefit: benefit, grundlag: grundlag))
    }

    /// Converts `line` at `rate` (of the line's grundlag).
    public init(line: BudgetLine?, rate: RateLine?) {
        self.line = line
        self.rate = rate
        budget = line?.amount ?? .zero
        grundlag = line?.grundlag ?? .brutto
        helaarspersoner = rate.map { [budget] in Helaarspersoner(budget.exact / $0.rate.exact) } ?? .zero
    }

    /// A budget other than 0 without a rate: it cannot be converted.
    public var lacksRate: Bool { rate == nil && budget.oere != 0 }

    /// What `value` helårspersoner cost at the rate, in exact kroner; `nil` without a rate.
    public func kroner(_ value: Helaarspersoner) -> Exact? {
        rate.map { value.exact * $0.rate.exact }
    }
}
