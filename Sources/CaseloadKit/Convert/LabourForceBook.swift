/// The labour force by area and year (peers.md): our municipalities, the peers and the
/// country, for the years of the run. Rows of other areas and years are counted as ignored,
/// rows without a value (`..`) too; an area and year given twice is an error naming both.
public struct LabourForceBook: Sendable {
    struct Key: Hashable {
        let area: Int
        let year: Int
    }

    /// One area's labour force in one year, and where it was read.
    public struct Entry: Sendable {
        /// Persons.
        public let persons: Exact
        /// Where the value was read.
        public let origin: SourceLocation
    }

    private let entries: [Key: Entry]

    /// The labour force of the area at `position` of the index the book was built with.
    public func entry(area position: Int, year: Int) -> Entry? {
        entries[Key(area: position, year: year)]
    }

    /// Builds the book; `areas` holds our municipalities, the peers and the country.
    public static func build(_ lines: [LabourForceLine], areas: MunicipalityIndex, years: Set<Int>,
                             diagnostics: DiagnosticEngine, ledger: InputLedger) -> LabourForceBook {
        var entries: [Key: Entry] = [:]
        for line in lines {
            guard let position = ledger.position(of: line.area, year: line.year, at: line.origin, in: areas, years: years) else { continue }
            let key = Key(area: position, year: line.year)
            if let first = entries[key] {
                diagnostics.error(.labourForceTwice(areas.municipalities[position].name, year: line.year, first: first.origin.wholeLine),
                                  at: line.origin)
                ledger.rejected(line.origin.file)
                continue
            }
            guard let persons = line.persons else {
                ledger.ignored(line.origin.file, reason: Message.reasonNoValue.en)
                continue
            }
            entries[key] = Entry(persons: persons, origin: line.origin)
            ledger.used(line.origin.file)
        }
        return LabourForceBook(entries: entries)
    }
}
