import Foundation

/// What pipeline.yml says to run.
public struct PipelineConfig: Sendable {
    /// The input files of a run, by kind; a folder in pipeline.yml is already expanded.
    public struct Inputs: Sendable {
        /// Benefit catalog files.
        public var catalog: [InputFile]
        /// Budget files (CSV and XML).
        public var budget: [InputFile]
        /// Rate tables.
        public var rates: [InputFile]
        /// Aggregated actuals.
        public var actuals: [InputFile]
        /// Case periods.
        public var cases: [InputFile]
        /// The plan's goals (Bilag 2).
        public var goals: [InputFile] = []
        /// The labour force of our municipalities, the peers and the country (Statistikbanken
        /// CSV, peers.md); read only with `peers`.
        public var labourForce: [InputFile] = []
        /// The label of the Jobindsats measure read from responses (`inputs.jobindsats_measure`);
        /// `nil` for `Antal fuldtidspersoner`.
        public var jobindsatsMeasure: String?
        /// The folders `inputs.actuals` names, as written (where `caseload fetch` saves responses).
        public var actualsFolders: [String] = []

        /// Every input file, in the order a run reads them.
        public var all: [InputFile] { catalog + budget + rates + actuals + goals + cases + labourForce }
    }

    /// The budget year under follow-up.
    public var year: Int
    /// Years whose actuals are set beside it, in this order.
    public var priorYears: [Int]
    /// Municipalities in report order.
    public var municipalities: [Municipality]
    /// The name of the combined total; `nil` for none.
    public var jobcenter: String?
    /// Actuals of the budget year count up to this day; `nil` for the whole year.
    public var cutoff: Day?
    /// How numbers are written in every CSV input.
    public var numberStyle: NumberStyle
    /// The input files.
    public var inputs: Inputs
    /// The folder results go to (`<output>/<year>/`) as pipeline.yml gives it: relative to
    /// pipeline.yml's folder, or absolute.
    public var output: String
    /// The folder that holds pipeline.yml; relative paths start here.
    public var folder: URL
    /// pipeline.yml as messages name it (the path the user gave).
    public var file: String
    /// Where each municipality is named in pipeline.yml, in the order of `municipalities`.
    public var municipalityOrigins: [SourceLocation]
    /// Warnings found while reading pipeline.yml and expanding its folders (a skipped file).
    public var warnings: [Diagnostic]
    /// The reports for people to write besides the machine CSVs, in the order md, xlsx, html.
    public var reports: [ReportFormat]

    /// Creates a configuration.
    public init(year: Int, priorYears: [Int], municipalities: [Municipality], jobcenter: String?, cutoff: Day?,
                numberStyle: NumberStyle, inputs: Inputs, output: String, folder: URL,
                file: String = "pipeline.yml", municipalityOrigins: [SourceLocation] = [], warnings: [Diagnostic] = [],
                reports: [ReportFormat] = ReportFormat.allCases) {
        self.year = year
        self.priorYears = priorYears
        self.municipalities = municipalities
        self.jobcenter = jobcenter
        self.cutoff = cutoff
        self.numberStyle = numberStyle
        self.inputs = inputs
        self.output = output
        self.folder = folder
        self.file = file
        self.municipalityOrigins = municipalityOrigins
        self.warnings = warnings
        self.reports = reports
    }

    /// The folder that holds the year folders: `output` used as given when absolute, else
    /// taken from pipeline.yml's folder.
    public var outputFolder: URL {
        output.hasPrefix("/") ? URL(fileURLWithPath: output) : folder.appendingPathComponent(output)
    }

    /// Where the year's results go, as messages show it: `Output/2017/`.
    public var yearFolderShown: String {
        (output.hasSuffix("/") ? String(output.dropLast()) : output) + "/\(year)/"
    }
    /// When figures are flagged (pipeline.yml's `flags:`).
    public var flagThresholds = FlagThresholds.defaults
    /// Where each prior year is named in pipeline.yml, in the order of `priorYears` (the
    /// default prior year: where `year` is).
    public var priorYearOrigins: [SourceLocation] = []

    /// Municipalities to compare with (pipeline.yml's `peers:`, peers.md), in their order;
    /// empty for no comparison.
    public var peers: [Municipality] = []
    /// Where each peer is named in pipeline.yml, in the order of `peers`.
    public var peerOrigins: [SourceLocation] = []

    /// How the year-end forecast is made (pipeline.yml's `forecast:`); used only with a `cutoff`.
    public var forecast = ForecastSettings.defaults

    /// The period of the budget year whose actuals count: 1 January to the cut-off.
    public var budgetPeriod: Period {
        let whole = Period.year(year)
        return Period(first: whole.first, last: cutoff ?? whole.last)
    }
}
