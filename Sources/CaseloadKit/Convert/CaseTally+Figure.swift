/// Case periods become helårspersoner: a key's Σ(days inside the period × omfang) over the
/// period's days, exact. Here, in Convert, so that Ingest only sums.
extension CaseTally {
    /// The figure for a municipality, benefit and year; `nil` if no row fell in its period.
    public func figure(municipality: Int, benefit: BenefitID, year: Int) -> ActualFigure? {
        guard let sum = personDays(municipality: municipality, benefit: benefit, year: year) else { return nil }
        let personDays = Exact(small: sum.weightedDays, over: Int128(Omfang.full.units))
        let value = personDays / Exact(sum.period.dayCount)
        return ActualFigure(value: Helaarspersoner(value),
                            source: .cases(spans: sum.spans, personDays: personDays, periodDays: sum.period.dayCount))
    }
}
