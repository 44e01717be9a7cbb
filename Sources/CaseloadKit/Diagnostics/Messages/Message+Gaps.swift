/// The catalogue's messages about gaps in the inputs that change a figure: each says what
/// was assumed, so that no figure changes without a warning line. Also the run summary's
/// count of warnings and `run --strict`, which stops on them.
extension Message {
    /// A municipality with other budget rows has none for a benefit it has actuals for.
    static func budgetZeroAssumed(municipality: String, year: Int, benefit: String) -> Message {
        Message(
            en: "no budget row for \(municipality), \(year), \(benefit), though the budget for \(municipality) has other rows and there are actuals for \(benefit): budget 0 kr. assumed (add the row, with 0 if that is meant)",
            da: "ingen budgetrække for \(municipality), \(year), \(benefit), selv om budgettet for \(municipality) har andre rækker, og der er faktiske tal for \(benefit): budget 0 kr. antaget (tilføj rækken, med 0 hvis det er meningen)")
    }

    /// A municipality's budget lacks a benefit another municipality's budget has. `functions`
    /// are the benefit's chart-of-accounts functions when the budget is given by account.
    static func budgetRowMissing(municipality: String, benefit: String, other: String, otherPlace: SourceLocation,
                                 functions: [String]?) -> Message {
        let what: (en: String, da: String)
        let fix: (en: String, da: String)
        if let functions, !functions.isEmpty {
            let list = functions.joined(separator: ", ")
            what = ("no account under \(list) (\(benefit))", "ingen konto under \(list) (\(benefit))")
            fix = ("add an account under it", "tilføj en konto under den")
        } else {
            what = ("no row for \(benefit)", "ingen række for \(benefit)")
            fix = ("add the row", "tilføj rækken")
        }
        return Message(
            en: "the budget for \(municipality) has \(what.en), which the budget for \(other) has (\(otherPlace.rendered(.en))): \(municipality) gets no row for \(benefit), so the municipalities' rows differ (\(fix.en), with 0 if that is meant)",
            da: "budgettet for \(municipality) har \(what.da), som budgettet for \(other) har (\(otherPlace.rendered(.da))): \(municipality) får ingen række for \(benefit), så kommunerne har forskellige rækker (\(fix.da), med 0 hvis det er meningen)")
    }

    /// A row of another year in a file whose other rows are of the years the run uses.
    static func strayYearRow(year: Int, fileYears: [Int]) -> Message {
        let years = fileYears.map(String.init)
        return Message(
            en: "this row is for \(year), while the file's other rows are for \(list(years, and: "and")): it is ignored (if the year is a typing error, correct its år)",
            da: "rækken er for \(year), mens filens øvrige rækker er for \(list(years, and: "og")): den ignoreres (er året en tastefejl, så ret dens år)")
    }

    /// Months missing inside the months that count, so a figure covers fewer months.
    /// `name` is the figure's `municipality, year, benefit`; `expected` the range of months
    /// that count; `counted` the months that have rows.
    static func monthsMissing(_ name: String, missing: [Int], counted: [Int], expected: ClosedRange<Int>) -> Message {
        let months = counted.count
        let whole = expected == 1...12
        return Message(
            en: "\(name) has no row for \(monthList(missing, .en)): the figure is the mean of \(monthList(counted, .en)) (\(months) month\(months == 1 ? "" : "s")), not of \(whole ? "the whole year" : monthList(Array(expected), .en))",
            da: "\(name) har ingen række for \(monthList(missing, .da)): tallet er gennemsnittet af \(monthList(counted, .da)) (\(months) måned\(months == 1 ? "" : "er")), ikke af \(whole ? "hele året" : monthList(Array(expected), .da))")
    }

    /// A prior year of pipeline.yml for which no actuals were read.
    static func priorYearWithoutData(_ year: Int, files: [String]) -> Message {
        let shown = files.joined(separator: ", ")
        return Message(
            en: "prior year \(year) has no actuals in the files read (\(shown)): its column stays empty and gives no flags (add its actuals, or remove \(year) from prior_years)",
            da: "det tidligere år \(year) har ingen faktiske tal i de læste filer (\(shown)): kolonnen for \(year) er tom og giver ingen flag (tilføj årets faktiske tal, eller fjern \(year) fra prior_years)")
    }

    /// A prior year that is not before the budget year.
    static func priorYearNotBefore(_ year: Int, budgetYear: Int) -> Message {
        Message(
            en: "prior year \(year) is not before the budget year \(budgetYear); prior_years are earlier years whose actuals are set beside the budget",
            da: "det tidligere år \(year) ligger ikke før budgetåret \(budgetYear); prior_years er tidligere år, hvis faktiske tal stilles ved siden af budgettet")
    }

    /// A goal of the budget year without `kommune`: it is applied to all municipalities.
    static func goalWithoutScope(municipalities: [String], jobcenter: String?) -> Message {
        let names = municipalities.joined(separator: ", ")
        let choice: (en: String, da: String) = jobcenter.map {
            ("the jobcenter (\"\($0)\") or one municipality", "jobcentret (\"\($0)\") eller én kommune")
        } ?? ("one municipality (for several together, name a jobcenter in pipeline.yml and write its name)",
              "én kommune (for flere tilsammen: giv pipeline.yml et jobcenter, og skriv dets navn)")
        return Message(
            en: "this goal names no kommune, so it is checked for all municipalities of pipeline.yml together (\(names)); write whom it is for in a kommune column: \(choice.en)",
            da: "målet nævner ingen kommune, så det tjekkes for alle kommuner i pipeline.yml tilsammen (\(names)); skriv i en kommune-kolonne, hvem målet gælder: \(choice.da)")
    }

    /// A goal whose `kommune` is neither a municipality of pipeline.yml nor its jobcenter.
    static func goalScopeUnknown(_ name: String, municipalities: [String], jobcenter: String?) -> Message {
        let names = municipalities.joined(separator: ", ")
        return Message(
            en: "kommune \"\(name)\" of this goal is neither a municipality of pipeline.yml (\(names)) nor its jobcenter (\(jobcenter ?? "pipeline.yml names none")); a goal is checked only for whom pipeline.yml names",
            da: "kommune \"\(name)\" i dette mål er hverken en kommune i pipeline.yml (\(names)) eller dens jobcenter (\(jobcenter ?? "pipeline.yml nævner intet")); et mål tjekkes kun for dem, pipeline.yml nævner")
    }

    /// The run summary's closing line when there were warnings.
    public static func warningsListed(_ count: Int) -> Message {
        Message(
            en: "\(count) warning\(count == 1 ? "" : "s") (listed above): check what \(count == 1 ? "it says was" : "each says was") assumed; run --strict stops on warnings.",
            da: "\(dk(count)) \(count == 1 ? "advarsel" : "advarsler") (vist ovenfor): se, hvad \(count == 1 ? "den" : "hver af dem") siger er antaget; run --strict stopper ved advarsler.")
    }

    /// The run summary's closing line when `--strict` stopped a run on its warnings.
    public static func strictStopped(_ count: Int, output: String) -> Message {
        Message(
            en: "No results written: \(count) warning\(count == 1 ? "" : "s") (listed above) and --strict; \(output) is as it was.",
            da: "Ingen resultater skrevet: \(dk(count)) \(count == 1 ? "advarsel" : "advarsler") (vist ovenfor) og --strict; \(output) er som før.")
    }

    /// The dry run's line when `--strict` would stop the run on its warnings.
    public static func strictWouldStop(_ count: Int) -> Message {
        Message(
            en: "Would write nothing: \(count) warning\(count == 1 ? "" : "s") (listed above) and --strict.",
            da: "Ville ikke skrive noget: \(dk(count)) \(count == 1 ? "advarsel" : "advarsler") (vist ovenfor) og --strict.")
    }

    /// `A`, `A and B`, `A, B and C`.
    private static func list(_ items: [String], and word: String) -> String {
        guard let last = items.last else { return "" }
        return items.count == 1 ? last : items.dropLast().joined(separator: ", ") + " \(word) " + last
    }

    /// Months as names, runs of three or more as a range: `January–March and May`.
    static func monthList(_ months: [Int], _ language: Language) -> String {
        let names = language == .da
            ? ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"]
            : ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        func name(_ month: Int) -> String { names.indices.contains(month - 1) ? names[month - 1] : String(month) }
        var parts: [String] = []
        var index = 0
        let sorted = months.sorted()
        while index < sorted.count {
            var end = index
            while end + 1 < sorted.count, sorted[end + 1] == sorted[end] + 1 { end += 1 }
            if end - index >= 2 {
                parts.append("\(name(sorted[index]))–\(name(sorted[end]))")
            } else {
                parts += sorted[index...end].map(name)
            }
            index = end + 1
        }
        return list(parts, and: language == .da ? "og" : "and")
    }
}
