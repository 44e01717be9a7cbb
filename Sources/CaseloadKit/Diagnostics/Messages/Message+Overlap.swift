/// The catalogue's messages about overlapping case periods.
extension Message {
    /// A case period that shares days with another of the same case and benefit (formats.md:
    /// the shared days count once, at the larger omfang). Reported at the later-starting row.
    /// - Parameters:
    ///   - caseID: the case id, already masked.
    ///   - benefit: the benefit's display name.
    ///   - other: where the earlier-starting row is.
    ///   - first: the first shared day; `last`: the last one.
    ///   - days: the shared days that lie in the run's periods.
    static func overlappingCasePeriods(caseID: String, benefit: String, other: SourceLocation,
                                       first: Day, last: Day, days: Int) -> Message {
        let one = days == 1
        return Message(
            en: "this case period overlaps the one at \(other.rendered(.en)) (case \(caseID), \(benefit)): the \(days) shared "
                + "\(one ? "day" : "days"), \(first) to \(last), \(one ? "counts" : "count") once, at the larger omfang",
            da: "denne sagsperiode overlapper perioden i \(other.rendered(.da)) (sag \(caseID), \(benefit)): \(one ? "den" : "de") "
                + "\(dk(days)) fælles \(one ? "dag" : "dage"), \(DanishText.date(first))–\(DanishText.date(last)), tælles kun én gang, "
                + "med det største omfang")
    }

    /// The temporary file with the overlap probes of many case rows could not be read back.
    static var overlapProbesUnreadable: Message {
        Message(en: "cannot read back the temporary file of the search for overlapping case periods: overlaps were not looked for",
                da: "kan ikke læse den midlertidige fil fra søgningen efter overlappende sagsperioder: der er ikke søgt efter overlap")
    }
}
