import BigInt

/// Monthly values from case periods (forecast.md, "Monthly values"): m(y, i) is the case
/// formula of formats.md with P = month i of year y, from the case tally's monthly sums.
extension MonthlySeries {
    /// The monthly values of the case periods in `tally`, for its years: the prior years'
    /// twelve months and the budget year's whole months up to the cut-off (a month cut by the
    /// cut-off has no value).
    ///
    /// Which months have a value: a municipality, benefit and year with no case row in it
    /// has none (as its yearly figure is empty, formats.md); otherwise a month has a value
    /// when the municipality's case data reaches it, that is when any of its case rows (of any
    /// benefit) has days in that month. A benefit with no case in such a month is 0 there:
    /// the case system lists every case, so nobody on the benefit is 0 persons. A month in
    /// which none of the municipality's rows falls is missing: the extract does not cover it.
    public static func cases(_ tally: CaseTally) -> MonthlySeries {
        struct MunicipalityYear: Hashable {
            let municipality: Int
            let year: Int
        }
        let keys = tally.keys
        var sums: [(key: Key, year: Int, months: [CaseTally.MonthPersonDays])] = []
        // The covered months of each municipality and year, bit i − 1 for month i: one update
        // per run of segments in the same year, not one set insertion per month.
        var covered: [MunicipalityYear: UInt16] = [:]
        for key in keys {
            guard let months = tally.monthlyPersonDays(municipality: key.municipality, benefit: key.benefit, year: key.year) else { continue }
            sums.append((Key(municipality: key.municipality, benefit: key.benefit), key.year, months))
            var (year, mask): (Int?, UInt16) = (nil, 0)
            for sum in months where sum.rows > 0 {
                if sum.segment.year != year {
                    if let year, mask != 0 { covered[MunicipalityYear(municipality: key.municipality, year: year), default: 0] |= mask }
                    (year, mask) = (sum.segment.year, 0)
                }
                mask |= 1 << UInt16(sum.segment.month - 1)
            }
            if let year, mask != 0 { covered[MunicipalityYear(municipality: key.municipality, year: year), default: 0] |= mask }
        }
        let full = Int128(Omfang.full.units)
        var entries: [Key: [Int: Year]] = [:]
        for (key, year, months) in sums {
            var entry = Year()
            let coveredMonths = covered[MunicipalityYear(municipality: key.municipality, year: year)] ?? 0
            for sum in months where sum.segment.isWholeMonth && sum.segment.year == year
                && coveredMonths & (1 << UInt16(sum.segment.month - 1)) != 0 {
                // PD = Σ(days × omfang units) / the units of a full omfang.
                let personDays = SmallFraction(sum.weightedDays, over: full).map(PersonDays.small)
                    ?? .exact(Exact(BigInt(sum.weightedDays), over: BigInt(Omfang.full.units)))
                entry.personDays[sum.segment.month - 1] = personDays
                entry.fromCases |= 1 << UInt16(sum.segment.month - 1)
            }
            // For `explain`: the case rows of the year (their files and line ranges).
            entry.caseSpans = tally.personDays(municipality: key.municipality, benefit: key.benefit, year: year)?.spans ?? []
            entries[key, default: [:]][year] = entry
        }
        return MonthlySeries(entries: entries)
    }
}
