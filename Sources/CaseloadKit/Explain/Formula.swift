/// A formula with its numbers filled in, kept as parts so that each renderer writes the
/// numbers in its own style (Danish for people, machine style in JSON).
public struct Formula: Sendable {
    /// A piece of a formula.
    public enum Part: Sendable {
        /// Operators and column names, the same in every language.
        case text(String)
        /// Words, in the renderer's language.
        case words(Message)
        /// A number written with this many decimals (rounded half away from zero).
        case number(Exact, decimals: Int)
        /// A computed value, written exactly (or to 12 decimals and `…` if it has no end).
        case exact(Exact)
    }

    /// The parts, in order.
    public let parts: [Part]

    /// Creates a formula from parts.
    public init(_ parts: [Part]) { self.parts = parts }

    /// The formula as text in a number style, its words in `language`.
    public func rendered(_ format: NumberFormat, language: Language = .en) -> String {
        parts.map { part in
            switch part {
            case .text(let text): return text
            case .words(let words): return words.text(language)
            case .number(let value, let decimals): return format.string(value, decimals: decimals)
            case .exact(let value): return ExactDecimal.text(value, format)
            }
        }.joined()
    }
}
