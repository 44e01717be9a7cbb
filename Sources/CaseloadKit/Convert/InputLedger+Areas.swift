extension InputLedger {
    /// The position in `areas` of a line's municipality `name` when the line is of one of
    /// `years`; nil for a line of another municipality or year, counted as ignored with that
    /// reason (another municipality first). The books' one filter of the lines read.
    func position(of name: String, year: Int, at origin: SourceLocation, in areas: MunicipalityIndex, years: Set<Int>) -> Int? {
        guard let position = areas.position(of: name) else {
            ignoredMunicipality(at: origin, name: name)
            return nil
        }
        guard years.contains(year) else {
            ignored(origin.file, reason: Message.reasonAnotherYear.en)
            return nil
        }
        return position
    }
}
