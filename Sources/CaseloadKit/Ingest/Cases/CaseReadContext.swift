/// What every range of one case file is read with: the file's encoding and header, the
/// catalog, pipeline.yml's municipalities and the tally's periods. Shared by the threads.
struct CaseReadContext: Sendable {
    let encoding: TextEncoding
    let delimiter: UInt8
    let style: NumberStyle
    /// `,` (da) or `.` (international).
    var decimalSign: UInt8 { style == .da ? 0x2C : 0x2E }
    /// The number of header fields.
    let width: Int
    /// The field index of each column.
    let sagsid: Int, kommune: Int, ydelse: Int, fra: Int, til: Int, omfang: Int
    let catalog: Catalog
    let municipalities: MunicipalityIndex
    /// First and last day (ordinals) of each period of the tally.
    let periodFirst: [Int]
    let periodLast: [Int]
    /// How many errors a chunk keeps.
    let limit: Int

    var benefitCount: Int { catalog.benefits.count }
    var periodCount: Int { periodFirst.count }
    /// Tally cells: municipality × benefit × period.
    var cellCount: Int { municipalities.municipalities.count * benefitCount * periodCount }

    /// The tally cell of a municipality position, catalog position and period index.
    @inline(__always)
    func cell(municipality: Int, benefit: Int, period: Int) -> Int {
        (municipality * benefitCount + benefit) * periodCount + period
    }
}

/// One thread's caches of names already resolved, kept for the whole file.
struct CaseWorker {
    var municipalityKeys = ByteKeyCache()
    /// By cache id: the position in pipeline.yml (-1 if not named there) and the name.
    var municipalityPosition: [Int] = []
    var municipalityName: [String] = []
    var benefitKeys = ByteKeyCache()
    /// By cache id: the catalog position (-1 if unknown) and the error for an unknown name.
    var benefitPosition: [Int] = []
    var benefitProblem: [String] = []
    /// The fields of the record at hand.
    var fields = FieldBuffer()
    /// Rows of a municipality not in pipeline.yml in the chunk at hand, by cache id: how
    /// many, the first one's line, and the ids in the order first seen.
    var unknownCounts: [Int] = []
    var unknownFirstLine: [Int] = []
    var unknownOrder: [Int] = []
    /// Room to unescape a quoted cell with `""` in it.
    var scratch = ScratchBytes()
}

/// A growable byte buffer for one thread's scratch work.
final class ScratchBytes {
    private(set) var pointer: UnsafeMutablePointer<UInt8>
    private var capacity = 256

    init() { pointer = .allocate(capacity: 256) }
    deinit { pointer.deallocate() }

    /// The buffer, with room for at least `count` bytes (its contents are not kept).
    func reserve(_ count: Int) -> UnsafeMutablePointer<UInt8> {
        if count > capacity {
            pointer.deallocate()
            capacity = max(count, capacity * 2)
            pointer = .allocate(capacity: capacity)
        }
        return pointer
    }
}
