/// Renders `inddata.csv`: for every input file, rows read = used + ignored + rejected, so a
/// reviewer sees in the diff when an input lost or gained rows. No timestamps.
public enum InputAccountingCSV {
    /// The file.
    public static func render(_ ledger: InputLedger) -> String {
        var lines = ["fil,laest,brugt,ignoreret,afvist,ignoreret_hvorfor"]
        func line(_ name: String, _ tally: InputLedger.Tally) -> String {
            let reasons = tally.ignored.keys.sorted().map { "\($0): \(tally.ignored[$0]!)" }.joined(separator: "; ")
            return [AfstemningCSV.quoted(name), "\(tally.read)", "\(tally.used)", "\(tally.ignoredTotal)",
                    "\(tally.rejected)", AfstemningCSV.quoted(reasons)].joined(separator: ",")
        }
        for file in ledger.files { lines.append(line(file, ledger.tallies[file]!)) }
        lines.append(line("i alt", ledger.total))
        return lines.joined(separator: "\n") + "\n"
    }
}
