/// The schema of `sammenligning.csv` (peers.md) and its writer: one row per municipality (ours,
/// then the peers, then `Hele landet`), benefit (catalog order) and year (ascending) with
/// helårspersoner, in the style of afstemning.csv. Shares are helårspersoner per 100 in the
/// labour force, four decimals; the labour force is whole persons.
public enum SammenligningCSV {
    /// The columns in file order.
    public static let schema = ResultSchema<ComparisonRow>([
        .text("kommune") { $0.kommune },
        .text("rolle") { $0.role.rawValue },
        .text("ydelse_id") { $0.benefit.id.rawValue },
        .text("ydelse") { $0.benefit.name },
        .number("aar", .count) { Exact($0.year) },
        .number("helaarspersoner", .helaarspersoner) { $0.helaarspersoner },
        .number("arbejdsstyrke", .count) { $0.labourForce },
        .number("pct_af_arbejdsstyrken", .share) { $0.share },
        .number("median_sammenlignelige", .share) { $0.median },
        .number("forskel_procentpoint", .share) { $0.differencePoints },
        .number("forskel_helaarspersoner", .helaarspersoner) { $0.differencePersons },
    ])

    /// The file.
    public static func render(_ comparison: PeerComparison) -> String {
        schema.csv(comparison.rows)
    }
}
