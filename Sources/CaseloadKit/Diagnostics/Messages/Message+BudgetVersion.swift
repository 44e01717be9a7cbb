/// The catalogue's messages about budget versions (forecast.md, "Budget versions"): the
/// original and the corrected budget of one municipality, year and benefit.
extension Message {
    /// A `version` cell that is neither `oprindeligt` nor `korrigeret`.
    static func notBudgetVersion(_ label: String, _ text: String) -> Message {
        Message(en: "\(label) \"\(text)\" is neither oprindeligt nor korrigeret",
                da: "\(label) \"\(text)\" er hverken oprindeligt eller korrigeret")
    }

    /// A second corrected budget for one municipality, year and benefit.
    static func secondCorrectedBudget(municipality: String, year: Int, benefit: String, first: SourceLocation) -> Message {
        Message(en: "a second corrected budget for \(municipality), \(year), \(benefit); the first is at \(first.rendered(.en))",
                da: "endnu et korrigeret budget for \(municipality), \(year), \(benefit); det første står i \(first.rendered(.da))")
    }

    /// A corrected budget whose grundlag differs from the original's.
    static func correctedGrundlagDiffers(municipality: String, year: Int, benefit: String, grundlag: String,
                                         original: SourceLocation, originalGrundlag: String) -> Message {
        Message(en: "the corrected budget for \(municipality), \(year), \(benefit) is \(grundlag), but the original budget at \(original.rendered(.en)) is \(originalGrundlag); a corrected budget must have the original's grundlag",
                da: "det korrigerede budget for \(municipality), \(year), \(benefit) er \(grundlag), men det oprindelige budget i \(original.rendered(.da)) er \(originalGrundlag); et korrigeret budget skal have samme grundlag som det oprindelige")
    }
}
