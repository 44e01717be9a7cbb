/// The years of budget rows that were counted rather than kept (a budget XML archive's rows
/// of other years than the budget year), per municipality of pipeline.yml: enough to name
/// them when a municipality has no budget for the budget year.
///
/// A bit per year from 1900 (the schema's first year), so its size does not grow with the
/// number of rows; a year before 1900 (never in a valid file) is kept in a set.
public struct CountedBudgetYears: Sendable {
    private var bits: [[UInt64]]
    private var early: [Set<Int>]
    private static let first = 1900

    /// No years yet, for `municipalities` municipalities (by position in pipeline.yml).
    public init(municipalities: Int) {
        bits = Array(repeating: [], count: municipalities)
        early = Array(repeating: [], count: municipalities)
    }

    /// Notes a row of `year` for the municipality at `position`.
    public mutating func insert(_ year: Int, position: Int) {
        guard bits.indices.contains(position) else { return }
        guard year >= Self.first else {
            early[position].insert(year)
            return
        }
        let (word, bit) = (year - Self.first).quotientAndRemainder(dividingBy: 64)
        if bits[position].count <= word { bits[position] += Array(repeating: 0, count: word + 1 - bits[position].count) }
        bits[position][word] |= 1 << UInt64(bit)
    }

    /// The years noted for the municipality at `position`, ascending.
    public func years(position: Int) -> [Int] {
        guard bits.indices.contains(position) else { return [] }
        var years = early[position].sorted()
        for (word, value) in bits[position].enumerated() where value != 0 {
            for bit in 0..<64 where value & (1 << UInt64(bit)) != 0 { years.append(Self.first + word * 64 + bit) }
        }
        return years
    }

    /// Adds the years of `other` (over the same municipalities).
    public mutating func formUnion(_ other: CountedBudgetYears) {
        for position in other.bits.indices where bits.indices.contains(position) {
            early[position].formUnion(other.early[position])
            if bits[position].count < other.bits[position].count {
                bits[position] += Array(repeating: 0, count: other.bits[position].count - bits[position].count)
            }
            for (word, value) in other.bits[position].enumerated() { bits[position][word] |= value }
        }
    }
}
