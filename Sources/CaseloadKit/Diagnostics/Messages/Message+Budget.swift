/// The catalogue's messages about budgets, rates, actuals and goals once read: repeated
/// keys, missing budgets or rates, and names that look misspelt.
extension Message {
    /// The same account twice in a budget by account.
    static func accountTwice(_ account: String, municipality: String, year: Int, first: SourceLocation) -> Message {
        Message(en: "konto \"\(account)\" appears twice for \(municipality), \(year); the first is at \(first.rendered(.en))",
                da: "konto \"\(account)\" står to gange for \(municipality), \(year); den første står i \(first.rendered(.da))")
    }

    /// Accounts whose sum leaves the range of amounts.
    static func accountSumTooLarge(municipality: String, year: Int, benefit: String) -> Message {
        Message(en: "the sum of the accounts for \(municipality), \(year), \(benefit) goes beyond ±10.000.000.000.000 kr.",
                da: "summen af konti for \(municipality), \(year), \(benefit) går ud over ±10.000.000.000.000 kr.")
    }

    /// A second budget line for one municipality, year and benefit.
    static func secondBudget(municipality: String, year: Int, benefit: String, first: SourceLocation) -> Message {
        Message(en: "a second budget for \(municipality), \(year), \(benefit); the first is at \(first.rendered(.en))",
                da: "endnu et budget for \(municipality), \(year), \(benefit); det første står i \(first.rendered(.da))")
    }

    /// A negative budget (a warning); `amount` in Danish style.
    static func negativeBudget(_ amount: String) -> Message {
        Message(en: "the budget is negative (\(amount) kr.); used as given, as corrections can be",
                da: "budgettet er negativt (\(amount) kr.); det bruges som angivet, da rettelser kan være negative")
    }

    /// A note: the check for missing budgets waits for the budget files' errors.
    static func noBudgetLinesYet(_ names: String) -> Message {
        Message(en: "no budget lines were found for \(names); that is checked again once the errors in the budget files are fixed",
                da: "der blev ikke fundet budgetlinjer for \(names); det tjekkes igen, når fejlene i budgetfilerne er rettet")
    }

    /// A municipality without a budget in the budget year; `otherYears` are the years the files do hold for it.
    static func noBudget(municipality: String, year: Int, files: String, otherYears: [Int]) -> Message {
        let years = otherYears.map(String.init).joined(separator: ", ")
        return Message(
            en: "no budget for \(municipality) in \(year) in the budget files read (\(files))"
                + (otherYears.isEmpty ? "" : "; they hold \(municipality)'s budget for \(years) only")
                + "; add the budget file, or check the kommune and år in it",
            da: "intet budget for \(municipality) i \(year) i de læste budgetfiler (\(files))"
                + (otherYears.isEmpty ? "" : "; de indeholder kun budget for \(municipality) for \(years)")
                + "; tilføj budgetfilen, eller tjek kommune og år i den")
    }

    /// A second rate for one municipality (`nil`: the `*` rows), year, benefit and grundlag.
    static func secondRate(grundlag: String, municipality: String?, year: Int, benefit: String, first: SourceLocation) -> Message {
        let scope = municipality.map { Message(en: $0, da: $0) } ?? everyMunicipality
        return Message(en: "a second \(grundlag) rate for \(scope.en), \(year), \(benefit); the first is at \(first.rendered(.en))",
                       da: "endnu en \(grundlag)takst for \(scope.da), \(year), \(benefit); den første står i \(first.rendered(.da))")
    }

    /// A second yearly actuals row; `name` is `municipality, year, benefit`.
    static func secondYearlyActual(_ name: String, first: SourceLocation) -> Message {
        Message(en: "a second yearly row for \(name); the first is at \(first.rendered(.en))",
                da: "endnu en række for hele året for \(name); den første står i \(first.rendered(.da))")
    }

    /// Actuals given both yearly and monthly.
    static func yearlyAndMonthly(_ name: String, yearlyAt: SourceLocation) -> Message {
        Message(en: "\(name) is given both as a yearly row (\(yearlyAt.rendered(.en))) and as monthly rows; use one or the other",
                da: "\(name) er angivet både som en række for hele året (\(yearlyAt.rendered(.da))) og som månedsrækker; brug det ene eller det andet")
    }

    /// A second row for one month.
    static func secondMonthlyActual(_ name: String, month: Int, first: SourceLocation) -> Message {
        Message(en: "a second row for \(name), month \(month); the first is at \(first.rendered(.en))",
                da: "endnu en række for \(name), måned \(month); den første står i \(first.rendered(.da))")
    }

    /// Actuals of one key from both aggregated rows and case periods.
    static func actualsFromBothSources(municipality: String, year: Int, benefit: String, caseRow: SourceLocation) -> Message {
        Message(en: "actuals for \(municipality), \(year), \(benefit) come both from aggregated rows and from case periods (\(caseRow.rendered(.en))); use one source",
                da: "de faktiske tal for \(municipality), \(year), \(benefit) kommer både fra aggregerede rækker og fra sagsperioder (\(caseRow.rendered(.da))); brug én kilde")
    }

    /// A note: the rate checks wait for the rate tables' errors.
    static var rateChecksSkipped: Message {
        Message(en: "the checks that every budget has a rate were skipped because of the errors in the rate tables; they run once those are fixed",
                da: "tjekket af, at hvert budget har en takst, er sprunget over på grund af fejlene i taksttabellerne; det køres, når de er rettet")
    }

    /// A budget without a rate.
    static func noRate(grundlag: String, municipality: String, year: Int, benefit: String) -> Message {
        Message(en: "no \(grundlag) rate for \(municipality), \(year), \(benefit): add a row to the rate table for \"\(municipality)\" or \"*\"",
                da: "ingen \(grundlag)takst for \(municipality), \(year), \(benefit): tilføj en række i taksttabellen for \"\(municipality)\" eller \"*\"")
    }

    /// Rows of a municipality not in pipeline.yml that is close to one that is (a warning).
    static func municipalityDidYouMean(_ shown: String, rows: Int, near: String) -> Message {
        Message(en: "municipality \"\(shown)\" is not in pipeline.yml, so its \(rows) row\(rows == 1 ? " is" : "s are") ignored; did you mean \"\(near)\"?",
                da: "kommunen \"\(shown)\" står ikke i pipeline.yml, så dens \(dk(rows)) \(rows == 1 ? "række" : "rækker") ignoreres; mente du \"\(near)\"?")
    }

    /// A goal that names a benefit twice.
    static func goalBenefitTwice(_ label: String, benefit: String) -> Message {
        Message(en: "\(label) names \(benefit) twice", da: "\(label) nævner \(benefit) to gange")
    }

    /// A goal text with a line break.
    static func goalTextControl(_ label: String) -> Message {
        Message(en: "\(label) holds a line break or another control character; write the goal on one line",
                da: "\(label) indeholder et linjeskift eller et andet kontroltegn; skriv målet på én linje")
    }

    /// A goal direction that is neither højst nor mindst.
    static func goalDirection(_ label: String, _ text: String) -> Message {
        Message(en: "\(label) \"\(text)\" is neither højst nor mindst", da: "\(label) \"\(text)\" er hverken højst eller mindst")
    }
}
