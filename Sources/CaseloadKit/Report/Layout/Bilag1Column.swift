/// A number column of a Bilag 1 table: its Danish title and what its figures are.
public struct Bilag1Column: Sendable, Equatable {
    /// What a column's figures measure, which decides how they are written.
    public enum Measure: Sendable, Equatable {
        /// Kroner: two decimals in machine files, whole kroner for people.
        case kroner
        /// Helårspersoner: four decimals in machine files, whole persons for people (as the plan prints them).
        case helaarspersoner
    }

    /// The header, e.g. `Helårspersoner 2015`.
    public let title: String
    /// What the figures measure.
    public let measure: Measure

    /// Creates a column.
    public init(_ title: String, _ measure: Measure) {
        self.title = title
        self.measure = measure
    }
}
