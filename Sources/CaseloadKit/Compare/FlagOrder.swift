/// The order every report and flag.csv list flags in: by their size in kroner
/// (|`differenceKroner`|, flag.csv's |forskel_kr|), largest first, so the ones worth acting on
/// come first; flags without a size in kroner after them. Flags of the same size keep the order
/// they were found in: municipality (report order, then the goals' groups), benefit (catalog
/// order), kind.
public enum FlagOrder {
    /// `flags`, largest first, stably.
    public static func bySize(_ flags: [ReportFlag]) -> [ReportFlag] {
        func size(_ flag: ReportFlag) -> Exact? { flag.differenceKroner.map { $0 < .zero ? .zero - $0 : $0 } }
        return flags.enumerated().sorted { first, second in
            switch (size(first.element), size(second.element)) {
            case let (a?, b?) where a != b: return b < a
            case (_?, nil): return true
            case (nil, _?): return false
            default: return first.offset < second.offset
            }
        }.map(\.element)
    }
}
