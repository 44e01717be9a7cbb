/// The tally cells of a `CaseChunk` (see there for what each holds) as buffer pointers, for
/// the per-row path: adding a row to them costs no uniqueness check of an array and, in a
/// release build, no bounds check. Valid only inside `CaseChunk.withTallyCells`, which
/// holds the arrays they point into.
struct TallyCells {
    let weightedDays: UnsafeMutableBufferPointer<Int128>
    let rows: UnsafeMutableBufferPointer<Int>
    let firstLine: UnsafeMutableBufferPointer<Int>
    let lastLine: UnsafeMutableBufferPointer<Int>
    let monthPartial: UnsafeMutableBufferPointer<Int128>
    let monthFull: UnsafeMutableBufferPointer<Int128>
    let monthRows: UnsafeMutableBufferPointer<Int>
}
