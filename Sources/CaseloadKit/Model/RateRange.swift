/// The range a benefit's rate (kr. per helårsperson) can sensibly lie in, from the catalog:
/// a rate outside it is flagged, because it usually means a unit error (1.000 kr. read as
/// kr., a monthly rate read as a yearly one, gross and net mixed).
public struct RateRange: Hashable, Sendable {
    /// The lowest sensible rate, if the catalog gives one.
    public let minimum: Kroner?
    /// The highest sensible rate, if the catalog gives one.
    public let maximum: Kroner?

    /// Creates a range; either end may be open.
    public init(minimum: Kroner?, maximum: Kroner?) {
        self.minimum = minimum
        self.maximum = maximum
    }
}
