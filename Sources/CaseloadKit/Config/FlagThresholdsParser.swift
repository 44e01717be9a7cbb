import Yams

/// Reads pipeline.yml's `flags:` mapping into `FlagThresholds`: each key optional with its
/// default, each value a number of 0 or more; an unknown key is an error like any other.
///
/// ```yaml
/// flags:
///   rate_deviation_percent: 50      # takst_afviger
///   change_percent: 50              # stor_aendring …
///   change_min_helaarspersoner: 5   # … and more than this many helårspersoner
///   overspend_percent: 5            # merforbrug …
///   overspend_kr: 0                 # … and more than this many kroner
///   peer_deviation_percent: 25      # over_sammenlignelige (peers.md)
/// ```
enum FlagThresholdsParser {
    static let keys = ["rate_deviation_percent", "change_percent", "change_min_helaarspersoner", "overspend_percent", "overspend_kr", "peer_deviation_percent"]

    static func parse(_ node: Node, file: String, diagnostics: DiagnosticEngine) -> FlagThresholds {
        func at(_ node: Node) -> SourceLocation {
            SourceLocation(file: file, line: node.mark?.line, column: node.mark?.column)
        }
        var thresholds = FlagThresholds.defaults
        guard let mapping = node.mapping else {
            diagnostics.error(.flagsNotMapping(keys: keys), at: at(node))
            return thresholds
        }
        for (key, value) in mapping {
            guard let name = key.string, keys.contains(name) else {
                let name = key.string ?? ConfigLoader.describe(key).en
                diagnostics.error(.unknownKey("flags.\(name)", suggestion: ConfigLoader.suggestion(name, keys), known: keys), at: at(key))
                continue
            }
            guard let text = value.scalar?.string, case .success(let number) = NumberParser.parse(text, .csv(.international)),
                  !number.isNegative else {
                diagnostics.error(.flagThresholdNotNumber(name, ConfigLoader.shown(value)), at: at(value))
                continue
            }
            switch name {
            case "rate_deviation_percent": thresholds.rateDeviationPercent = number.exact
            case "change_percent": thresholds.changePercent = number.exact
            case "change_min_helaarspersoner": thresholds.changeMinimum = number.exact
            case "overspend_percent": thresholds.overspendPercent = number.exact
            case "overspend_kr": thresholds.overspendKroner = number.exact
            default: thresholds.peerDeviationPercent = number.exact
            }
        }
        return thresholds
    }
}
