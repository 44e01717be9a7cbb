/// The benefit catalog a generated data set uses: the shipped catalog's 15 benefits, with a
/// typical rate (kr. per helårsperson) and share of the caseload for each.
enum GeneratedCatalog {
    struct Entry {
        let id: String
        let name: String
        let aliases: [String]
        /// Kroner per helårsperson (brutto), a national average.
        let rate: Int
        /// Relative share of case periods.
        let weight: Int
    }

    static let entries: [Entry] = [
        Entry(id: "a-dagpenge", name: "A-dagpenge", aliases: [], rate: 195_191, weight: 20),
        Entry(id: "forsikrede-i-loentilskud", name: "Forsikrede i løntilskud", aliases: [], rate: 255_540, weight: 2),
        Entry(id: "arbejdsmarkedsydelse", name: "Arbejdsmarkedsydelse", aliases: ["Midlertidig arbejdsmarkedsydelse"], rate: 217_366, weight: 2),
        Entry(id: "integrationsydelse", name: "Integrationsydelse", aliases: [], rate: 142_861, weight: 5),
        Entry(id: "kontantydelse", name: "Kontantydelse/særl. udd.ydelse", aliases: ["Kontantydelse"], rate: 112_527, weight: 1),
        Entry(id: "kontanthjaelp", name: "Kontanthjælp", aliases: ["Kontanthjælp/Særl. udd.ydelse"], rate: 154_800, weight: 15),
        Entry(id: "kontanthjaelp-i-loentilskud", name: "Kontanthj.modtagere i løntilskud", aliases: ["Kontanthjælpsmodtagere i løntilskud"], rate: 180_250, weight: 1),
        Entry(id: "uddannelseshjaelp", name: "Uddannelseshjælp", aliases: [], rate: 98_640, weight: 8),
        Entry(id: "revalidering", name: "Revalidering", aliases: [], rate: 210_330, weight: 1),
        Entry(id: "sygedagpenge", name: "Sygedagpenge", aliases: [], rate: 208_000, weight: 15),
        Entry(id: "ledighedsydelse", name: "Ledighedsydelse", aliases: [], rate: 190_470, weight: 3),
        Entry(id: "ressourceforloebsydelse", name: "Ressourceforløbsydelse", aliases: ["Ressourseforløbsydelse"], rate: 165_200, weight: 4),
        Entry(id: "jobafklaringsforloeb", name: "Jobafklaringsforløb", aliases: ["Ressourceforløbsydelse under jobafklaringsforløb"], rate: 190_110, weight: 4),
        Entry(id: "fleksjob-gammel-ordning", name: "Fleksjob, gl. ordning", aliases: ["Fleksjob før 2013"], rate: 132_900, weight: 6),
        Entry(id: "fleksjob-ny-ordning", name: "Fleksjob, ny ordning", aliases: ["Fleksjob fra 2013"], rate: 79_800, weight: 13),
    ]

    /// `ydelser.csv`: `id;navn;aliaser`, names with a `;` or `"` quoted.
    static var csv: String {
        var text = "id;navn;aliaser\n"
        for entry in entries {
            text += "\(entry.id);\(quoted(entry.name));\(quoted(entry.aliases.joined(separator: "|")))\n"
        }
        return text
    }

    /// A CSV cell, quoted when it holds the delimiter, a comma or a quote (as Excel does).
    static func quoted(_ cell: String) -> String {
        guard cell.contains(where: { $0 == ";" || $0 == "," || $0 == "\"" }) else { return cell }
        return "\"" + cell.replacing("\"", with: "\"\"") + "\""
    }
}
