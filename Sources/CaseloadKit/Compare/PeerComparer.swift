/// Builds the comparison (peers.md) from the report's own rows (their actuals, from
/// aggregated rows or case periods), the peers' and the country's actuals, and the labour
/// force. The country is only ever its own row in the inputs, never a sum.
public enum PeerComparer {
    /// The comparison; `nil` without peers. `actuals` and `labourForce` were built over
    /// `areas`: our municipalities, then the peers, then the country, in that order.
    public static func compare(_ report: ReconciliationReport, config: PipelineConfig, catalog: Catalog, actuals: ActualsBook,
                               labourForce: LabourForceBook) -> PeerComparison? {
        guard !config.peers.isEmpty else { return nil }
        let years = Array(Set([config.year] + config.priorYears)).sorted()
        let own = config.municipalities.count
        var peerRows: [ComparisonRow] = []
        for (index, peer) in config.peers.enumerated() {
            peerRows += rows(of: peer.name, role: .sammenlignelig, position: own + index, years: years, catalog: catalog,
                             actuals: actuals, labourForce: labourForce)
        }
        let country = rows(of: Municipality.country.name, role: .heleLandet, position: own + config.peers.count, years: years,
                           catalog: catalog, actuals: actuals, labourForce: labourForce)
        var ownRows: [ComparisonRow] = []
        for (position, municipality) in config.municipalities.enumerated() {
            for benefit in catalog.benefits {
                guard let row = report.rows.first(where: { $0.kommune == municipality.name && $0.benefit.id == benefit.id }) else { continue }
                for year in years {
                    let figure: (Helaarspersoner, ActualFigure.Source?)?
                    if year == config.year {
                        figure = row.helaarspersonerFaktisk.map { ($0, row.origins.actual) }
                    } else if let index = config.priorYears.firstIndex(of: year) {
                        figure = row.helaarspersonerPrior[index].map { ($0, row.origins.prior[index]) }
                    } else {
                        figure = nil
                    }
                    guard let (value, source) = figure else { continue }
                    let entry = labourForce.entry(area: position, year: year)
                    let shares = peerRows.filter { $0.benefit.id == benefit.id && $0.year == year }
                        .compactMap { peer in peer.share.map { ComparisonRow.PeerShare(kommune: peer.kommune, share: $0) } }
                    ownRows.append(ComparisonRow(kommune: municipality.name, role: .egen, benefit: benefit, year: year,
                                                 helaarspersoner: value.exact, helaarspersonerSource: source,
                                                 labourForce: entry?.persons, labourForceOrigin: entry?.origin, peerShares: shares))
                }
            }
        }
        return PeerComparison(peers: config.peers.map(\.name), years: years, rows: ownRows + peerRows + country,
                              thresholdPercent: config.flagThresholds.peerDeviationPercent)
    }

    /// The rows of a peer or the country: every benefit and year with actuals.
    private static func rows(of name: String, role: ComparisonRole, position: Int, years: [Int], catalog: Catalog,
                             actuals: ActualsBook, labourForce: LabourForceBook) -> [ComparisonRow] {
        var rows: [ComparisonRow] = []
        for benefit in catalog.benefits {
            for year in years {
                guard let figure = actuals.figure(municipality: position, benefit: benefit.id, year: year) else { continue }
                let entry = labourForce.entry(area: position, year: year)
                rows.append(ComparisonRow(kommune: name, role: role, benefit: benefit, year: year,
                                          helaarspersoner: figure.value.exact, helaarspersonerSource: figure.source,
                                          labourForce: entry?.persons, labourForceOrigin: entry?.origin, peerShares: []))
            }
        }
        return rows
    }
}
