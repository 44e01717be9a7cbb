/// How each figure of one row of the result was reached: what `caseload explain` prints.
///
/// Built by `Explainer` from a run's report; `ExplanationText` and `ExplanationJSON` write it.
/// Case periods are described by counts and line ranges only, never by a case id.
public struct Explanation: Sendable {
    /// Where a figure's input came from.
    public struct Source: Sendable, Equatable {
        /// The input file, relative to pipeline.yml.
        public let file: String
        /// The line (the first line, for a range of case rows).
        public let line: Int?
        /// The last line of a range of case rows.
        public let lastLine: Int?
        /// How many case rows of the file went in (case periods only).
        public let rows: Int?
        /// What the line is, e.g. `yearly row`, `month 3`, `konto 5.57.73.007: 1.000,00 kr.`.
        public let note: Message?

        /// The place read, for a workbook's sheet and cell (`location.sheet`, `location.cell`) or
        /// a Jobindsats response's JSON path (`location.jsonPath`).
        public let location: SourceLocation?

        /// Creates a source; `sheet` for rows of a workbook.
        public init(file: String, line: Int?, lastLine: Int? = nil, rows: Int? = nil, note: Message? = nil, sheet: String? = nil) {
            self.file = file
            self.line = line
            self.lastLine = lastLine
            self.rows = rows
            self.note = note
            self.location = sheet.map { SourceLocation(file: file, line: line, sheet: $0) }
        }

        /// A source at a place read (a CSV line, a workbook's cell, a Jobindsats response's row).
        public init(_ location: SourceLocation, note: Message? = nil) {
            self.file = location.file
            self.line = location.jsonPath == nil ? location.line : nil
            self.lastLine = nil
            self.rows = nil
            self.note = note
            self.location = location.sheet == nil && location.jsonPath == nil ? nil : location
        }

        /// `file:line`, or `file:first-last` for a range; in a workbook `file, sheet S, cell D7`.
        public var place: String { place(.en) }

        /// The place in `language`.
        public func place(_ language: Language) -> String {
            if let location, let sheet = location.sheet, let line, let lastLine, lastLine != line {
                return VisibleText.escape(file) + ", " + Message.workbookRowsPlace(sheet: sheet, first: line, last: lastLine).text(language)
            }
            if let location { return location.rendered(language) }
            guard let line else { return file }
            if let lastLine, lastLine != line { return "\(file):\(line)-\(lastLine)" }
            return "\(file):\(line)"
        }
    }

    /// One column of the row, as afstemning.csv writes it.
    public struct Figure: Sendable {
        /// The afstemning.csv column, e.g. `helaarspersoner_budget`.
        public let column: String
        /// The exact value; `nil` where the column is empty.
        public let value: Exact?
        /// The decimals afstemning.csv writes it with.
        public let decimals: Int
        /// The input lines it came from.
        public let sources: [Source]
        /// How it was computed, with the numbers filled in (`nil` for a figure read as it is).
        public let formula: Formula?
        /// Why: which rate applied, why a column is empty, what a sum is over.
        public let note: Message?
    }

    /// The municipality or the jobcenter, as pipeline.yml names it.
    public let kommune: String
    /// The benefit.
    public let benefit: Benefit
    /// The budget year.
    public let year: Int
    /// Gross or net.
    public let grundlag: Grundlag
    /// The figures in afstemning.csv's column order.
    public let figures: [Figure]
    /// The flags of the row.
    public let flags: [ReportFlag]
    /// How the row's year-end forecast came about; `nil` when the run has no cut-off.
    public var forecast: ForecastExplanation?
    /// The comparison with the peers and the country, a year each (peers.md); empty without
    /// peers and for the jobcenter.
    public var comparison: [ComparisonExplanation] = []
}
