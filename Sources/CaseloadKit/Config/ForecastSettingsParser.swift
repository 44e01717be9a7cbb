import Yams

/// Reads pipeline.yml's `forecast:` mapping into `ForecastSettings`: each key optional with its
/// default; an unknown key, an unknown method or a count below its minimum is an error at its
/// line, and so is the mapping itself when pipeline.yml has no `cutoff`.
///
/// ```yaml
/// forecast:
///   method: seasonal        # run_rate | latest | seasonal
///   latest_months: 3
///   seasonal_years: 1
///   skip_latest_months: 0
/// ```
enum ForecastSettingsParser {
    static let keys = ["method", "latest_months", "seasonal_years", "skip_latest_months"]

    static func parse(_ node: Node, file: String, diagnostics: DiagnosticEngine) -> ForecastSettings {
        func at(_ node: Node) -> SourceLocation {
            SourceLocation(file: file, line: node.mark?.line, column: node.mark?.column)
        }
        var settings = ForecastSettings.defaults
        guard let mapping = node.mapping else {
            diagnostics.error(.forecastNotMapping(keys: keys), at: at(node))
            return settings
        }
        for (key, value) in mapping {
            guard let name = key.string, keys.contains(name) else {
                let name = key.string ?? ConfigLoader.describe(key).en
                diagnostics.error(.unknownKey("forecast.\(name)", suggestion: ConfigLoader.suggestion(name, keys), known: keys), at: at(key))
                continue
            }
            if name == "method" {
                let known = ForecastMethod.allCases.map(\.rawValue)
                guard let method = value.scalar.flatMap({ ForecastMethod(rawValue: $0.string) }) else {
                    diagnostics.error(.forecastMethodUnknown(ConfigLoader.shown(value), known: known), at: at(value))
                    continue
                }
                settings.method = method
                continue
            }
            let minimum = name == "skip_latest_months" ? 0 : 1
            guard let text = value.scalar?.string, text.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }),
                  let count = Int(text), count >= minimum else {
                diagnostics.error(.forecastCountTooSmall(name, ConfigLoader.shown(value), minimum: minimum), at: at(value))
                continue
            }
            switch name {
            case "latest_months": settings.latestMonths = count
            case "seasonal_years": settings.seasonalYears = count
            default: settings.skipLatestMonths = count
            }
        }
        return settings
    }
}
