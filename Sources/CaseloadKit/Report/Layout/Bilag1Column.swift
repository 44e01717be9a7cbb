/// A number column of a Bilag 1 table: its Danish title, what its figures are and where they
/// come from.
public struct Bilag1Column: Sendable, Equatable {
    /// What a column's figures measure, which decides how they are written.
    public enum Measure: Sendable, Equatable {
        /// Kroner: two decimals in machine files, whole kroner for people.
        case kroner
        /// Helårspersoner: four decimals in machine files, whole persons for people (as the plan prints them).
        case helaarspersoner
    }

    /// Which figure of a row the column shows.
    public enum Role: Sendable, Equatable {
        /// The budget in kroner.
        case budget
        /// The budget's helårspersoner.
        case budgetHelaarspersoner
        /// A prior year's actuals, by its index in the report's prior years.
        case prior(index: Int, year: Int)
        /// The budget year's actuals.
        case actual
        /// actual − budget, in helårspersoner.
        case varianceHelaarspersoner
        /// The variance in kroner at the budget's rate.
        case varianceKroner

        /// The year of actual figures the column rests on, for notes (`2015`); `nil` for the budget's columns.
        func actualYear(budgetYear: Int) -> Int? {
            switch self {
            case .budget, .budgetHelaarspersoner: nil
            case .prior(_, let year): year
            case .actual, .varianceHelaarspersoner, .varianceKroner: budgetYear
            }
        }

        /// True if `row` has a figure in the column: `value(row) != nil` without building it
        /// (a kroner figure is a fraction to make; the counts ask this of every row beneath).
        func hasValue(_ row: ReconciliationRow) -> Bool {
            switch self {
            case .budget, .budgetHelaarspersoner: true
            case .prior(let index, _): index < row.helaarspersonerPrior.count && row.helaarspersonerPrior[index] != nil
            case .actual: row.helaarspersonerFaktisk != nil
            case .varianceHelaarspersoner: row.afvigelseHelaarspersoner != nil
            case .varianceKroner: row.afvigelseKroner != nil
            }
        }

        /// The figure of `row` the column shows.
        func value(_ row: ReconciliationRow) -> Exact? {
            switch self {
            case .budget: row.budget.exact
            case .budgetHelaarspersoner: row.helaarspersonerBudget.exact
            case .prior(let index, _): index < row.helaarspersonerPrior.count ? row.helaarspersonerPrior[index]?.exact : nil
            case .actual: row.helaarspersonerFaktisk?.exact
            case .varianceHelaarspersoner: row.afvigelseHelaarspersoner?.exact
            case .varianceKroner: row.afvigelseKroner
            }
        }
    }

    /// The header, e.g. `Helårspersoner 2015`.
    public let title: String
    /// What the figures measure.
    public let measure: Measure
    /// Which figure of a row it shows.
    public let role: Role

    /// Creates a column.
    public init(_ title: String, _ measure: Measure, _ role: Role) {
        self.title = title
        self.measure = measure
        self.role = role
    }
}
