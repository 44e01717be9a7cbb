/// Case periods of the same sagsid, municipality and benefit that overlap describe one person
/// twice (formats.md): once all case files are read, the days they share are taken out of the
/// tally so that they count once, at the larger omfang, and each such row gets a warning.
///
/// The fast reading keeps an 8-byte `OverlapProbe` per counted row, not the rows; sorting the
/// probes (in memory, or from the temporary file past the limit, `OverlapSpill`) finds the
/// keys whose periods overlap. Only if there are any are the case files read
/// a second time, to fetch those keys' rows whole (ids compared exactly, never shown unmasked).
enum CaseOverlapResolver {
    /// Rows are grouped by their exact case id, municipality and benefit.
    private struct GroupKey: Hashable {
        let caseID: String
        let municipality: Int
        let benefit: Int
    }

    static func resolve(_ tally: inout CaseTally, catalog: Catalog, municipalities: MunicipalityIndex, style: NumberStyle,
                        diagnostics: DiagnosticEngine, tuning: CaseReadTuning) {
        var overlaps = CaseOverlaps()
        swap(&overlaps, &tally.overlaps)
        let search = overlaps.probes.overlappingKeys(OverlapProbe(periods: tally.periods), threads: tuning.threads,
                                                     spill: overlaps.spill)
        overlaps.probes = OverlapProbes()
        guard let keys = search else {
            // Shared days would count twice without a word: that is an error, never a silent skip.
            diagnostics.error(.overlapProbesUnreadable, at: nil)
            return
        }
        guard !keys.isEmpty else { return }
        var rows: [OverlapRow] = []
        for (index, source) in overlaps.files.enumerated() {
            let setup = CaseFileAttempt.Setup(file: source.file, catalog: catalog, municipalities: municipalities, style: style,
                                              periods: tally.periods, limit: diagnostics.limit, tuning: tuning, collect: keys)
            // The file was read once already; if it cannot be read again its overlaps stay
            // uncorrected, so that is an error, never a silent skip.
            let outcome: CaseFileAttempt.Outcome
            do {
                outcome = try CaseFileAttempt(setup: setup, encoding: source.encoding).run()
            } catch {
                diagnostics.error(.cannotReadFile, at: source.file.at())
                continue
            }
            guard case .read(let result, _) = outcome else { continue }
            for var row in result.rows.collected {
                row.file = index
                rows.append(row)
            }
        }
        let sweep = CaseOverlapSweep(periodFirst: tally.periods.map(\.first.ordinal), periodLast: tally.periods.map(\.last.ordinal))
        var findings: [CaseOverlapSweep.Finding] = []
        for group in Dictionary(grouping: rows, by: { GroupKey(caseID: $0.caseID, municipality: $0.municipality, benefit: $0.benefit) }).values
        where group.count > 1 {
            let benefit = catalog.benefits[group[0].benefit].id
            // Month by month, so that the monthly sums are right too; a period's excess is the
            // sum of its months'.
            for (index, segment) in tally.months.segments.enumerated() {
                let excess = sweep.excess(group, first: segment.first, last: segment.last)
                if excess > 0 { tally.remove(weightedDays: excess, municipality: group[0].municipality, benefit: benefit, segment: index) }
            }
            findings += sweep.findings(group)
        }
        findings.sort { ($0.later.file, $0.later.line) < ($1.later.file, $1.later.line) }
        for finding in findings {
            let place = { (row: OverlapRow) in overlaps.files[row.file].file.at(line: row.line) }
            diagnostics.warning(Message.overlappingCasePeriods(
                caseID: CaseID.masked(finding.later.caseID), benefit: catalog.benefits[finding.later.benefit].name,
                other: place(finding.earlier),
                first: Day(ordinal: finding.first), last: Day(ordinal: finding.last), days: finding.days),
                at: place(finding.later))
        }
    }
}
