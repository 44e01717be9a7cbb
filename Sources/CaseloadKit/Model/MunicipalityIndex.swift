/// Finds the municipality of pipeline.yml that a name in an input file means.
public struct MunicipalityIndex: Sendable {
    /// Municipalities in report order.
    public let municipalities: [Municipality]
    private let positions: [MatchKey: Int]

    /// Creates an index over pipeline.yml's municipalities.
    public init(_ municipalities: [Municipality]) {
        self.municipalities = municipalities
        var positions: [MatchKey: Int] = [:]
        for (index, municipality) in municipalities.enumerated() { positions[municipality.key] = index }
        self.positions = positions
    }

    /// The position in report order of the municipality a name means, if pipeline.yml has it.
    public func position(of name: String) -> Int? { positions[MatchKey(name)] }

    /// The position of a match key.
    public func position(of key: MatchKey) -> Int? { positions[key] }
}
