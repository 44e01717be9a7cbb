@testable import CaseloadKit

/// The case-period reader as it was before the byte-level `CaseFileReader` (issue 11):
/// `CSVTable` and `CellParser`, a `String` per field, each period handed on as it is read.
/// Kept here as the oracle the fast reader must match exactly: figures, counts, messages.
enum ReferenceCaseReader {
    static let sagsid = CSVColumn("sagsid")
    static let kommune = CSVColumn("kommune")
    static let ydelse = CSVColumn("ydelse")
    static let fra = CSVColumn("fra")
    static let til = CSVColumn("til")
    static let omfang = CSVColumn("omfang")

    /// Reads one file into `tally`, as `Pipeline` did, and keeps its counted rows in `overlaps`
    /// (resolved once all files are read).
    static func read(_ file: InputFile, catalog: Catalog, municipalities: MunicipalityIndex, style: NumberStyle,
                     into tally: inout CaseTally, overlaps: inout ReferenceOverlaps,
                     diagnostics: DiagnosticEngine, ledger: InputLedger) throws {
        try read(file, catalog: catalog, style: style, diagnostics: diagnostics, ledger: ledger) { period, caseID in
            guard let position = municipalities.position(of: period.municipality) else {
                ledger.ignoredMunicipality(at: period.origin, name: period.municipality)
                return
            }
            if tally.add(period, municipality: position) {
                ledger.used(file.path)
                overlaps.rows.append(ReferenceOverlaps.Row(caseID: caseID, municipality: position, period: period))
            } else {
                ledger.ignored(file.path, reason: "outside the periods")
            }
        }
    }

    static func read(_ file: InputFile, catalog: Catalog, style: NumberStyle,
                     diagnostics: DiagnosticEngine, ledger: InputLedger,
                     _ body: (CasePeriod, String) -> Void) throws {
        let table = CSVTable(file: file, columns: [sagsid, kommune, ydelse, fra, til, omfang], style: style, headerOnlyIsNormal: true)
        try table.read(diagnostics: diagnostics, ledger: ledger) { row in
            let cells = CellParser(row, style: style, diagnostics: diagnostics)
            let caseID = cells.required(sagsid)
            let masked = caseID.map(CaseID.masked)
            let municipality = cells.required(kommune)
            let benefit = cells.benefit(ydelse, in: catalog)
            let from = cells.day(fra)
            let to = cells.day(til, allowEmpty: true)
            var share: Omfang?
            if let parsed = cells.number(omfang, allowEmpty: true) {
                if let value = parsed {
                    if let units = value.units(scaledTo: Omfang.maxDecimals), units > 0, units <= Int128(Omfang.full.units) {
                        share = Omfang(units: Int64(units))
                    } else if value.scale > Omfang.maxDecimals {
                        cells.fail(omfang, .omfangTooManyDecimals(row.text(omfang), decimals: Omfang.maxDecimals, case: masked))
                    } else {
                        cells.fail(omfang, .omfangOutOfRange(row.text(omfang), case: masked))
                    }
                } else {
                    share = .full
                }
            }
            if let from = from ?? nil, let to = to ?? nil, to < from {
                cells.fail(til, .tilBeforeFra(til: "\(to)", fra: "\(from)", case: masked))
            }
            guard let caseID, let municipality, let benefit, let from = from ?? nil, let to, let share, !cells.failed else { return false }
            body(CasePeriod(municipality: municipality, benefit: benefit, from: from, to: to, omfang: share, origin: row.location), caseID)
            return true
        }
    }
}
