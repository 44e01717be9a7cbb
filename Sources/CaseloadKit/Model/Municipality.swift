/// A municipality (kommune) as pipeline.yml names it.
///
/// Names in input files match it ignoring case and surrounding white space; outputs
/// always use pipeline.yml's spelling.
public struct Municipality: Hashable, Sendable, CustomStringConvertible {
    /// The name as written in pipeline.yml, e.g. `Vallensbæk`.
    public let name: String
    /// The key names are matched on.
    public let key: MatchKey

    /// Creates a municipality from its name in pipeline.yml.
    public init(_ name: String) {
        self.name = name.trimmingWhitespace()
        self.key = MatchKey(name)
    }

    public var description: String { name }
}

extension Municipality {
    /// The whole country, as Statistikbanken and Jobindsats name it (`Hele landet`): compared
    /// with from its own row only, never a sum of municipalities (peers.md).
    public static let country = Municipality("Hele landet")
}
