/// What a run keeps, across its case files, to find case periods of the same sagsid,
/// municipality and benefit that overlap: an 8-byte probe per counted row and the files read.
/// The case ids themselves are not kept (see `OverlapProbe`).
public struct CaseOverlaps: Sendable {
    /// A case file as it was read: which encoding it turned out to be in.
    struct Source: Sendable {
        let file: InputFile
        let encoding: TextEncoding
    }

    var probes = OverlapProbes()
    var files: [Source] = []

    /// No overlaps looked for yet.
    public init() {}
}
