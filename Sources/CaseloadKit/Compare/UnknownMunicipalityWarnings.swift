/// "Did you mean" for municipalities: rows whose municipality is not in pipeline.yml but is
/// one edit away from one that is, or the same without Danish letters (`Ishoj` for `Ishøj`),
/// are probably misspelt rather than another municipality's. One warning per name, at the
/// first row that has it.
enum UnknownMunicipalityWarnings {
    static func report(ledger: InputLedger, municipalities: MunicipalityIndex, diagnostics: DiagnosticEngine) {
        for seen in ledger.unknownMunicipalityFirstSeen {
            guard let near = municipalities.nearest(to: seen.name) else { continue }
            let count = ledger.unknownMunicipalities[seen.shown] ?? 0
            diagnostics.warning(.municipalityDidYouMean(seen.shown, rows: count, near: near.name), at: seen.at)
        }
    }
}
