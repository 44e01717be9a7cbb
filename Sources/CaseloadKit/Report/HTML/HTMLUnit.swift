/// One municipality's or the jobcenter's page of the HTML report, as the parts of the page
/// see it: its Bilag 1 table, its place in the report (for ids unique in the document), and
/// the report for anything else a part needs.
struct HTMLUnit {
    /// 1 for the first municipality, and so on; the jobcenter comes last.
    let number: Int
    /// The unit's Bilag 1 table.
    let table: Bilag1Table
    /// The whole report.
    let report: ReconciliationReport

    /// The id of the unit's section, e.g. `enhed-1`.
    var sectionID: String { "enhed-\(number)" }
}
