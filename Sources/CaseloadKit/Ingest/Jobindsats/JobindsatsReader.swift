import Foundation

/// Reads a saved Jobindsats response (`.json` among the actuals) into actual lines, with the
/// column rules of sources.md: the municipality from `area`/`Område`, the period from
/// `period`/`Periode` (a month or a year), the benefit from a `Ydelsesgruppe`/`Ydelse` column
/// or else from the table (the catalog's `jobindsats` column), the value from
/// `Antal fuldtidspersoner` or the label pipeline.yml's `inputs.jobindsats_measure` names.
///
/// Every problem is located by file and JSON path (`$[0].Data[3][2]`). Each row counts in the
/// ledger like a CSV row: read, then used, ignored (no value, total row, another
/// municipality or year) or rejected.
public enum JobindsatsReader {
    /// The measure read when pipeline.yml names none: Jobindsats's word for helårspersoner.
    public static let defaultMeasure = "Antal fuldtidspersoner"
    static let areaNames = ["area", "område", "kommune"]
    static let periodNames = ["period", "periode"]
    static let benefitNames = ["ydelsesgruppe", "ydelsesgrupper", "ydelse"]
    /// Values that mean "no value" (discretion or not yet counted): the month is missing, not 0.
    static let noValue: Set<String> = ["..", "-", ""]

    /// Reads one response file; rows with errors are reported and left out.
    public static func read(_ file: InputFile, catalog: Catalog, measure: String?, diagnostics: DiagnosticEngine,
                            ledger: InputLedger) -> [ActualLine] {
        ledger.register(file.path)
        guard let data = FileManager.default.contents(atPath: file.url.path) else {
            diagnostics.error(.cannotReadFile, at: file.at())
            return []
        }
        let tables: [JobindsatsTable]
        do {
            tables = try JobindsatsResponse.tables(of: data)
        } catch {
            diagnostics.error(error.message, at: SourceLocation(file: file.path, jsonPath: error.path))
            return []
        }
        var context = Context(file: file, catalog: catalog, measure: measure ?? defaultMeasure, diagnostics: diagnostics, ledger: ledger)
        for table in tables { context.read(table) }
        if ledger.tallies[file.path]?.read == 0 {
            diagnostics.warning(.jobindsatsNoRowsYet, at: file.at())
        }
        return context.lines
    }

    /// A benefit cell that holds a total: a total word (`I alt`, `Total`, `Sum`, …) as in a CSV
    /// file, or Jobindsats's `… i alt` (`Ydelsesgrupper i alt`).
    static func isTotal(_ name: String) -> Bool {
        TotalRow.marks(name) || name.trimmingWhitespace().lowercased().hasSuffix(" i alt")
    }

    /// The table id a file's name gives: the name up to its first `-` or `.` (`y01a02-2017.json`).
    static func tableID(fromFileName name: String) -> String {
        String(name.prefix { $0 != "-" && $0 != "." })
    }

    /// The state of reading one file: where rows are, and the lines found.
    struct Context {
        let file: InputFile
        let catalog: Catalog
        let measure: String
        let diagnostics: DiagnosticEngine
        let ledger: InputLedger
        var lines: [ActualLine] = []
        /// Rows so far in the file, across its tables: orders the file's diagnostics.
        var ordinal = 0

        init(file: InputFile, catalog: Catalog, measure: String, diagnostics: DiagnosticEngine, ledger: InputLedger) {
            self.file = file
            self.catalog = catalog
            self.measure = measure
            self.diagnostics = diagnostics
            self.ledger = ledger
        }

        /// Reads one table; a table without the columns needed, or of a benefit the catalog
        /// does not know, is one error and all its rows are rejected.
        mutating func read(_ table: JobindsatsTable) {
            guard let layout = layout(of: table) else {
                for _ in table.rows {
                    ledger.read(file.path)
                    ledger.rejected(file.path)
                }
                return
            }
            for (index, row) in table.rows.enumerated() {
                ordinal += 1
                ledger.read(file.path)
                let place = SourceLocation(file: file.path, line: ordinal, jsonPath: "\(table.rowsPath)[\(index)]")
                switch readRow(row, layout: layout, table: table, at: place) {
                case .line(let line):
                    lines.append(line)
                case .ignored(let reason):
                    ledger.ignored(file.path, reason: reason)
                case .rejected:
                    ledger.rejected(file.path)
                }
            }
        }
    }
}
