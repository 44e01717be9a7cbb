/// The whole country's caseload of a generated case file, per benefit and day: what a
/// national source (Jobindsats's `Hele landet`) would count from the same case periods. Kept
/// as a difference array per benefit (one add per case row, whatever its length), so the
/// generator stays one pass with flat memory.
struct CountryCaseload {
    /// The ordinal of the first day counted (1 January of the first prior year).
    let first: Int
    /// The ordinal of the last day counted (31 December of the budget year).
    let last: Int
    /// Per benefit: the change of Σ omfang (in percent) from the day before, per day from `first`.
    private var change: [[Int]]

    /// An empty count over `first`…`last` for `benefits` benefits.
    init(first: Int, last: Int, benefits: Int) {
        self.first = first
        self.last = last
        change = [[Int]](repeating: [Int](repeating: 0, count: last - first + 2), count: benefits)
    }

    /// Adds a case of `benefit` from `from` to `to` (ordinals, inclusive) at `percent` omfang;
    /// the days outside `first`…`last` are left out.
    mutating func add(benefit: Int, from: Int, to: Int, percent: Int) {
        let start = max(from, first)
        let stop = min(to, last)
        guard stop >= start else { return }
        change[benefit][start - first] += percent
        change[benefit][stop + 1 - first] -= percent
    }

    /// Σ omfang (in percent) × days of a benefit per month from `first` on: element 0 is
    /// January of the first year.
    func monthlyPercentDays(benefit: Int) -> [Int] {
        var months: [Int] = []
        var level = 0
        var day = first
        while day <= last {
            let (year, month, _) = Day(ordinal: day).components
            let end = Period.month(month, of: year).last.ordinal
            var sum = 0
            while day <= end {
                level += change[benefit][day - first]
                sum += level
                day += 1
            }
            months.append(sum)
        }
        return months
    }
}
