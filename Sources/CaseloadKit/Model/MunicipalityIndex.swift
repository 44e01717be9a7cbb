import Foundation

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

    /// The municipality of pipeline.yml that an unknown `name` is probably a misspelling of:
    /// one edit apart (ignoring case), or the same without Danish letters and accents
    /// (`Ishoj` or `Ishoej` for `Ishøj`). `nil` if none is that close.
    public func nearest(to name: String) -> Municipality? {
        let key = Array(MatchKey(name).value)
        let folded = Self.folds(name)
        return municipalities.first { municipality in
            editDistance(key, Array(municipality.key.value)) <= 1 || !folded.isDisjoint(with: Self.folds(municipality.name))
        }
    }

    /// A name without case, accents and Danish letters, in the two ways they are written
    /// in plain ASCII: `ø` as `o` or `oe`, `å` as `a` or `aa`, `æ` as `ae`.
    static func folds(_ name: String) -> Set<String> {
        let lower = MatchKey(name).value
        return [("o", "a"), ("oe", "aa")].reduce(into: Set<String>()) { result, spelling in
            var text = ""
            for character in lower {
                switch character {
                case "ø": text += spelling.0
                case "å": text += spelling.1
                case "æ": text += "ae"
                default: text.append(character)
                }
            }
            let stripped = text.decomposedStringWithCanonicalMapping.unicodeScalars
                .filter { $0.properties.generalCategory != .nonspacingMark }
            result.insert(String(String.UnicodeScalarView(stripped)))
        }
    }
}
