/// The short account a run prints: files read, rows used, where the results went.
public enum RunSummary {
    /// The summary of a finished run.
    public static func render(_ outcome: RunOutcome) -> String {
        let config = outcome.config
        let ledger = outcome.ledger
        let total = ledger.total
        var lines: [String] = []
        lines.append("caseload \(config.year): \(config.municipalities.map(\.name).joined(separator: ", "))"
            + (config.jobcenter.map { " (\($0))" } ?? "")
            + (config.cutoff.map { ", actuals up to \($0)" } ?? ""))
        lines.append("Read \(ledger.files.count) files, \(total.read) rows: \(total.used) used, \(total.ignoredTotal) ignored, \(total.rejected) rejected.")
        // File names are shown with invisible characters spelled out: a hostile name must not
        // reach the terminal as control characters.
        let width = ledger.files.map { VisibleText.escape($0).count }.max() ?? 0
        for file in ledger.files {
            let tally = ledger.tallies[file]!
            let shown = VisibleText.escape(file)
            var line = "  " + shown + String(repeating: " ", count: width - shown.count)
                + "  \(pad(tally.read)) read  \(pad(tally.used)) used"
            if tally.ignoredTotal > 0 {
                line += "  \(tally.ignoredTotal) ignored (" + tally.ignored.keys.sorted().map { "\($0): \(tally.ignored[$0]!)" }.joined(separator: ", ") + ")"
            }
            if tally.rejected > 0 { line += "  \(tally.rejected) rejected" }
            lines.append(line)
        }
        if !ledger.unknownMunicipalities.isEmpty {
            let names = ledger.unknownMunicipalities.keys.sorted().map { "\"\($0)\" (\(ledger.unknownMunicipalities[$0]!))" }
            lines.append("Rows for municipalities not in pipeline.yml were ignored: \(names.joined(separator: ", ")).")
        }
        if total.balances {
            lines.append("Every row is accounted for: read = used + ignored + rejected.")
        } else {
            lines.append("The rows do not add up: read \(total.read) ≠ used + ignored + rejected (a bug; please report it).")
        }
        let warnings = outcome.diagnostics.warningCount
        if outcome.stoppedByWarnings {
            lines.append(Message.strictStopped(warnings, output: config.output.hasSuffix("/") ? config.output : config.output + "/").en)
            return lines.joined(separator: "\n")
        }
        if outcome.succeeded, let report = outcome.report {
            let folder = config.yearFolderShown
            let described = outcome.files.map { file -> String in
                switch file.name {
                case "afstemning.csv": return "afstemning.csv (\(rows(report.rows.count)))"
                case "afstemning-total.csv": return "afstemning-total.csv (\(rows(report.totals.count)))"
                case "flag.csv": return "flag.csv (\(report.flags.count) flag\(report.flags.count == 1 ? "" : "s"))"
                default: return file.name
                }
            }
            lines.append("Wrote \(folder): \(described.joined(separator: ", ")).")
        } else {
            lines.append("No results written: \(outcome.diagnostics.errorCount) error\(outcome.diagnostics.errorCount == 1 ? "" : "s"); \(config.output.hasSuffix("/") ? config.output : config.output + "/") is as it was.")
        }
        if warnings > 0 { lines.append(Message.warningsListed(warnings).en) }
        return lines.joined(separator: "\n")
    }

    private static func rows(_ count: Int) -> String { "\(count) row\(count == 1 ? "" : "s")" }

    private static func pad(_ number: Int) -> String {
        let text = String(number)
        return String(repeating: " ", count: max(0, 6 - text.count)) + text
    }
}
