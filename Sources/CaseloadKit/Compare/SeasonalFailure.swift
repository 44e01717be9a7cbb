/// Why `seasonal` could not be made.
struct SeasonalFailure: Error, Equatable {
    let note: ForecastNote
}
