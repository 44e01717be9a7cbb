/// How many of the rows beneath a figure have one, for a column of actuals: a figure from some
/// but not all of them is summed over fewer rows than the budget beside it, and is marked.
struct Bilag1Count {
    /// The rows with a figure in the column.
    let present: Int
    /// All rows beneath (the budget sums them all).
    let all: Int
    /// True for a column of actuals (the budget's columns have a figure on every row).
    let isActual: Bool

    /// The count of `column` over `rows`.
    init(_ column: Bilag1Column, rows: [ReconciliationRow]) {
        isActual = column.role.actualYear(budgetYear: 0) != nil
        all = rows.count
        present = isActual ? rows.reduce(0) { $0 + (column.role.hasValue($1) ? 1 : 0) } : rows.count
    }

    /// True if some but not all rows have the figure.
    var isPartial: Bool { isActual && present > 0 && present < all }

    /// `faktiske tal for 2015 og 2017 fra 1 af 2 kommuner` for the partial columns, one phrase
    /// per count; `nil` if none is partial.
    static func note(_ counts: [Bilag1Count], columns: [Bilag1Column], year budgetYear: Int, unit: String) -> String? {
        var groups: [(present: Int, all: Int, years: [Int])] = []
        for (count, column) in zip(counts, columns) where count.isPartial {
            guard let year = column.role.actualYear(budgetYear: budgetYear) else { continue }
            if let index = groups.firstIndex(where: { $0.present == count.present && $0.all == count.all }) {
                if !groups[index].years.contains(year) { groups[index].years.append(year) }
            } else {
                groups.append((count.present, count.all, [year]))
            }
        }
        guard !groups.isEmpty else { return nil }
        let phrases = groups.map { "for \(DanishText.list($0.years.map(String.init))) fra \($0.present) af \($0.all) \(unit)" }
        return "faktiske tal " + phrases.joined(separator: ", ")
    }
}
