/// One thread's caches of names already resolved, kept for the whole file.
struct CaseWorker {
    var municipalityKeys = ByteKeyCache()
    /// By cache id: the position in pipeline.yml (-1 if not named there) and the name.
    var municipalityPosition: [Int] = []
    var municipalityName: [String] = []
    var benefitKeys = ByteKeyCache()
    /// By cache id: the catalog position (-1 if unknown) and the error for an unknown name.
    var benefitPosition: [Int] = []
    var benefitProblem: [Message?] = []
    /// The fields of the record at hand.
    var fields = FieldBuffer()
    /// Rows of a municipality not in pipeline.yml in the chunk at hand, by cache id: how
    /// many, the first one's line, and the ids in the order first seen.
    var unknownCounts: [Int] = []
    var unknownFirstLine: [Int] = []
    var unknownOrder: [Int] = []
    /// Room to unescape a quoted cell with `""` in it.
    var scratch = ScratchBytes()
    /// What the range at hand gave (kept from range to range, so no round allocates its tally).
    var chunk: CaseChunk

    /// A worker with a tally for the cells of `context`.
    init(_ context: CaseReadContext) { chunk = CaseChunk(context) }
}
