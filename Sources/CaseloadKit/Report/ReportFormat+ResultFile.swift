/// Which result file each report of pipeline.yml's `reports:` is written to. Here, not in
/// `Config/`, because the result files are the renderers' business (Config names no later stage).
extension ReportFormat {
    /// The file this report is written to in `Output/<år>/`.
    public var file: ResultFile {
        switch self {
        case .md: .bilag1
        case .xlsx: .workbook
        case .html: .rapport
        }
    }

    /// The file's name.
    public var fileName: String { file.name }
}
