/// Every file a run can write into `<output>/<year>/`: its name, its kind and its renderer.
/// A new result file is one more case here; the run, its summary, the lock file's list of
/// caseload's own files and `diff` all take the names from here.
public enum ResultFile: String, Sendable, CaseIterable {
    /// The municipalities' rows (`AfstemningCSV`); every run writes it.
    case afstemning = "afstemning.csv"
    /// The jobcenter's rows; written only when pipeline.yml names a jobcenter.
    case afstemningTotal = "afstemning-total.csv"
    /// The year-end forecast (`PrognoseCSV`); written whenever pipeline.yml has a cut-off.
    case prognose = "prognose.csv"
    /// The jobcenter's forecast; written with a cut-off and a jobcenter.
    case prognoseTotal = "prognose-total.csv"
    /// The forecast's back-test (`PrognoseTestCSV`); written whenever prognose.csv is.
    case prognoseTest = "prognose-test.csv"
    /// The comparison with comparable municipalities and the country (`SammenligningCSV`);
    /// written when pipeline.yml names peers.
    case sammenligning = "sammenligning.csv"
    /// The Bilag 1 tables in Markdown, for pull-request review.
    case bilag1 = "bilag1.md"
    /// The workbook.
    case workbook = "afstemning.xlsx"
    /// The printable report with charts.
    case rapport = "rapport.html"
    /// The flags (`FlagCSV`); every run writes it.
    case flag = "flag.csv"
    /// The input accounting (`InputAccountingCSV`); every run writes it.
    case inddata = "inddata.csv"

    /// What a result file is.
    public enum Kind: Sendable {
        /// A machine-readable table with a `ResultSchema`.
        case csv
        /// Markdown for people.
        case markdown
        /// An Excel workbook.
        case xlsx
        /// HTML for people.
        case html
    }

    /// The file's name, e.g. `afstemning.csv`.
    public var name: String { rawValue }

    /// What the file is.
    public var kind: Kind {
        switch self {
        case .afstemning, .afstemningTotal, .prognose, .prognoseTotal, .prognoseTest, .sammenligning, .flag, .inddata: .csv
        case .bilag1: .markdown
        case .workbook: .xlsx
        case .rapport: .html
        }
    }

    /// The files of a run in the order it writes them: afstemning.csv and
    /// afstemning-total.csv, the forecast's files, sammenligning.csv, the reports pipeline.yml asks for, flag.csv
    /// and inddata.csv.
    public static func written(reports: [ReportFormat]) -> [ResultFile] {
        [.afstemning, .afstemningTotal, .prognose, .prognoseTotal, .prognoseTest, .sammenligning] + reports.map(\.file) + [.flag, .inddata]
    }

    /// The file of `report`; `nil` for afstemning-total.csv without a jobcenter, and for the
    /// forecast's files without a cut-off (prognose-total.csv also without a jobcenter), and
    /// for sammenligning.csv without peers.
    public func render(_ report: ReconciliationReport, ledger: InputLedger) throws -> OutputFile? {
        try render(report, ledger: ledger, layout: nil)
    }

    /// The file of `report`, as `render(_:ledger:)`; the reports for people walk `layout`
    /// (laid out once for all three; `nil` only for the CSV files). Rendered whole in memory
    /// through the same writer a run streams into its staging file (`write(_:ledger:layout:to:)`).
    func render(_ report: ReconciliationReport, ledger: InputLedger?, layout: ReportLayout?) throws -> OutputFile? {
        guard isWritten(for: report) else { return nil }
        return OutputFile(name: name, data: try MemorySink.collect { try write(report, ledger: ledger, layout: layout, to: $0) })
    }

    /// Whether a run writes this file for `report`: not afstemning-total.csv without a
    /// jobcenter, not the forecast's files without a cut-off (prognose-total.csv also not
    /// without a jobcenter), not sammenligning.csv without peers.
    func isWritten(for report: ReconciliationReport) -> Bool {
        switch self {
        case .afstemningTotal: report.jobcenter != nil
        case .prognose, .prognoseTest: report.forecast != nil
        case .prognoseTotal: report.jobcenter != nil && report.forecast != nil
        case .sammenligning: report.comparison != nil
        case .afstemning, .bilag1, .workbook, .rapport, .flag, .inddata: true
        }
    }

    /// Writes the file of `report` into `sink` as it is rendered (a file `isWritten(for:)`
    /// says a run writes): rapport.html and the workbook's parts through a buffer that drains
    /// as it fills, the smaller files as they are rendered. inddata.csv needs the `ledger`.
    func write(_ report: ReconciliationReport, ledger: InputLedger?, layout: ReportLayout?, to sink: any OutputSink) throws {
        switch self {
        case .afstemning: Self.write(report.rows, AfstemningCSV.schema(priorYears: report.priorYears), to: sink)
        case .afstemningTotal: Self.write(report.totals, AfstemningCSV.schema(priorYears: report.priorYears), to: sink)
        case .prognose: if let forecast = report.forecast { Self.write(forecast.rows, PrognoseCSV.schema, to: sink) }
        case .prognoseTotal: if let forecast = report.forecast { Self.write(forecast.totals, PrognoseCSV.schema, to: sink) }
        case .prognoseTest: if let forecast = report.forecast { Self.write(forecast.tests, PrognoseTestCSV.schema, to: sink) }
        case .sammenligning: if let comparison = report.comparison { Self.write(comparison.rows, SammenligningCSV.schema, to: sink) }
        case .bilag1: sink.write(Bilag1Markdown.render(report, layout: layout ?? ReportLayout(report)))
        case .workbook: try XLSXWorkbook.write(report, layout: layout ?? ReportLayout(report), to: sink)
        case .rapport:
            var html = OutputBytes(drainingInto: sink)
            HTMLReport.write(report, layout: layout ?? ReportLayout(report), into: &html)
            html.drain()
        case .flag: Self.write(report.flags, FlagCSV.schema, to: sink)
        case .inddata:
            guard let ledger else { preconditionFailure("inddata.csv is rendered from the ledger") }
            sink.write(InputAccountingCSV.render(ledger))
        }
    }

    /// The CSV file of `rows` in `schema` (as its `render` gives it), written into `sink` through
    /// a draining buffer.
    private static func write<Row>(_ rows: [Row], _ schema: ResultSchema<Row>, to sink: any OutputSink) {
        var bytes = OutputBytes(drainingInto: sink)
        schema.write(rows, into: &bytes)
        bytes.drain()
    }
}
