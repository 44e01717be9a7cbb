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
    /// The calendar months of the periods, for the monthly tally.
    let months: CaseMonths
    /// How a counted row is kept to find overlaps between the first and last day of the periods.
    let probe: OverlapProbe
    /// `nil` in the first reading, which keeps an `OverlapProbe` of each counted row; in the
    /// second, the keys whose rows are fetched whole.
    let collect: Set<UInt64>?
    /// How many errors a chunk keeps.
    let limit: Int

    var benefitCount: Int { catalog.benefits.count }
    var periodCount: Int { periodFirst.count }
    /// Tally cells: municipality × benefit × period.
    var cellCount: Int { municipalities.municipalities.count * benefitCount * periodCount }
    /// Month cells per municipality × benefit: one per month segment, and one more that the
    /// differences of a row's last month run into.
    var monthStride: Int { months.segments.count + 1 }

    /// The tally cell of a municipality position, catalog position and period index.
    @inline(__always)
    func cell(municipality: Int, benefit: Int, period: Int) -> Int {
        (municipality * benefitCount + benefit) * periodCount + period
    }

    /// The first month cell of a municipality position and catalog position.
    @inline(__always)
    func monthCell(municipality: Int, benefit: Int) -> Int {
        (municipality * benefitCount + benefit) * monthStride
    }
}
