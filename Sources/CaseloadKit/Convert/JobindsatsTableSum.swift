/// How the figures of several Jobindsats tables of one benefit combine. The catalog's
/// `jobindsats` column may name several tables for a benefit, each counting a part of its
/// people (two ydelsesgrupper that the budget holds as one benefit, say), so their figures
/// are added up. For one municipality, benefit and year:
/// - rows of the same month (or of the whole year) from responses of different tables are one
///   figure, their sum, read from all of those rows;
/// - a month (or the year) that one of the tables with rows for the municipality, benefit and
///   year has no value for (no row, or `..`) is left out, with a warning: the sum would count
///   only part of the benefit, and a month without a value is missing, not 0 (sources.md);
/// - two rows of the same table for the same month stay apart (the second is the error it
///   always was), and a response beside a CSV file stays an error (sources.md), so rows of
///   a key that has CSV rows are left as they are.
public enum JobindsatsTableSum {
    /// A month (or the year, `month` nil) left out: the tables that have it, those that lack
    /// it, and its rows.
    public struct Partial {
        /// 1–12, or nil for the whole year.
        public let month: Int?
        /// The tables with a row for it.
        public let have: [String]
        /// The tables of the key without one.
        public let lack: [String]
        /// Its rows (not in the combined lines).
        public let rows: [ActualLine]
    }

    /// `rows` (one municipality, benefit and year) with the rows of different tables summed,
    /// and the months left out.
    public static func combine(_ rows: [ActualLine]) -> (lines: [ActualLine], partial: [Partial]) {
        guard rows.allSatisfy({ $0.jobindsatsTable != nil }) else { return (rows, []) }
        let tables = ordered(rows.compactMap(\.jobindsatsTable))
        guard tables.count > 1 else { return (rows, []) }
        var groups: [Int?: [ActualLine]] = [:]
        var order: [Int?] = []
        for row in rows {
            if groups[row.month] == nil { order.append(row.month) }
            groups[row.month, default: []].append(row)
        }
        var lines: [ActualLine] = []
        var partial: [Partial] = []
        for month in order {
            let group = groups[month] ?? []
            let have = ordered(group.compactMap(\.jobindsatsTable))
            guard have.count == group.count else {
                lines += group  // a table twice: the duplicate is reported as such
                continue
            }
            guard have.count == tables.count, let first = group.first else {
                partial.append(Partial(month: month, have: have, lack: tables.filter { !have.contains($0) }, rows: group))
                continue
            }
            var sum = ActualLine(municipality: first.municipality, year: first.year, benefit: first.benefit, month: month,
                                 helaarspersoner: Helaarspersoner(Exact.sum(group.map(\.helaarspersoner.exact)) ?? .zero),
                                 origin: first.origin)
            sum.jobindsatsTable = first.jobindsatsTable
            sum.summedFrom = group.map(\.origin)
            lines.append(sum)
        }
        return (lines, partial)
    }

    /// Every line of `lines` with the rows of different tables summed per municipality (as
    /// `municipalities` knows it), benefit and year; months left out are dropped. Lines of
    /// other municipalities are kept as they are.
    public static func combineAll(_ lines: [ActualLine], municipalities: MunicipalityIndex) -> [ActualLine] {
        guard lines.contains(where: { $0.jobindsatsTable != nil }) else { return lines }
        struct Key: Hashable { let municipality: Int; let benefit: BenefitID; let year: Int }
        var groups: [Key: [ActualLine]] = [:]
        var order: [Key] = []
        var others: [ActualLine] = []
        for line in lines {
            guard let position = municipalities.position(of: line.municipality) else {
                others.append(line)
                continue
            }
            let key = Key(municipality: position, benefit: line.benefit, year: line.year)
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(line)
        }
        return order.flatMap { combine(groups[$0] ?? []).lines } + others
    }

    /// The distinct table ids of `ids`, in the order first seen.
    private static func ordered(_ ids: [String]) -> [String] {
        var seen: Set<String> = []
        return ids.filter { seen.insert($0.lowercased()).inserted }
    }
}
