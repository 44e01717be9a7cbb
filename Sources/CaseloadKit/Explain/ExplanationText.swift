/// Writes an explanation for people: one block per figure, Danish number style, the way
/// finance staff read the figures in bilag1.md.
public enum ExplanationText {
    /// The text, LF line ends.
    public static func render(_ explanation: Explanation) -> String {
        let format = NumberFormat.danish
        var lines = ["\(explanation.kommune), \(explanation.benefit.name) (\(explanation.benefit.id)), \(explanation.year), \(explanation.grundlag.rawValue)", ""]
        for figure in explanation.figures {
            lines.append("\(figure.column): " + (figure.value.map { format.string($0, decimals: figure.decimals) } ?? "empty"))
            for source in figure.sources {
                lines.append("  from: \(source.place)" + details(source))
            }
            if let note = figure.note { lines.append("  why: \(note)") }
            if let formula = figure.formula { lines.append("  formula: \(formula.rendered(format))") }
            if let rounding = rounding(figure, format) { lines.append("  rounding: \(rounding)") }
        }
        lines.append("")
        if explanation.flags.isEmpty {
            lines.append("flags: none")
        } else {
            lines.append("flags:")
            for flag in explanation.flags { lines.append("  \(flag.kind.rawValue): \(flag.explanation)") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `(1.000 rows; konto …)` after a source's place.
    static func details(_ source: Explanation.Source) -> String {
        var parts: [String] = []
        if let rows = source.rows { parts.append("\(rows) case row\(rows == 1 ? "" : "s")") }
        if let note = source.note { parts.append(note) }
        return parts.isEmpty ? "" : " (" + parts.joined(separator: "; ") + ")"
    }

    /// How the value was rounded for afstemning.csv and, where it appears there, bilag1.md.
    static func rounding(_ figure: Explanation.Figure, _ format: NumberFormat) -> String? {
        guard let value = figure.value else { return nil }
        var text = ExactDecimal.isExact(value, decimals: figure.decimals)
            ? "exact at \(figure.decimals) decimals"
            : "\(ExactDecimal.text(value, format)) rounded half away from zero to \(figure.decimals) decimals"
        if let shown = bilag1(figure) { text += "; bilag1.md shows \(shown)" }
        return text
    }

    /// The figure as bilag1.md shows it (whole numbers, Danish style); `nil` for the rate,
    /// which bilag1.md does not show, and for an empty column.
    static func bilag1(_ figure: Explanation.Figure) -> String? {
        guard let value = figure.value, figure.column != "kr_pr_helaarsperson" else { return nil }
        return NumberFormat.danish.string(value, decimals: 0)
    }
}
