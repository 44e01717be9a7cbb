/// A report for people that pipeline.yml's `reports:` can ask for. The machine CSVs
/// (afstemning.csv, afstemning-total.csv, inddata.csv) are always written.
public enum ReportFormat: String, Sendable, CaseIterable {
    /// `bilag1.md`, the Bilag 1 tables in Markdown for pull-request review.
    case md
    /// `afstemning.xlsx`, the workbook.
    case xlsx
    /// `rapport.html`, the printable report with charts.
    case html

    /// The file this report is written to in `Output/<år>/`.
    public var fileName: String {
        switch self {
        case .md: "bilag1.md"
        case .xlsx: XLSXWorkbook.fileName
        case .html: HTMLReport.fileName
        }
    }

    /// Renders the report's file.
    public func render(_ report: ReconciliationReport) throws -> OutputFile {
        switch self {
        case .md: OutputFile(name: fileName, contents: Bilag1Markdown.render(report))
        case .xlsx: OutputFile(name: fileName, data: try XLSXWorkbook.render(report))
        case .html: OutputFile(name: fileName, contents: HTMLReport.render(report))
        }
    }
}
