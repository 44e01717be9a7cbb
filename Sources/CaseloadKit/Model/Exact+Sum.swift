extension Exact {
    /// Sum of a sequence of values; `nil` when the sequence is empty.
    ///
    /// The terms are added over the least common denominator so far and the sum is reduced
    /// once at the end (`ExactSum`): the same value as adding them one by one, without a gcd
    /// of two large numbers per term (a column of helårspersoner over 98 rates has a
    /// denominator of thousands of bits).
    public static func sum<S: Sequence>(_ values: S) -> Exact? where S.Element == Exact {
        var iterator = values.makeIterator()
        guard let first = iterator.next() else { return nil }
        guard let second = iterator.next() else { return first }
        var sum = ExactSum(first)
        sum.add(second)
        while let value = iterator.next() { sum.add(value) }
        return sum.total
    }
}
