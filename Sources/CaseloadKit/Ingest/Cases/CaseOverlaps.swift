/// What a run keeps, across its case files, to find case periods of the same sagsid,
/// municipality and benefit that overlap: an 8-byte probe per counted row and the files read.
/// The case ids themselves are not kept (see `OverlapProbe`). Probes past
/// `CaseReadTuning.probeMemory` are kept in `spill`, a temporary file.
public struct CaseOverlaps: Sendable {
    /// A case file as it was read: which encoding it turned out to be in.
    struct Source: Sendable {
        let file: InputFile
        let encoding: TextEncoding
    }

    var probes = OverlapProbes()
    var files: [Source] = []
    /// Where the probes of every reading of the run's case files go past the limit.
    let spill = OverlapSpill()

    /// No overlaps looked for yet.
    public init() {}
}
