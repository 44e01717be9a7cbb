/// The forecast part of an explanation for people: the cut-off and the months that count,
/// the method and why, the months used with their sources, then prognose.csv's figures.
extension ExplanationText {
    /// The lines of the forecast part.
    static func forecastLines(_ forecast: ForecastExplanation, _ format: NumberFormat, _ language: Language) -> [String] {
        func say(_ message: Message) -> String { message.text(language) }
        var lines = [say(.explainForecastHeading(cutoff: "\(forecast.cutoff)", months: forecast.months,
                                                 year: forecast.cutoff.components.year, skipped: forecast.skipped)),
                     "  " + say(.explainForecastMethod(used: forecast.method?.rawValue, configured: forecast.configured.rawValue)),
                     "  \(say(.explainWhy)): \(say(forecast.reason))"]
        if !forecast.values.isEmpty {
            lines.append("  " + say(.explainForecastMonthsUsed))
            for month in forecast.values {
                let places = month.sources.map { $0.place(language) + details($0, language) }.joined(separator: ", ")
                lines.append("    \(month.year)-\(month.month < 10 ? "0" : "")\(month.month): \(ExactDecimal.text(month.value, format))"
                             + " × \(say(.explainDays(month.days)))" + (places.isEmpty ? "" : ", \(say(.explainFrom)) \(places)"))
            }
        }
        for figure in forecast.figures {
            lines += block(figure, format, language, bilag1: false)
        }
        return lines
    }
}
