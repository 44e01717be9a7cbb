/// Finds the figures of a reconciliation that finance staff should look at: a function of the
/// report's rows and the thresholds, nothing else.
///
/// Only the municipalities' rows are looked at (the jobcenter's are sums of them). For each
/// row, in this order:
/// - takst_afviger: the rate more than `rateDeviationPercent` from the median of the other
///   municipalities' rates for the benefit (same grundlag);
/// - takst_uden_for_interval: the rate outside the catalog's `takst_min`–`takst_max`;
/// - stor_aendring: the budget's helårspersoner more than `changePercent` and more than
///   `changeMinimum` from the latest prior year's actuals (both above 0; a change from or
///   to 0 is one of the next two kinds);
/// - faktisk_uden_budget / budget_uden_faktisk: a budget of 0 with actuals above 0, or a
///   budget above 0 with actuals of 0, in the latest year with actuals (the budget year's
///   if there are any, else the latest prior year's);
/// - merforbrug: the budget year's actuals above the budget by more than `overspendPercent`
///   of it and by more than `overspendKroner`.
///
/// Every flag carries its size in kroner where a rate gives one (flag.csv's `forskel_kr`):
/// (value − reference) at the row's scale, × the budget's helårspersoner for a rate, × the
/// rate for helårspersoner (for actuals without a budget, and so without a rate of their own,
/// the median of the other municipalities' rates); so a budget without actuals weighs its
/// whole budget and a merforbrug its variance at the rate.
public enum FlagFinder {
    /// The flags of the report's municipality rows, in row order and then kind order.
    public static func flags(_ report: ReconciliationReport, thresholds: FlagThresholds) -> [ReportFlag] {
        // The rates of each benefit and grundlag, in row order, gathered once (not once a row).
        var rates: [RateGroup: [(kommune: String, rate: Exact)]] = [:]
        for row in report.rows {
            if let rate = row.rate { rates[RateGroup(benefit: row.benefit.id, grundlag: row.grundlag), default: []].append((row.kommune, rate.exact)) }
        }
        // Each group sorted by rate once: a row's median of the others is then read by position.
        let sorted = rates.mapValues(SortedRates.init)
        return report.rows.flatMap { row in flags(for: row, in: report, rates: rates, sorted: sorted, thresholds: thresholds) }
    }

    /// Rows whose rates are compared with each other.
    struct RateGroup: Hashable {
        let benefit: BenefitID
        let grundlag: Grundlag
    }

    /// The flags of one row; `rates` holds each group's rates in row order, `sorted` the same by rate.
    static func flags(for row: ReconciliationRow, in report: ReconciliationReport,
                      rates: [RateGroup: [(kommune: String, rate: Exact)]],
                      sorted: [RateGroup: SortedRates], thresholds: FlagThresholds) -> [ReportFlag] {
        var flags: [ReportFlag] = []
        func flag(_ kind: FlagKind, _ unit: ReportFlag.Unit, value: Exact, reference: Exact?, deviation: Exact? = nil,
                  kroner: Exact? = nil, threshold: Exact? = nil, _ explanation: String) {
            flags.append(ReportFlag(kommune: row.kommune, benefits: [row.benefit.id], benefitNames: [row.benefit.name], kind: kind,
                              unit: unit, value: value, reference: reference, deviationPercent: deviation,
                              differenceKroner: kroner, thresholdPercent: threshold, explanation: explanation))
        }
        let hundred = Exact(100)
        let group = RateGroup(benefit: row.benefit.id, grundlag: row.grundlag)
        let peerMedian = sorted[group]?.median(without: row.kommune)

        if let rate = row.rate?.exact {
            if let reference = peerMedian {
                let deviation = (rate - reference) / reference * hundred
                if abs(deviation) > thresholds.rateDeviationPercent {
                    let peers = (rates[group] ?? []).filter { $0.kommune != row.kommune }
                    let whom = peers.count == 1
                        ? "\(DanishText.genitive(peers[0].kommune)) takst"
                        : "medianen for \(DanishText.list(peers.map(\.kommune)))"
                    flag(.takstAfviger, .krPrHelaarsperson, value: rate, reference: reference, deviation: deviation,
                         kroner: (rate - reference) * row.helaarspersonerBudget.exact, threshold: thresholds.rateDeviationPercent,
                         "Taksten er \(DanishText.kroner(rate)) kr. pr. helårsperson, \(DanishText.percent(deviation)) % \(deviation > .zero ? "over" : "under") \(whom) på \(DanishText.kroner(reference)) kr. (grænse \(DanishText.threshold(thresholds.rateDeviationPercent)) %); tjek budget og helårspersoner.")
                }
            }
            if let range = row.benefit.rateRange {
                if let maximum = range.maximum?.exact, rate > maximum {
                    flag(.takstUdenForInterval, .krPrHelaarsperson, value: rate, reference: maximum,
                         deviation: (rate - maximum) / maximum * hundred, kroner: (rate - maximum) * row.helaarspersonerBudget.exact,
                         "Taksten er \(DanishText.kroner(rate)) kr. pr. helårsperson, over katalogets højeste \(DanishText.kroner(maximum)) kr. for ydelsen; det tyder ofte på en enhedsfejl (1.000 kr., måned/år, brutto/netto).")
                } else if let minimum = range.minimum?.exact, rate < minimum {
                    flag(.takstUdenForInterval, .krPrHelaarsperson, value: rate, reference: minimum,
                         deviation: (rate - minimum) / minimum * hundred, kroner: (rate - minimum) * row.helaarspersonerBudget.exact,
                         "Taksten er \(DanishText.kroner(rate)) kr. pr. helårsperson, under katalogets laveste \(DanishText.kroner(minimum)) kr. for ydelsen; det tyder ofte på en enhedsfejl (1.000 kr., måned/år, brutto/netto).")
                }
            }
        }

        let budget = row.helaarspersonerBudget.exact
        let latestPrior = zip(report.priorYears, row.helaarspersonerPrior)
            .compactMap { year, value in value.map { (year: year, value: $0.exact) } }
            .max { $0.year < $1.year }
        if let prior = latestPrior, budget > .zero, prior.value > .zero {
            let change = (budget - prior.value) / prior.value * hundred
            if abs(change) > thresholds.changePercent, abs(budget - prior.value) > thresholds.changeMinimum {
                flag(.storAendring, .helaarspersoner, value: budget, reference: prior.value, deviation: change,
                     kroner: row.rate.map { (budget - prior.value) * $0.exact }, threshold: thresholds.changePercent,
                     "Budgettet svarer til \(DanishText.persons(budget)) helårspersoner mod \(DanishText.persons(prior.value)) faktiske i \(prior.year): \(DanishText.percent(change)) % \(change > .zero ? "flere" : "færre") (grænse \(DanishText.threshold(thresholds.changePercent)) % og \(DanishText.threshold(thresholds.changeMinimum)) helårspersoner).")
            }
        }

        let latestActual: (text: String, value: Exact)? = row.helaarspersonerFaktisk.map {
            (DanishText.period(year: report.year, through: report.actualsThrough), $0.exact)
        } ?? latestPrior.map { ("i \($0.year)", $0.value) }
        if let actual = latestActual {
            if row.budget.oere == 0, actual.value > .zero {
                flag(.faktiskUdenBudget, .helaarspersoner, value: actual.value, reference: .zero, kroner: (row.rate?.exact ?? peerMedian).map { actual.value * $0 },
                     "\(DanishText.persons(actual.value)) faktiske helårspersoner \(actual.text), men budgettet for \(report.year) er 0 kr.")
            } else if row.budget.oere > 0, actual.value.isZero {
                flag(.budgetUdenFaktisk, .helaarspersoner, value: budget, reference: .zero, kroner: row.budget.exact,
                     "Budgettet for \(report.year) er \(DanishText.kroner(row.budget.exact)) kr. (\(DanishText.persons(budget)) helårspersoner), men der var 0 faktiske helårspersoner \(actual.text).")
            }
        }

        if let actual = row.helaarspersonerFaktisk?.exact, let variance = row.afvigelseHelaarspersoner?.exact,
           let varianceKroner = row.afvigelseKroner, budget > .zero,
           variance > budget * thresholds.overspendPercent / hundred, varianceKroner > thresholds.overspendKroner {
            let share = variance / budget * hundred
            flag(.merforbrug, .helaarspersoner, value: actual, reference: budget, deviation: share, kroner: varianceKroner,
                 threshold: thresholds.overspendPercent,
                 "Faktisk \(DanishText.persons(actual)) helårspersoner \(DanishText.period(year: report.year, through: report.actualsThrough)) mod budgettets \(DanishText.persons(budget)): \(DanishText.persons(variance)) flere (\(DanishText.percent(share)) %), \(DanishText.kroner(varianceKroner)) kr. over budgettet som helårstal ved budgettets takst (grænse \(DanishText.threshold(thresholds.overspendPercent)) % og \(DanishText.threshold(thresholds.overspendKroner)) kr.).")
        }
        return flags
    }

    private static func abs(_ value: Exact) -> Exact { value < .zero ? .zero - value : value }
}
