import Dispatch
import Foundation

/// Reads person-level case periods (`sagsid;kommune;ydelse;fra;til;omfang`) straight into a
/// `CaseTally`, on bytes: one pass over a UTF-8 file (the encoding is checked as the fields
/// are read), no `String` per field, names resolved once per distinct spelling, and the
/// file's parts read by several threads at once and merged in file order.
///
/// The results are those of reading the file through `CSVTable` and `CellParser`: the same
/// figures, the same rows counted read, used, ignored and rejected, the same errors at the
/// same `file:line:column` in the same order, whatever `tuning` says.
///
/// A file that turns out not to be UTF-8 is read again as Windows-1252 (and scanned once
/// more for bytes that are not characters in it); its errors from the first try are dropped.
public enum CaseFileReader {
    static let sagsid = CSVColumn("sagsid")
    static let kommune = CSVColumn("kommune")
    static let ydelse = CSVColumn("ydelse")
    static let fra = CSVColumn("fra")
    static let til = CSVColumn("til")
    static let omfang = CSVColumn("omfang")
    /// The columns of a case file, all required.
    public static let columns = [sagsid, kommune, ydelse, fra, til, omfang]

    /// Reads one file into `tally`; problems go to `diagnostics` and every row to `ledger`.
    /// `sagsid` is never kept; messages show it masked.
    public static func read(_ file: InputFile, catalog: Catalog, municipalities: MunicipalityIndex, style: NumberStyle,
                            into tally: inout CaseTally, diagnostics: DiagnosticEngine, ledger: InputLedger,
                            tuning: CaseReadTuning = CaseReadTuning()) {
        ledger.register(file.path)
        let setup = CaseFileAttempt.Setup(file: file, catalog: catalog, municipalities: municipalities, style: style,
                                          periods: tally.periods, limit: diagnostics.limit, tuning: tuning)
        var outcome: CaseFileAttempt.Outcome
        do {
            outcome = try CaseFileAttempt(setup: setup, encoding: .utf8).run()
            if case .notUTF8 = outcome {
                if let undefined = try CaseFileAttempt.firstUndefinedWindows1252Byte(file.url) {
                    diagnostics.error("the file is neither UTF-8 nor Windows-1252: byte 0x\(String(undefined.byte, radix: 16, uppercase: true)) is not a character in either; save it as \"CSV UTF-8\"", at: file.at(line: undefined.line))
                    return
                }
                diagnostics.warning("the file is not valid UTF-8; read it as Windows-1252 (Danish Excel's \"CSV (semikolonsepareret)\"); save it as \"CSV UTF-8\" to avoid this warning", at: file.at())
                outcome = try CaseFileAttempt(setup: setup, encoding: .windows1252).run()
            }
        } catch {
            diagnostics.error("cannot read the file", at: file.at())
            return
        }
        guard case .read(let result) = outcome else { return }
        commit(result, file: file, catalog: catalog, tally: &tally, diagnostics: diagnostics, ledger: ledger)
    }

    /// Hands what was read to the run: errors in file order, counts, and the tally.
    static func commit(_ result: CaseFileAttempt.Result, file: InputFile, catalog: Catalog, tally: inout CaseTally,
                       diagnostics: DiagnosticEngine, ledger: InputLedger) {
        for diagnostic in result.header { diagnostics.report(diagnostic) }
        let chunk = result.rows
        for problem in chunk.problems {
            diagnostics.error(problem.message, at: file.at(line: problem.line, column: problem.column))
        }
        diagnostics.countUnkept(errors: chunk.unkeptProblems)
        if let failure = chunk.failure {
            diagnostics.error(failure.message, at: file.at(line: failure.line, column: failure.column))
        } else if let closing = result.closing {
            diagnostics.report(closing)
        }
        ledger.add(InputLedger.Tally(read: chunk.read, used: chunk.used,
                                     ignored: ["another municipality": chunk.otherMunicipality, "outside the periods": chunk.outsidePeriods]
                                         .filter { $0.value > 0 },
                                     rejected: chunk.rejected), to: file.path)
        ledger.addUnknownMunicipalities(chunk.unknownMunicipalities)
        let benefits = catalog.benefits.count
        let periods = tally.periods.count
        for cell in chunk.rows.indices where chunk.rows[cell] > 0 {
            let period = cell % periods
            let benefit = (cell / periods) % benefits
            let municipality = cell / periods / benefits
            tally.add(weightedDays: chunk.weightedDays[cell], rows: chunk.rows[cell], municipality: municipality,
                      benefit: catalog.benefits[benefit].id, period: period, origin: file.at(line: chunk.firstLine[cell]))
        }
    }
}
