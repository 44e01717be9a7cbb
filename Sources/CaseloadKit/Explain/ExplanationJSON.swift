import Foundation

/// Writes an explanation as JSON for tools: sorted keys, machine number style (as in
/// afstemning.csv), `null` for an empty column.
public enum ExplanationJSON {
    struct Document: Encodable {
        let kommune: String
        let ydelse_id: String
        let ydelse: String
        let aar: Int
        let grundlag: String
        let figurer: [Figure]
        let flag: [FlagEntry]
        /// Left out without a cut-off.
        let prognose: ForecastDocument?
        /// The comparison (peers.md), left out without peers.
        let sammenligning: [ComparisonYear]?
    }

    struct Figure: Encodable {
        let kolonne: String
        let vaerdi: String?
        let eksakt: String?
        let kilder: [Source]
        let formel: String?
        let afrunding: String?
        let bilag1_md: String?
        let note: String?

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(kolonne, forKey: .kolonne)
            try container.encode(vaerdi, forKey: .vaerdi)  // null for an empty column
            try container.encode(eksakt, forKey: .eksakt)
            try container.encode(kilder, forKey: .kilder)
            try container.encodeIfPresent(formel, forKey: .formel)
            try container.encodeIfPresent(afrunding, forKey: .afrunding)
            try container.encodeIfPresent(bilag1_md, forKey: .bilag1_md)
            try container.encodeIfPresent(note, forKey: .note)
        }

        enum CodingKeys: String, CodingKey { case kolonne, vaerdi, eksakt, kilder, formel, afrunding, bilag1_md, note }
    }

    struct Source: Encodable {
        let fil: String
        let ark: String?
        let celle: String?
        let linje: Int?
        let til_linje: Int?
        let raekker: Int?
        let note: String?
        /// The row's JSON path in a Jobindsats response; left out for other files.
        var sti: String? = nil
    }

    struct FlagEntry: Encodable {
        let art: String
        let forklaring: String
    }

    /// The JSON text, ending in a line break.
    public static func render(_ explanation: Explanation) -> String {
        let document = Document(
            kommune: explanation.kommune, ydelse_id: explanation.benefit.id.rawValue, ydelse: explanation.benefit.name,
            aar: explanation.year, grundlag: explanation.grundlag.rawValue,
            figurer: explanation.figures.map { figure($0, bilag1: true) },
            flag: explanation.flags.map { FlagEntry(art: $0.kind.rawValue, forklaring: $0.explanation) },
            prognose: explanation.forecast.map(ForecastDocument.init),
            sammenligning: explanation.comparison.isEmpty ? nil : explanation.comparison.map(comparison))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain strings and numbers cannot fail.
        let data = try! encoder.encode(document)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// A figure as JSON, in machine number style; `bilag1` adds what bilag1.md shows.
    static func figure(_ figure: Explanation.Figure, bilag1: Bool) -> Figure {
        let format = NumberFormat.machine
        return Figure(kolonne: figure.column, vaerdi: figure.value.map { format.string($0, decimals: figure.decimals) },
                      eksakt: figure.value.map { ExactDecimal.text($0, format) },
                      kilder: figure.sources.map(source),
                      formel: figure.formula?.rendered(format), afrunding: rounding(figure, format),
                      bilag1_md: bilag1 ? ExplanationText.bilag1(figure) : nil, note: figure.note?.en)
    }

    /// A source as JSON.
    static func source(_ source: Explanation.Source) -> Source {
        Source(fil: source.file, ark: source.location?.sheet, celle: source.location?.cell, linje: source.line,
               til_linje: source.rows == nil ? nil : source.lastLine, raekker: source.rows, note: source.note?.en,
               sti: source.location?.jsonPath)
    }

    /// How a figure was rounded, in English.
    static func rounding(_ figure: Explanation.Figure, _ format: NumberFormat) -> String? {
        guard let value = figure.value else { return nil }
        return ExactDecimal.isExact(value, decimals: figure.decimals)
            ? Message.explainExact(decimals: figure.decimals).en
            : Message.explainRounded(ExactDecimal.text(value, format), decimals: figure.decimals).en
    }
}
