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
/// A file that turns out not to be UTF-8 (or to hold a NUL byte), or whose reading stopped
/// early, is scanned whole as `TextEncoding.detect` does, and read again as Windows-1252 if
/// that is what it is; the first reading's results are then dropped.
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
        if file.isWorkbook {
            // A workbook's table is read as a CSV copy whose places are the sheet's cells.
            guard let copy = SheetCSVCopy.make(file, columns: columns, style: style, diagnostics: diagnostics) else { return }
            read(copy, catalog: catalog, municipalities: municipalities, style: style, into: &tally,
                 diagnostics: diagnostics, ledger: ledger, tuning: tuning)
            return
        }
        let setup = CaseFileAttempt.Setup(file: file, catalog: catalog, municipalities: municipalities, style: style,
                                          periods: tally.periods, limit: diagnostics.limit, tuning: tuning,
                                          spill: tally.overlaps.spill)
        do {
            if TextEncoding.looksLikeUTF16(try head(of: file.url)) {
                diagnostics.error(.utf16NotSupported, at: file.at())
                return
            }
            let first = try CaseFileAttempt(setup: setup, encoding: .utf8).run()
            if case .read(let result, complete: true) = first {
                commit(result, file: file, encoding: .utf8, catalog: catalog, tally: &tally, diagnostics: diagnostics, ledger: ledger,
                       tuning: tuning)
                return
            }
            // Not UTF-8, a NUL byte, or reading stopped early: what the file is decides what
            // counts, as `TextEncoding.detect` finds it over the whole file.
            var outcome = first
            let detection = try TextEncoding.detect(fileAt: file.url)
            guard let encoding = detection.usableEncoding(for: file, diagnostics: diagnostics) else { return }
            if encoding == .windows1252 { outcome = try CaseFileAttempt(setup: setup, encoding: .windows1252).run() }
            guard case .read(let result, _) = outcome else { throw ReadBuffer.Failure() }
            commit(result, file: file, encoding: encoding, catalog: catalog, tally: &tally, diagnostics: diagnostics, ledger: ledger,
                   tuning: tuning)
        } catch {
            diagnostics.error(.cannotReadFile, at: file.at())
        }
    }

    /// Once every case file is read: case periods of the same sagsid, municipality and benefit
    /// that overlap count their shared days once, at the larger omfang, with a warning at each
    /// (formats.md). Without this step such days count twice.
    public static func resolveOverlaps(in tally: inout CaseTally, catalog: Catalog, municipalities: MunicipalityIndex,
                                       style: NumberStyle, diagnostics: DiagnosticEngine,
                                       tuning: CaseReadTuning = CaseReadTuning()) {
        CaseOverlapResolver.resolve(&tally, catalog: catalog, municipalities: municipalities, style: style,
                                    diagnostics: diagnostics, tuning: tuning)
    }

    /// The first four bytes of a file (fewer if it is shorter).
    static func head(of url: URL) throws -> Data {
        guard let handle = FileHandle(forReadingAtPath: url.path) else { throw ReadBuffer.Failure() }
        defer { try? handle.close() }
        return try handle.read(upToCount: 4) ?? Data()
    }

    /// Hands what was read to the run: errors in file order, counts, and the tally.
    static func commit(_ result: CaseFileAttempt.Result, file: InputFile, encoding: TextEncoding, catalog: Catalog,
                       tally: inout CaseTally, diagnostics: DiagnosticEngine, ledger: InputLedger, tuning: CaseReadTuning) {
        for diagnostic in result.header { diagnostics.report(diagnostic) }
        var chunk = result.rows
        tally.overlaps.probes.append(chunk.probes)
        tally.overlaps.probes.spill(to: tally.overlaps.spill, over: tuning.probeMemory)
        tally.overlaps.spill.commit()
        chunk.probes = OverlapProbes()
        tally.overlaps.files.append(CaseOverlaps.Source(file: file, encoding: encoding))
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
                                     ignored: [Message.reasonAnotherMunicipality.en: chunk.otherMunicipality, Message.reasonOutsidePeriods.en: chunk.outsidePeriods]
                                         .filter { $0.value > 0 },
                                     rejected: chunk.rejected), to: file.path)
        // `unknownOrder` lists exactly the names of `unknownMunicipalities`.
        for name in chunk.unknownOrder {
            guard let seen = chunk.unknownMunicipalities[name] else { continue }
            ledger.addUnknownMunicipality(name: name, at: file.at(line: seen.line), count: seen.count)
        }
        let benefits = catalog.benefits.count
        let periods = tally.periods.count
        let months = tally.months
        let segmentDays = months.segments.map(\.days)
        for block in 0..<(chunk.rows.count / periods) where chunk.touched(block: block) {
            let (benefit, municipality) = (block % benefits, block / benefits)
            let sums = chunk.monthSums(block: block, segmentDays: segmentDays)
            for period in 0..<periods {
                let cell = block * periods + period
                guard chunk.rows[cell] > 0 else { continue }
                let span = CaseSpan(file: file.path, rows: chunk.rows[cell], firstLine: chunk.firstLine[cell], lastLine: chunk.lastLine[cell], sheet: file.sheet)
                let segments = months.periodStart[period]..<months.periodStart[period + 1]
                tally.add(weightedDays: chunk.weightedDays[cell], span: span, municipality: municipality,
                          benefit: catalog.benefits[benefit].id, period: period,
                          months: sums.weightedDays[segments], monthRows: sums.rows[segments])
            }
        }
    }
}
