/// A benefit (ydelse) of the catalog: its id, display name and the other spellings sources use.
public struct Benefit: Hashable, Sendable {
    /// The stable id.
    public let id: BenefitID
    /// The display name used in reports, e.g. `Kontanthjælp`.
    public let name: String
    /// Other spellings that mean this benefit, e.g. `Kontanthjælp/Særl. udd.ydelse`.
    public let aliases: [String]
    /// Where the catalog defines it.
    public let origin: SourceLocation
    /// The chart-of-accounts functions whose money is this benefit (e.g. `5.57.71`).
    public let functions: [AccountFunction]
    /// The range its rate should lie in, if the catalog gives one.
    public let rateRange: RateRange?
    /// The Jobindsats tables that hold only this benefit (`y01a02`), lower case: a response of
    /// such a table without a benefit column is this benefit's.
    public let jobindsatsTables: [String]

    /// Creates a benefit.
    public init(id: BenefitID, name: String, aliases: [String], origin: SourceLocation,
                functions: [AccountFunction] = [], rateRange: RateRange? = nil, jobindsatsTables: [String] = []) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.origin = origin
        self.functions = functions
        self.rateRange = rateRange
        self.jobindsatsTables = jobindsatsTables
    }
}
