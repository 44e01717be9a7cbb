/// The flag of the comparison (peers.md): `over_sammenlignelige` for a row of our own where
/// the share P is more than `peer_deviation_percent` % above the peers' median M (M > 0).
/// Its size in kroner is the helårspersoner above the median's level at the row's rate in the
/// budget year (as `stor_aendring` weighs a prior year's figure), empty without a rate.
public enum PeerFlags {
    /// The flags, in the comparison's row order.
    public static func flags(_ comparison: PeerComparison, report: ReconciliationReport) -> [ReportFlag] {
        // The rate of each municipality's benefit, looked up rather than searched per flag.
        var rates: [String: [BenefitID: Kroner?]] = [:]
        for row in report.rows where rates[row.kommune]?[row.benefit.id] == nil {
            rates[row.kommune, default: [:]][row.benefit.id] = .some(row.rate)
        }
        return comparison.rows.compactMap { row -> ReportFlag? in
            guard comparison.isAbovePeers(row), let share = row.share, let median = row.median, let deviation = row.deviationPercent,
                  let persons = row.differencePersons else { return nil }
            let rate = rates[row.kommune]?[row.benefit.id] ?? nil
            return ReportFlag(kommune: row.kommune, benefits: [row.benefit.id], benefitNames: [row.benefit.name],
                              kind: .overSammenlignelige, unit: .pctAfArbejdsstyrken, value: share, reference: median,
                              deviationPercent: deviation, differenceKroner: rate.map { persons * $0.exact },
                              thresholdPercent: comparison.thresholdPercent, explanation: sentence(row, share: share, median: median,
                                                                                                   deviation: deviation, persons: persons,
                                                                                                   threshold: comparison.thresholdPercent))
        }
    }

    /// `I 2015 var 3,2 pr. 100 i arbejdsstyrken på ydelsen mod medianen 2,8 for Brøndby og
    /// Albertslund: 14 % over (grænse 25 %), 71 flere helårspersoner end på medianens niveau.`
    static func sentence(_ row: ComparisonRow, share: Exact, median: Exact, deviation: Exact, persons: Exact,
                         threshold: Exact) -> String {
        let peers = row.peerShares.map(\.kommune)
        let whom = peers.count == 1
            ? "\(DanishText.genitive(peers[0])) \(DanishText.share(median))"
            : "medianen \(DanishText.share(median)) for \(DanishText.list(peers))"
        return "I \(row.year) var \(DanishText.share(share)) pr. 100 i arbejdsstyrken på ydelsen mod \(whom): \(DanishText.percent(deviation)) % over (grænse \(DanishText.threshold(threshold)) %), \(DanishText.wholePersons(persons)) flere helårspersoner end på \(peers.count == 1 ? DanishText.genitive(peers[0]) : "medianens") niveau."
    }
}
