/// The catalogue's messages about the year-end forecast (forecast.md): pipeline.yml's
/// `forecast:` mapping.
extension Message {
    /// `forecast` is not a mapping.
    static func forecastNotMapping(keys: [String]) -> Message {
        Message(en: "forecast must be a mapping of settings: \(keys.joined(separator: ", "))",
                da: "forecast skal bestå af indstillinger: \(keys.joined(separator: ", "))")
    }

    /// `forecast.method` names no method.
    static func forecastMethodUnknown(_ value: Message, known: [String]) -> Message {
        Message(en: "forecast.method \"\(value.en)\" is not a method; known methods: \(known.joined(separator: ", "))",
                da: "forecast.method \"\(value.da)\" er ikke en metode; kendte metoder: \(known.joined(separator: ", "))")
    }

    /// A count of `forecast:` that is not a whole number of at least `minimum`.
    static func forecastCountTooSmall(_ name: String, _ value: Message, minimum: Int) -> Message {
        Message(en: "forecast.\(name) \"\(value.en)\" must be a whole number of \(minimum) or more",
                da: "forecast.\(name) \"\(value.da)\" skal være et helt tal på \(minimum) eller mere")
    }

    /// `forecast:` without `cutoff:`.
    static var forecastWithoutCutoff: Message {
        Message(en: "forecast needs a cutoff: the forecast starts from the actuals up to it; add e.g. cutoff: 2017-09-30",
                da: "forecast kræver en cutoff: prognosen bygger på de faktiske tal til og med den; tilføj f.eks. cutoff: 2017-09-30")
    }
}

/// The catalogue's notes of prognose.csv (`bemaerkning`): why a row has no forecast or used
/// another method.
extension Message {
    /// k = 0.
    static var forecastNoMonths: Message {
        Message(en: "no whole month of the budget year before the cut-off counts",
                da: "ingen hel måned i budgetåret før cutoff tæller med")
    }

    /// A month of K without a value.
    static func forecastMissingMonth(_ month: Int) -> Message {
        Message(en: "month \(month) has no value", da: "måned \(month) mangler")
    }

    /// `seasonal` without a complete earlier year.
    static var forecastNoCompleteEarlierYear: Message {
        Message(en: "no earlier year with all 12 months; run_rate used instead of seasonal",
                da: "intet tidligere år med alle 12 måneder; run_rate brugt i stedet for seasonal")
    }

    /// `seasonal` whose earlier years are 0 over the same months.
    static var forecastEarlierYearsZero: Message {
        Message(en: "the earlier years have 0 helårspersoner in the same months; run_rate used instead of seasonal",
                da: "de tidligere år har 0 helårspersoner i de samme måneder; run_rate brugt i stedet for seasonal")
    }
}

/// The catalogue's note of prognose-total.csv: a sum without some municipalities.
extension Message {
    /// The jobcenter's forecast leaves out municipalities without one.
    static func forecastPartialTotal(_ names: [String]) -> Message {
        // Unquoted and without a comma for one or two names: the note is a CSV field.
        func listed(_ word: String) -> String {
            names.count <= 1 ? names.joined() : names.dropLast().joined(separator: ", ") + " \(word) " + (names.last ?? "")
        }
        return Message(en: "partial: \(listed("and")) \(names.count == 1 ? "has" : "have") no forecast",
                       da: "delvis: \(listed("og")) har ingen prognose")
    }

    /// No municipality has a forecast for the benefit.
    static var forecastNoMunicipality: Message {
        Message(en: "no municipality has a forecast", da: "ingen kommune har en prognose")
    }
}
