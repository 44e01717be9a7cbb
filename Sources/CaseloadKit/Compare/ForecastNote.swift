/// Why a row has no forecast, or why it used another method than the configured one
/// (prognose.csv's `bemaerkning`, in Danish).
public enum ForecastNote: Equatable, Sendable {
    /// No whole month of the budget year before the cut-off counts (k = 0).
    case noMonths
    /// A month that counts has no value for the row.
    case missingMonth(Int)
    /// `seasonal` found no earlier year with all 12 months; `run_rate` was used.
    case noCompleteEarlierYear
    /// `seasonal`'s earlier years have 0 helårspersoner in the months that count; `run_rate` was used.
    case earlierYearsZero

    /// The note as a catalogue message.
    public var message: Message {
        switch self {
        case .noMonths: .forecastNoMonths
        case .missingMonth(let month): .forecastMissingMonth(month)
        case .noCompleteEarlierYear: .forecastNoCompleteEarlierYear
        case .earlierYearsZero: .forecastEarlierYearsZero
        }
    }
}
