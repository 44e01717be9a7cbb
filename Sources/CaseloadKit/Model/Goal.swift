/// A goal of the plan (Bilag 2) in helårspersoner: a benefit or a group of benefits, a
/// year and a target, for one municipality or all of pipeline.yml's together.
public struct Goal: Sendable {
    /// Whether the target is a ceiling or a floor.
    public enum Direction: String, Sendable {
        /// At most the target (fewer people on the benefit: the usual goal).
        case hoejst
        /// At least the target (more people in, e.g., fleksjob).
        case mindst

        /// `højst` or `mindst`.
        public var label: String { self == .hoejst ? "højst" : "mindst" }
    }

    /// The municipality as the file names it; `nil` for all of pipeline.yml's together.
    public let municipality: String?
    /// The year the goal is for.
    public let year: Int
    /// The benefits it counts, summed.
    public let benefits: [BenefitID]
    /// The target.
    public let target: Helaarspersoner
    /// Ceiling or floor.
    public let direction: Direction
    /// The goal in the plan's words.
    public let text: String
    /// Where it was read (the target's cell).
    public let origin: SourceLocation
}
