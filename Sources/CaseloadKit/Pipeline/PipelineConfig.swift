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
    /// The folder results go to (`<output>/<year>/`), relative to pipeline.yml's folder.
    public var output: String

    /// The period of the budget year whose actuals count: 1 January to the cut-off.
    public var budgetPeriod: Period {
        let whole = Period.year(year)
        return Period(first: whole.first, last: cutoff ?? whole.last)
    }
}
