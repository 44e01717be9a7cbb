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
