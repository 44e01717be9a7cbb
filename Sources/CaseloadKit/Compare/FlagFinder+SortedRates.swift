extension FlagFinder {
    /// One group's rates in ascending order, and where each municipality's stand: the median
    /// of the other municipalities' rates is then read off by position for every row, with no
    /// sort and no copy per row.
    struct SortedRates {
        /// The rates, ascending.
        let values: [Exact]
        /// The positions in `values` of each municipality's rates, ascending.
        let positions: [String: [Int]]

        /// The rates of `entries` (a group's, in row order).
        init(_ entries: [(kommune: String, rate: Exact)]) {
            let sorted = entries.sorted { $0.rate < $1.rate }
            values = sorted.map(\.rate)
            var positions: [String: [Int]] = [:]
            for (index, entry) in sorted.enumerated() { positions[entry.kommune, default: []].append(index) }
            self.positions = positions
        }

        /// The median of the rates of every municipality but `kommune`; `nil` if there are none.
        func median(without kommune: String) -> Exact? {
            let removed = positions[kommune] ?? []
            let count = values.count - removed.count
            guard count > 0 else { return nil }
            // The k-th of the remaining rates, in order.
            func element(_ k: Int) -> Exact {
                var index = k
                for position in removed where position <= index { index += 1 }
                return values[index]
            }
            return count % 2 == 1 ? element(count / 2) : (element(count / 2 - 1) + element(count / 2)) / Exact(2)
        }
    }
}
