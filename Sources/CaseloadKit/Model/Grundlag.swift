/// Whether an amount is before (brutto) or after (netto) the state's reimbursement, or, for a
/// sum or a table of several amounts, both (`mixed`).
public enum Grundlag: String, Hashable, Sendable, CaseIterable {
    case brutto
    case netto
    /// A total or a table that sums brutto and netto amounts: never read from an input.
    case mixed = "brutto/netto"

    /// Parses `brutto`/`netto` in any case; an empty cell is brutto. `brutto/netto` is not an
    /// input value.
    public init?(cell: String) {
        let key = MatchKey(cell).value
        if key.isEmpty { self = .brutto; return }
        guard let value = Grundlag(rawValue: key), value != .mixed else { return nil }
        self = value
    }

    /// The grundlag of a sum or table of amounts of these grundlag: theirs if they agree,
    /// `mixed` if they do not; brutto for none.
    public static func combined(_ values: some Sequence<Grundlag>) -> Grundlag {
        var result: Grundlag?
        for value in values {
            if let known = result, known != value { return .mixed }
            result = value
        }
        return result ?? .brutto
    }

    /// The Danish label used in reports: `Brutto`, `Netto` or `Brutto/Netto`.
    public var label: String {
        switch self {
        case .brutto: "Brutto"
        case .netto: "Netto"
        case .mixed: "Brutto/Netto"
        }
    }
}
