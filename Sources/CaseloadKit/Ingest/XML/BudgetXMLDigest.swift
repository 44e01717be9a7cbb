/// What a budget XML reader keeps of a file while it streams, so that memory does not grow
/// with the file (issue 19, item 2): a budget archive of a thousand years holds millions of
/// `<post>`s, and a run uses the budget year's.
///
/// Kept one by one: the rows of pipeline.yml's municipalities in the budget year (the book
/// needs each, and a repeated key is an error naming both lines) and in `keptYears`. Rows of
/// a municipality not in pipeline.yml become one line per name, its first, standing for all
/// of them (`BudgetLine.mergedRows`): they are only ignored and named once. The other rows,
/// of pipeline.yml's municipalities in other years, are counted per year and per
/// municipality. The problems a valid file can still have (an unknown benefit, an amount past
/// the limit) are kept up to the diagnostics' limit, the rest counted.
///
/// Rows of another year that are fewer than the budget year's are "stray" (`StrayYearRows`
/// warns about each): the reader reads such a file a second time with those years in
/// `keptYears`.
struct BudgetXMLDigest {
    /// A problem of one `<post>`, reported once the file is known to be valid.
    enum Problem {
        case unknownBenefit(String)
        case beyondKronerLimit(String)
    }

    let year: Int
    let municipalities: MunicipalityIndex
    let keptYears: Set<Int>
    private let problemLimit: Int

    /// The lines kept, in file order.
    private(set) var lines: [BudgetLine] = []
    /// Problems with their lines, in file order, up to the limit.
    private(set) var problems: [(problem: Problem, line: Int)] = []
    /// Problems past the limit.
    private(set) var unkeptProblems = 0
    /// Rows of pipeline.yml's municipalities in the budget year.
    private(set) var budgetYearRows = 0
    /// Rows of pipeline.yml's municipalities in other years not kept, by year (but `pending`).
    private var countedRows: [Int: Int] = [:]
    /// The years of the counted rows, by municipality.
    private(set) var countedYears: CountedBudgetYears
    private var mergedLine: [String: Int] = [:]
    /// The year and position last counted, and its rows not yet in `countedRows`: the posts of
    /// a `<budget>` come together, so they are added up here and moved into `countedRows` when
    /// the year or the municipality changes (no hashing per post).
    private var pending: (year: Int, position: Int, rows: Int) = (Int.min, -1, 0)

    init(year: Int, municipalities: MunicipalityIndex, keptYears: Set<Int>, problemLimit: Int) {
        self.year = year
        self.municipalities = municipalities
        self.keptYears = keptYears
        self.problemLimit = problemLimit
        countedYears = CountedBudgetYears(municipalities: municipalities.municipalities.count)
    }

    /// Notes a `<post>` that cannot be used.
    mutating func add(_ problem: Problem, line: Int) {
        if problems.count < problemLimit {
            problems.append((problem, line))
        } else {
            unkeptProblems += 1
        }
    }

    /// Counts a valid `<post>` of pipeline.yml's municipality at `position` in a year that
    /// is neither the budget year nor kept, and returns true; false if the post is to be
    /// added (`add`), and then nothing was counted.
    mutating func countOnly(year: Int, position: Int?) -> Bool {
        guard let position else { return false }
        // Only a year that is counted is ever pending.
        if year == pending.year, position == pending.position {
            pending.rows += 1
            return true
        }
        guard year != self.year, !keptYears.contains(year) else { return false }
        if pending.rows > 0 { countedRows[pending.year, default: 0] += pending.rows }
        pending = (year, position, 1)
        countedYears.insert(year, position: position)
        return true
    }

    /// Takes a valid `<post>` of a `<budget>` of `municipality` (`position` in pipeline.yml).
    mutating func add(_ line: BudgetLine, position: Int?) {
        guard let position else {
            if let index = mergedLine[line.municipality] {
                lines[index].mergedRows += 1
            } else {
                mergedLine[line.municipality] = lines.count
                lines.append(line)
            }
            return
        }
        if line.year == year {
            budgetYearRows += 1
        } else if countOnly(year: line.year, position: position) {
            return
        }
        lines.append(line)
    }

    /// The years whose rows `StrayYearRows` would warn about one by one: fewer than the
    /// budget year's (of pipeline.yml's municipalities, in this file).
    var strayYears: Set<Int> {
        guard budgetYearRows > 0 else { return [] }
        return Set(allCountedRows.filter { $0.value < budgetYearRows }.keys)
    }

    /// All counted rows.
    var countedTotal: Int { countedRows.values.reduce(0, +) + pending.rows }

    /// The counted rows by year, the pending ones included.
    private var allCountedRows: [Int: Int] {
        guard pending.rows > 0 else { return countedRows }
        var rows = countedRows
        rows[pending.year, default: 0] += pending.rows
        return rows
    }
}
