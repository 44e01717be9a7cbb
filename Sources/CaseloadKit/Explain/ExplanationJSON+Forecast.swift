/// The forecast part of an explanation as JSON (`prognose`), in the style of the rest:
/// Danish keys, machine number style, `null` for an empty value.
extension ExplanationJSON {
    struct ForecastDocument: Encodable {
        let cutoff: String
        let maaneder: Int
        let skip_latest_months: Int
        let konfigureret_metode: String
        let metode: String?
        let begrundelse: String
        let historik_aar: [Int]
        let maanedsvaerdier: [MonthEntry]
        let afvigelse_mod: String
        let figurer: [Figure]

        init(_ forecast: ForecastExplanation) {
            cutoff = "\(forecast.cutoff)"
            maaneder = forecast.months
            skip_latest_months = forecast.skipped
            konfigureret_metode = forecast.configured.rawValue
            metode = forecast.method?.rawValue
            begrundelse = forecast.reason.en
            historik_aar = forecast.history
            maanedsvaerdier = forecast.values.map { month in
                MonthEntry(aar: month.year, maaned: month.month, vaerdi: ExactDecimal.text(month.value, .machine), dage: month.days,
                           kilder: month.sources.map(ExplanationJSON.source))
            }
            afvigelse_mod = forecast.against.rawValue
            figurer = forecast.figures.map { ExplanationJSON.figure($0, bilag1: false) }
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(cutoff, forKey: .cutoff)
            try container.encode(maaneder, forKey: .maaneder)
            try container.encode(skip_latest_months, forKey: .skip_latest_months)
            try container.encode(konfigureret_metode, forKey: .konfigureret_metode)
            try container.encode(metode, forKey: .metode)  // null without a forecast
            try container.encode(begrundelse, forKey: .begrundelse)
            try container.encode(historik_aar, forKey: .historik_aar)
            try container.encode(maanedsvaerdier, forKey: .maanedsvaerdier)
            try container.encode(afvigelse_mod, forKey: .afvigelse_mod)
            try container.encode(figurer, forKey: .figurer)
        }

        enum CodingKeys: String, CodingKey {
            case cutoff, maaneder, skip_latest_months, konfigureret_metode, metode, begrundelse, historik_aar, maanedsvaerdier,
                 afvigelse_mod, figurer
        }
    }

    struct MonthEntry: Encodable {
        let aar: Int
        let maaned: Int
        let vaerdi: String
        let dage: Int
        let kilder: [Source]
    }
}
