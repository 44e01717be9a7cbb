import Foundation

/// Writes `sager.csv`: case periods grouped by municipality (a national file is the
/// municipalities' exports one after another), in the formats.md columns.
struct CaseFileGenerator {
    let options: DataSetOptions
    /// Relative sizes of the municipalities.
    let sizes: [Int]

    static let omfang = ["0,5", "0,25", "0,75", "0,37", "0,8"].map { Array($0.utf8) }
    static let omfangPercent = [50, 25, 75, 37, 80]

    /// How many rows each municipality gets: proportional to its size, the remainder to the last.
    func rowCounts() -> [Int] {
        let total = sizes.reduce(0, +)
        var counts = sizes.map { options.rows * $0 / total }
        counts[counts.count - 1] += options.rows - counts.reduce(0, +)
        return counts
    }

    /// Writes the file; returns the person-days × 100 of the budget year per municipality and
    /// benefit (index `municipality * benefits + benefit`), so budgets can match the caseload,
    /// and the whole country's caseload per benefit and day of the prior and budget years.
    func write(random: inout SplitMix64, to url: URL) throws -> (personDays: [Int], country: CountryCaseload) {
        let out = try ByteWriter(url)
        out.write("sagsid;kommune;ydelse;fra;til;omfang\n")
        let entries = GeneratedCatalog.entries
        let weights = entries.map(\.weight)
        let totalWeight = weights.reduce(0, +)
        // Every spelling a benefit may take in a case file, as CSV cells (quoted if needed).
        let names = entries.map { Array(GeneratedCatalog.quoted($0.name).utf8) }
        let aliases = entries.map { $0.aliases.map { Array(GeneratedCatalog.quoted($0).utf8) } }
        let first = Day.firstDay(of: options.firstYear).ordinal - 400
        let last = Day.lastDay(of: options.year).ordinal
        let yearStart = Day.firstDay(of: options.year).ordinal
        var personDays = [Int](repeating: 0, count: DanishMunicipalities.names.count * entries.count)
        var country = CountryCaseload(first: Day.firstDay(of: options.firstYear).ordinal, last: last, benefits: entries.count)
        var row = 0
        for (index, count) in rowCounts().enumerated() {
            let municipality = Array(DanishMunicipalities.names[index].utf8)
            for _ in 0..<count {
                writeCaseID(row: row, to: out)
                row += 1
                // The four numbers the ids were once drawn from (random ids could repeat, and
                // repeated ids with overlapping days are counted once): drawn still, so every
                // other cell is what it was.
                for bound in [28, 12, 100, 10_000] { _ = random.below(bound) }
                out.write(byte: UInt8(ascii: ";"))
                out.write(bytes: municipality)
                out.write(byte: UInt8(ascii: ";"))
                var pick = random.below(totalWeight)
                var benefit = 0
                while pick >= weights[benefit] { pick -= weights[benefit]; benefit += 1 }
                if !aliases[benefit].isEmpty, random.percent(10) {
                    out.write(bytes: aliases[benefit][random.below(aliases[benefit].count)])
                } else {
                    out.write(bytes: names[benefit])
                }
                out.write(byte: UInt8(ascii: ";"))
                let from = first + random.below(last - first + 1)
                writeDay(from, to: out)
                out.write(byte: UInt8(ascii: ";"))
                let length: Int
                switch random.below(10) {
                case 0..<4: length = 1 + random.below(90)
                case 4..<8: length = 1 + random.below(365)
                default: length = 1 + random.below(1500)
                }
                let open = random.percent(10)
                if !open { writeDay(from + length - 1, to: out) }
                out.write(byte: UInt8(ascii: ";"))
                var percent = 100
                switch random.below(20) {
                case 0: out.write(byte: UInt8(ascii: "1"))
                case 1..<5:
                    let choice = random.below(CaseFileGenerator.omfang.count)
                    out.write(bytes: CaseFileGenerator.omfang[choice])
                    percent = CaseFileGenerator.omfangPercent[choice]
                default: break  // empty: a full benefit
                }
                let stop = open ? last : min(last, from + length - 1)
                let start = max(from, yearStart)
                if stop >= start { personDays[index * entries.count + benefit] += (stop - start + 1) * percent }
                country.add(benefit: benefit, from: from, to: stop, percent: percent)
                out.write("\n")
            }
        }
        try out.close()
        return (personDays, country)
    }

    /// A CPR-shaped synthetic sagsid, DDMMYY-NNNN, different for every row (up to 336 million
    /// rows): the row number times a prime coprime to their number, plus the seed, modulo it.
    private func writeCaseID(row: Int, to out: ByteWriter) {
        let ids: UInt64 = 28 * 12 * 100 * 10_000
        var value = Int((UInt64(row) % ids * 2_147_483_647 % ids + options.seed % ids) % ids)
        out.write(number: 1 + value % 28, width: 2)
        value /= 28
        out.write(number: 1 + value % 12, width: 2)
        value /= 12
        out.write(number: value % 100, width: 2)
        value /= 100
        out.write(byte: UInt8(ascii: "-"))
        out.write(number: value, width: 4)
    }

    private func writeDay(_ ordinal: Int, to out: ByteWriter) {
        let (year, month, day) = Day(ordinal: ordinal).components
        out.write(number: year, width: 4)
        out.write(byte: UInt8(ascii: "-"))
        out.write(number: month, width: 2)
        out.write(byte: UInt8(ascii: "-"))
        out.write(number: day, width: 2)
    }
}
