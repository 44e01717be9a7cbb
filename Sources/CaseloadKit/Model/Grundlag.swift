/// Whether an amount is before (brutto) or after (netto) the state's reimbursement.
public enum Grundlag: String, Hashable, Sendable, CaseIterable {
    case brutto
    case netto

    /// Parses `brutto`/`netto` in any case; an empty cell is brutto.
    public init?(cell: String) {
        let key = MatchKey(cell).value
        if key.isEmpty { self = .brutto; return }
        guard let value = Grundlag(rawValue: key) else { return nil }
        self = value
    }

    /// The Danish label used in reports: `Brutto` or `Netto`.
    public var label: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
}
