/// The catalogue's messages about the benefit catalog: ids, names, functions and rate
/// ranges, and names that match no benefit.
extension Message {
    /// A name that matches no benefit, with the nearest names (best first) if any.
    static func unknownBenefit(_ name: String, nearest: [String]) -> Message {
        guard !nearest.isEmpty else {
            return Message(en: "unknown benefit \"\(name)\"; add it to the catalog",
                           da: "ukendt ydelse \"\(name)\"; tilføj den til kataloget")
        }
        return Message(en: "unknown benefit \"\(name)\"; did you mean \(alternatives(nearest, "or"))?",
                       da: "ukendt ydelse \"\(name)\"; mente du \(alternatives(nearest, "eller"))?")
    }

    /// A catalog id that is not a slug.
    static func catalogIDNotSlug(_ id: String) -> Message {
        Message(en: "id \"\(id)\" is not a lower-case ASCII slug such as a-dagpenge",
                da: "id \"\(id)\" er ikke et id af små bogstaver (a–z), cifre og bindestreger som a-dagpenge")
    }

    /// A catalog id defined twice.
    static func catalogIDTwice(_ id: String, first: SourceLocation) -> Message {
        Message(en: "id \"\(id)\" is already defined at \(first.rendered(.en))", da: "id \"\(id)\" er allerede defineret i \(first.rendered(.da))")
    }

    /// A name or alias that two benefits share.
    static func nameMatchesTwoBenefits(_ spelling: String, owner: String, ownerName: String, ownerAt: SourceLocation, id: String) -> Message {
        Message(en: "\"\(spelling)\" would match two benefits: \(owner) (\"\(ownerName)\" at \(ownerAt.rendered(.en))) and \(id)",
                da: "\"\(spelling)\" ville passe på to ydelser: \(owner) (\"\(ownerName)\" i \(ownerAt.rendered(.da))) og \(id)")
    }

    /// A `funktioner` entry that is not a chart-of-accounts function.
    static func notAFunction(_ text: String) -> Message {
        Message(en: "function \"\(text)\" is not a chart-of-accounts function; write it as 5.57.71, or with a grouping as 5.57.73.007",
                da: "funktionen \"\(text)\" er ikke en funktion i kontoplanen; skriv den som 5.57.71 eller med gruppering som 5.57.73.007")
    }

    /// A function listed twice for the same benefit.
    static func functionListedTwice(_ text: String) -> Message {
        Message(en: "function \"\(text)\" is already listed for it: an account must map to one benefit",
                da: "funktionen \"\(text)\" er allerede angivet for den: en konto skal høre til én ydelse")
    }

    /// A function already listed for another benefit.
    static func functionListedForOther(_ text: String, owner: String, ownerText: String, ownerAt: SourceLocation) -> Message {
        Message(en: "function \"\(text)\" is already listed for \(owner) (\"\(ownerText)\" at \(ownerAt.rendered(.en))): an account must map to one benefit",
                da: "funktionen \"\(text)\" er allerede angivet for \(owner) (\"\(ownerText)\" i \(ownerAt.rendered(.da))): en konto skal høre til én ydelse")
    }

    /// A catalog without benefits.
    static var catalogEmpty: Message { Message(en: "the catalog has no benefits", da: "kataloget har ingen ydelser") }

    /// `takst_min` above `takst_max`.
    static func rateMinimumAboveMaximum(_ minLabel: String, _ minimum: String, _ maxLabel: String, _ maximum: String) -> Message {
        Message(en: "\(minLabel) \"\(minimum)\" is above \(maxLabel) \"\(maximum)\"",
                da: "\(minLabel) \"\(minimum)\" er større end \(maxLabel) \"\(maximum)\"")
    }
}
