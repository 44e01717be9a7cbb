/// Whose row of the comparison (peers.md) it is; the raw value is sammenligning.csv's `rolle`.
public enum ComparisonRole: String, Sendable, CaseIterable {
    /// One of our municipalities (pipeline.yml's `municipalities`).
    case egen
    /// A comparable municipality (pipeline.yml's `peers`).
    case sammenlignelig
    /// The whole country, from its own row.
    case heleLandet = "hele_landet"
}
