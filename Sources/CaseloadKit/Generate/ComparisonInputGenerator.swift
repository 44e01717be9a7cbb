import Foundation

/// The inputs a generated data set needs for a comparison (peers.md): the whole country's
/// monthly helårspersoner as aggregated actuals rows (what Jobindsats reports for `Hele
/// landet`, here counted from the generated case periods of all 98 municipalities), and a
/// Statistikbanken labour-force table (sources.md) of every municipality and the country for
/// the prior years and the budget year.
enum ComparisonInputGenerator {
    /// `kommune;år;måned;ydelse;helårspersoner` rows of `Hele landet`: per benefit and month of
    /// the prior years and the budget year, Σ omfang × days / days of the month, four decimals
    /// (Danish style). Monthly, so a cut-off leaves out the months after it, as for our own.
    static func countryRows(_ options: DataSetOptions, country: CountryCaseload) -> String {
        var text = "kommune;år;måned;ydelse;helårspersoner\n"
        let months = (options.firstYear...options.year).flatMap { year in (1...12).map { (year, $0) } }
        for (index, entry) in GeneratedCatalog.entries.enumerated() {
            let name = GeneratedCatalog.quoted(entry.name)
            for ((year, month), percentDays) in zip(months, country.monthlyPercentDays(benefit: index)) {
                let days = Period.month(month, of: year).dayCount
                let value = NumberFormat.danish.string(Exact(percentDays) / Exact(100 * days), decimals: 4)
                text += "Hele landet;\(year);\(month);\(name);\(value)\n"
            }
        }
        return text
    }

    /// The labour force as saved from Statistikbanken: byte order mark, `;`, CRLF, the
    /// dimensions `OMRÅDE`, `ALDER` (`16-64 år`) and `KØN` (`I alt`), yearly `TID`. Each
    /// municipality's labour force is five times its share (by size) of the country's
    /// helårspersoner in the budget year, ± 15 % (so the comparison has something to show),
    /// varying ± 1,5 % from year to year; the country's row is the sum of the municipalities'.
    static func labourForce(_ options: DataSetOptions, sizes: [Int], personDays: [Int], random: inout SplitMix64) -> String {
        let yearDays = Int128(Period.year(options.year).dayCount)
        let total = Int128(personDays.reduce(0, +))
        let totalSize = Int128(sizes.reduce(0, +))
        let years = Array(options.firstYear...options.year)
        // helårspersoner × 5 = person-days × 100 / (100 × days) × 5.
        var rows: [[Int]] = []
        for size in sizes {
            let factor = Int128(850 + random.below(301))
            let base = total * Int128(size) * factor / (20 * yearDays * max(totalSize, 1) * 1000)
            rows.append(years.map { _ in max(1, Int(base * Int128(985 + random.below(31)) / 1000)) })
        }
        var text = "\u{FEFF}OMRÅDE;ALDER;KØN;TID;INDHOLD\r\n"
        for (offset, year) in years.enumerated() {
            text += "Hele landet;16-64 år;I alt;\(year);\(rows.reduce(0) { $0 + $1[offset] })\r\n"
        }
        for (name, row) in zip(DanishMunicipalities.names, rows) {
            for (year, persons) in zip(years, row) {
                text += "\(name);16-64 år;I alt;\(year);\(persons)\r\n"
            }
        }
        return text
    }
}
