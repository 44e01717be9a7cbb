/// Builds the comparison (peers.md) from the report's own rows (their actuals, from
/// aggregated rows or case periods), the peers' and the country's actuals (aggregated rows or,
/// for the peers, case periods, by the same rules as ours), and the labour force. The country
/// is only ever its own row in the inputs, never a sum.
public enum PeerComparer {
    /// The comparison; `nil` without peers. `actuals` and `labourForce` were built over
    /// `areas`: our municipalities, then the peers, then the country, in that order; `cases`
    /// over our municipalities, then the peers. A peer's benefit and year from both aggregated
    /// rows and case periods is an error, as it is for ours (`Reconciler`).
    public static func compare(_ report: ReconciliationReport, config: PipelineConfig, catalog: Catalog, actuals: ActualsBook,
                               cases: CaseTally, labourForce: LabourForceBook, diagnostics: DiagnosticEngine) -> PeerComparison? {
        guard !config.peers.isEmpty else { return nil }
        let years = Array(Set([config.year] + config.priorYears)).sorted()
        let own = config.municipalities.count
        var peerRows: [ComparisonRow] = []
        for (index, peer) in config.peers.enumerated() {
            let figure = { (benefit: Benefit, year: Int) in
                peerFigure(peer.name, position: own + index, benefit: benefit, year: year, actuals: actuals, cases: cases,
                           diagnostics: diagnostics)
            }
            peerRows += rows(of: peer.name, role: .sammenlignelig, position: own + index, years: years, catalog: catalog,
                             figure: figure, labourForce: labourForce)
        }
        let countryPosition = own + config.peers.count
        let country = rows(of: Municipality.country.name, role: .heleLandet, position: countryPosition, years: years, catalog: catalog,
                           figure: { actuals.figure(municipality: countryPosition, benefit: $0.id, year: $1) }, labourForce: labourForce)
        let ownRows = self.ownRows(report, config: config, catalog: catalog, years: years, peerRows: peerRows, labourForce: labourForce)
        return PeerComparison(peers: config.peers.map(\.name), years: years, rows: ownRows + peerRows + country,
                              thresholdPercent: config.flagThresholds.peerDeviationPercent)
    }

    private struct ShareKey: Hashable {
        let benefit: BenefitID
        let year: Int
    }

    private struct RowKey: Hashable {
        let kommune: String
        let benefit: BenefitID
    }

    /// The rows of our municipalities, from the report's rows, each with the peers' shares of
    /// its benefit and year (looked up, not searched: 98 municipalities × 15 benefits × 10 years).
    private static func ownRows(_ report: ReconciliationReport, config: PipelineConfig, catalog: Catalog, years: [Int],
                                peerRows: [ComparisonRow], labourForce: LabourForceBook) -> [ComparisonRow] {
        var reportRows: [RowKey: ReconciliationRow] = [:]
        for row in report.rows where reportRows[RowKey(kommune: row.kommune, benefit: row.benefit.id)] == nil {
            reportRows[RowKey(kommune: row.kommune, benefit: row.benefit.id)] = row
        }
        var peerShares: [ShareKey: [ComparisonRow.PeerShare]] = [:]
        for peer in peerRows {
            guard let share = peer.share else { continue }
            peerShares[ShareKey(benefit: peer.benefit.id, year: peer.year), default: []]
                .append(ComparisonRow.PeerShare(kommune: peer.kommune, share: share))
        }
        var ownRows: [ComparisonRow] = []
        for (position, municipality) in config.municipalities.enumerated() {
            for benefit in catalog.benefits {
                guard let row = reportRows[RowKey(kommune: municipality.name, benefit: benefit.id)] else { continue }
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
                    ownRows.append(ComparisonRow(kommune: municipality.name, role: .egen, benefit: benefit, year: year,
                                                 helaarspersoner: value.exact, helaarspersonerSource: source,
                                                 labourForce: entry?.persons, labourForceOrigin: entry?.origin,
                                                 peerShares: peerShares[ShareKey(benefit: benefit.id, year: year)] ?? []))
                }
            }
        }
        return ownRows
    }

    /// A peer's helårspersoner: from aggregated rows or else case periods; both for the same
    /// benefit and year is an error at the first aggregated row, as for ours.
    private static func peerFigure(_ name: String, position: Int, benefit: Benefit, year: Int, actuals: ActualsBook,
                                   cases: CaseTally, diagnostics: DiagnosticEngine) -> ActualFigure? {
        if let first = actuals.firstRow(municipality: position, benefit: benefit.id, year: year),
           let caseRow = cases.firstRow(municipality: position, benefit: benefit.id, year: year) {
            diagnostics.error(.actualsFromBothSources(municipality: name, year: year, benefit: benefit.name, caseRow: caseRow), at: first)
        }
        return actuals.figure(municipality: position, benefit: benefit.id, year: year)
            ?? cases.figure(municipality: position, benefit: benefit.id, year: year)
    }

    /// The rows of a peer or the country: every benefit and year with actuals.
    private static func rows(of name: String, role: ComparisonRole, position: Int, years: [Int], catalog: Catalog,
                             figure: (Benefit, Int) -> ActualFigure?, labourForce: LabourForceBook) -> [ComparisonRow] {
        var rows: [ComparisonRow] = []
        for benefit in catalog.benefits {
            for year in years {
                guard let figure = figure(benefit, year) else { continue }
                let entry = labourForce.entry(area: position, year: year)
                rows.append(ComparisonRow(kommune: name, role: role, benefit: benefit, year: year,
                                          helaarspersoner: figure.value.exact, helaarspersonerSource: figure.source,
                                          labourForce: entry?.persons, labourForceOrigin: entry?.origin, peerShares: []))
            }
        }
        return rows
    }
}
