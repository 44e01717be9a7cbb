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
    /// (laid out once for all three; `nil` only for the CSV files).
    func render(_ report: ReconciliationReport, ledger: InputLedger, layout: ReportLayout?) throws -> OutputFile? {
        if self == .inddata { return OutputFile(name: name, contents: InputAccountingCSV.render(ledger)) }
        return try render(report, layout: layout)
    }

    /// Every file but inddata.csv (which is the ledger's), as `render(_:ledger:layout:)`.
    func render(_ report: ReconciliationReport, layout: ReportLayout?) throws -> OutputFile? {
        switch self {
        case .afstemning: OutputFile(name: name, contents: AfstemningCSV.render(report))
        case .afstemningTotal: report.jobcenter == nil ? nil : OutputFile(name: name, contents: AfstemningCSV.renderTotal(report))
        case .prognose: report.forecast.map { OutputFile(name: name, contents: PrognoseCSV.render($0)) }
        case .prognoseTotal:
            report.jobcenter == nil ? nil : report.forecast.map { OutputFile(name: name, contents: PrognoseCSV.renderTotal($0)) }
        case .prognoseTest: report.forecast.map { OutputFile(name: name, contents: PrognoseTestCSV.render($0)) }
        case .sammenligning: report.comparison.map { OutputFile(name: name, contents: SammenligningCSV.render($0)) }
        case .bilag1: OutputFile(name: name, contents: Bilag1Markdown.render(report, layout: layout ?? ReportLayout(report)))
        case .workbook: OutputFile(name: name, data: try XLSXWorkbook.render(report, layout: layout ?? ReportLayout(report)))
        case .rapport: OutputFile(name: name, bytes: HTMLReport.bytes(report, layout: layout ?? ReportLayout(report)))
        case .flag: OutputFile(name: name, contents: FlagCSV.render(report))
        case .inddata: preconditionFailure("inddata.csv is rendered from the ledger")
        }
    }
}
