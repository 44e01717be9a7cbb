/// A report for people that pipeline.yml's `reports:` can ask for. The machine CSVs
/// (afstemning.csv, afstemning-total.csv, flag.csv, inddata.csv) are always written.
public enum ReportFormat: String, Sendable, CaseIterable {
    /// `bilag1.md`, the Bilag 1 tables in Markdown for pull-request review.
    case md
    /// `afstemning.xlsx`, the workbook.
    case xlsx
    /// `rapport.html`, the printable report with charts.
    case html
}
