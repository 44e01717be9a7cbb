/// Writes an explanation for people: one block per figure, Danish number style, the way
/// finance staff read the figures in bilag1.md; the words in the language asked for.
public enum ExplanationText {
    /// The text, LF line ends.
    public static func render(_ explanation: Explanation, language: Language = .en) -> String {
        let format = NumberFormat.danish
        func say(_ message: Message) -> String { message.text(language) }
        var lines = ["\(explanation.kommune), \(explanation.benefit.name) (\(explanation.benefit.id)), \(explanation.year), \(explanation.grundlag.rawValue)", ""]
        for figure in explanation.figures {
            lines += block(figure, format, language, bilag1: true)
        }
        if let forecast = explanation.forecast {
            lines.append("")
            lines += forecastLines(forecast, format, language)
        }
        lines.append("")
        lines.append(say(.explainFlags(none: explanation.flags.isEmpty)))
        for flag in explanation.flags { lines.append("  \(flag.kind.rawValue): \(flag.explanation)") }
        lines += comparison(explanation, language)
        return lines.joined(separator: "\n") + "\n"
    }

    /// The lines of one figure: its value, sources, why, formula and rounding (with what
    /// bilag1.md shows when `bilag1`).
    static func block(_ figure: Explanation.Figure, _ format: NumberFormat, _ language: Language, bilag1 shows: Bool) -> [String] {
        func say(_ message: Message) -> String { message.text(language) }
        var lines = ["\(figure.column): " + (figure.value.map { format.string($0, decimals: figure.decimals) } ?? say(.explainEmpty))]
        for source in figure.sources {
            lines.append("  \(say(.explainFrom)): \(source.place(language))" + details(source, language))
        }
        if let note = figure.note { lines.append("  \(say(.explainWhy)): \(say(note))") }
        if let formula = figure.formula { lines.append("  \(say(.explainFormula)): \(formula.rendered(format, language: language))") }
        if let rounding = rounding(figure, format, language, bilag1: shows) { lines.append("  \(say(.explainRounding)): \(rounding)") }
        return lines
    }

    /// `(1.000 rows; konto …)` after a source's place.
    static func details(_ source: Explanation.Source, _ language: Language) -> String {
        var parts: [String] = []
        if let rows = source.rows { parts.append(Message.explainCaseRowCount(rows).text(language)) }
        if let note = source.note { parts.append(note.text(language)) }
        return parts.isEmpty ? "" : " (" + parts.joined(separator: "; ") + ")"
    }

    /// How the value was rounded for afstemning.csv and, where it appears there, bilag1.md.
    static func rounding(_ figure: Explanation.Figure, _ format: NumberFormat, _ language: Language, bilag1 shows: Bool = true) -> String? {
        guard let value = figure.value else { return nil }
        var text = ExactDecimal.isExact(value, decimals: figure.decimals)
            ? Message.explainExact(decimals: figure.decimals)
            : Message.explainRounded(ExactDecimal.text(value, format), decimals: figure.decimals)
        if shows, let shown = bilag1(figure) { text = Message(en: text.en + Message.explainBilag1Shows(shown).en, da: text.da + Message.explainBilag1Shows(shown).da) }
        return text.text(language)
    }

    /// The figure as bilag1.md shows it (whole numbers, Danish style); `nil` for the rate,
    /// which bilag1.md does not show, and for an empty column.
    static func bilag1(_ figure: Explanation.Figure) -> String? {
        guard let value = figure.value, figure.column != "kr_pr_helaarsperson" else { return nil }
        return NumberFormat.danish.string(value, decimals: 0)
    }
}
