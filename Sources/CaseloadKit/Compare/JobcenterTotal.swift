/// The jobcenter's figures: the municipalities' exact values summed per benefit.
public enum JobcenterTotal {
    /// One row per benefit that appears in `rows`, in catalog order, named `name`. A column
    /// is empty only where it is empty for every municipality; the rate is always empty; a
    /// benefit budgeted brutto in one municipality and netto in another is `mixed`.
    public static func rows(_ rows: [ReconciliationRow], name: String, catalog: Catalog) -> [ReconciliationRow] {
        var byBenefit: [BenefitID: [ReconciliationRow]] = [:]
        for row in rows { byBenefit[row.benefit.id, default: []].append(row) }
        return catalog.benefits.compactMap { benefit in
            guard let parts = byBenefit[benefit.id] else { return nil }
            let priorCount = parts[0].helaarspersonerPrior.count
            let grundlag = Grundlag.combined(parts.map(\.grundlag))
            return ReconciliationRow(
                kommune: name, benefit: benefit,
                budget: Kroner(oere: parts.reduce(0) { $0 + $1.budget.oere }), grundlag: grundlag, rate: nil,
                helaarspersonerBudget: Helaarspersoner.sum(parts.map(\.helaarspersonerBudget)) ?? .zero,
                helaarspersonerFaktisk: Helaarspersoner.sum(parts.compactMap(\.helaarspersonerFaktisk)),
                helaarspersonerPrior: (0..<priorCount).map { index in Helaarspersoner.sum(parts.compactMap { $0.helaarspersonerPrior[index] }) },
                afvigelseHelaarspersoner: Helaarspersoner.sum(parts.compactMap(\.afvigelseHelaarspersoner)),
                afvigelseKroner: Exact.sum(parts.compactMap(\.afvigelseKroner)),
                origins: .init(budget: nil, rate: nil, actual: nil, prior: Array(repeating: nil, count: priorCount)),
                budgetCorrected: parts.contains { $0.budgetCorrected != nil }
                    ? Kroner(oere: parts.reduce(0) { $0 + ($1.budgetCorrected ?? $1.budget).oere }) : nil)
        }
    }
}
