/// The short account a run prints: files read, rows used, where the results went.
public enum RunSummary {
    /// The summary of a finished run, in `language`.
    public static func render(_ outcome: RunOutcome, language: Language = .en) -> String {
        let config = outcome.config
        let ledger = outcome.ledger
        let total = ledger.total
        var lines: [Message] = []
        lines.append(.summaryHeading(year: config.year, municipalities: config.municipalities.map(\.name).joined(separator: ", "),
                                     jobcenter: config.jobcenter, cutoff: config.cutoff.map { "\($0)" }))
        lines.append(.summaryRead(files: ledger.files.count, rows: total.read, used: total.used, ignored: total.ignoredTotal,
                                  rejected: total.rejected))
        // File names are shown with invisible characters spelled out: a hostile name must not
        // reach the terminal as control characters.
        let width = ledger.files.map { VisibleText.escape($0).count }.max() ?? 0
        for file in ledger.files {
            let tally = ledger.tallies[file, default: InputLedger.Tally()]
            let shown = VisibleText.escape(file)
            let name = "  " + shown + String(repeating: " ", count: width - shown.count)
            var parts: [Message] = [.summaryFileCounts(read: tally.read, used: tally.used)]
            if tally.ignoredTotal > 0 {
                parts.append(.summaryFileIgnored(tally.ignoredTotal, reasons: tally.ignored.sorted { $0.key < $1.key }.map {
                    (reason: Message.ignoredReason($0.key), count: $0.value)
                }))
            }
            if tally.rejected > 0 { parts.append(.summaryFileRejected(tally.rejected)) }
            lines.append(Message(en: name + parts.map(\.en).joined(), da: name + parts.map(\.da).joined()))
        }
        if !ledger.unknownMunicipalities.isEmpty {
            lines.append(.summaryUnknownMunicipalities(ledger.unknownMunicipalities.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }))
        }
        lines.append(total.balances ? .summaryBalances : .summaryUnbalanced(read: total.read))
        let warnings = outcome.diagnostics.warningCount
        if outcome.stoppedByWarnings {
            lines.append(.strictStopped(warnings, output: config.output.hasSuffix("/") ? config.output : config.output + "/"))
            return lines.map { $0.text(language) }.joined(separator: "\n")
        }
        if outcome.succeeded, let report = outcome.report {
            let described = outcome.resultNames.map { name -> Message in
                switch ResultFile(rawValue: name) {
                case .afstemning?: .summaryFileRows(name, rows: report.rows.count)
                case .afstemningTotal?: .summaryFileRows(name, rows: report.totals.count)
                case .prognose?: .summaryFileRows(name, rows: report.forecast?.rows.count ?? 0)
                case .prognoseTotal?: .summaryFileRows(name, rows: report.forecast?.totals.count ?? 0)
                case .prognoseTest?: .summaryFileRows(name, rows: report.forecast?.tests.count ?? 0)
                case .sammenligning?: .summaryFileRows(name, rows: report.comparison?.rows.count ?? 0)
                case .flag?: .summaryFlagFile(name, flags: report.flags.count)
                default: Message(en: name, da: name)
                }
            }
            lines.append(.summaryWrote(config.yearFolderShown, files: described))
        } else {
            lines.append(.summaryNothingWritten(errors: outcome.diagnostics.errorCount,
                                                output: config.output.hasSuffix("/") ? config.output : config.output + "/"))
        }
        if warnings > 0 { lines.append(.warningsListed(warnings)) }
        return lines.map { $0.text(language) }.joined(separator: "\n")
    }
}
