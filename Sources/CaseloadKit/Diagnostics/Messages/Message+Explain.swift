/// The catalogue's messages of `caseload explain`: names that match no row, and the words
/// that say where each figure came from.
extension Message {
    /// A municipality `explain` does not know.
    static func explainUnknownMunicipality(_ name: String, suggestion: String?, known: [String]) -> Message {
        let list = known.map { "\"\($0)\"" }.joined(separator: ", ")
        return Message(en: "unknown municipality \"\(name)\"" + (suggestion.map { "; did you mean \"\($0)\"?" } ?? "") + " (known: \(list))",
                       da: "ukendt kommune \"\(name)\"" + (suggestion.map { "; mente du \"\($0)\"?" } ?? "") + " (kendte: \(list))")
    }

    /// A municipality and benefit without a row.
    static func explainNoRow(_ name: String, benefit: String, year: Int) -> Message {
        Message(en: "\(name) has no row for \(benefit) in \(year): there is no budget and there are no actuals for it",
                da: "\(name) har ingen række for \(benefit) i \(year): der er hverken budget eller faktiske tal for den")
    }

    /// An account row behind a budget.
    static func explainAccountSource(_ account: String, function: String) -> Message {
        Message(en: "konto \(account), under function \(function) in the catalog", da: "konto \(account), under funktion \(function) i kataloget")
    }

    /// A budget summed from account rows.
    static func explainSummedFromAccounts(_ count: Int, benefit: String) -> Message {
        Message(en: "summed from \(count) account row\(s(count)) mapped to \(benefit) by the catalog's functions",
                da: "summen af \(dk(count)) \(count == 1 ? "kontorække" : "kontorækker"), som katalogets funktioner knytter til \(benefit)")
    }

    /// A budget read from one line.
    static func explainBudgetAsRead(year: Int, grundlag: String) -> Message {
        Message(en: "the budget \(year) (\(grundlag)) as read", da: "budgettet for \(year) (\(grundlag)) som læst")
    }

    /// A row without a budget line.
    static func explainNoBudgetRow(_ kommune: String, year: Int) -> Message {
        Message(en: "no budget row for \(kommune), \(year): 0; the row is here because of its actuals",
                da: "ingen budgetrække for \(kommune), \(year): 0; rækken er med på grund af de faktiske tal")
    }

    /// The rate came from the `*` row.
    static func explainRateStarRow(_ kommune: String, benefit: String, year: Int, grundlag: String) -> Message {
        Message(en: "the * row: \(kommune) has no row of its own for \(benefit), \(year), \(grundlag)",
                da: "*-rækken: \(kommune) har ingen egen række for \(benefit), \(year), \(grundlag)")
    }

    /// The rate came from the municipality's own row.
    static func explainRateOwnRow(_ kommune: String, benefit: String, year: Int, grundlag: String) -> Message {
        Message(en: "\(kommune)'s own row for \(benefit), \(year), \(grundlag)",
                da: "\(kommune) har sin egen række for \(benefit), \(year), \(grundlag)")
    }

    /// A row without a rate.
    static func explainNoRate(grundlag: String, kommune: String, year: Int) -> Message {
        Message(en: "no \(grundlag) rate for \(kommune), \(year); allowed only with a budget of 0",
                da: "ingen \(grundlag)takst for \(kommune), \(year); kun tilladt med et budget på 0")
    }

    /// helårspersoner_budget of a budget of 0 without a rate.
    static var explainZeroBudgetNoRate: Message { Message(en: "0: a budget of 0 without a rate", da: "0: et budget på 0 uden takst") }

    /// The budget year up to the cut-off, as a period.
    static func explainPeriodUpTo(year: Int, cutoff: String) -> Message {
        Message(en: "\(year) up to \(cutoff)", da: "\(year) til og med \(cutoff)")
    }

    /// A whole year, as a period.
    static func explainWholeYear(_ year: Int) -> Message {
        Message(en: "\(year)", da: "hele \(year)")
    }

    /// A variance computed from unrounded values.
    static var explainFromUnrounded: Message { Message(en: "from the unrounded values", da: "beregnet af de uafrundede værdier") }

    /// No actuals for a period.
    static func explainNoActuals(_ period: Message) -> Message {
        Message(en: "no actuals for \(period.en)", da: "ingen faktiske tal for \(period.da)")
    }

    /// A variance in kroner without a rate.
    static var explainNoRateShort: Message { Message(en: "no rate", da: "ingen takst") }

    /// A yearly actuals row.
    static var explainYearlyRow: Message { Message(en: "yearly row", da: "række for hele året") }

    /// Aggregated actuals read as they are.
    static func explainAggregated(_ period: Message) -> Message {
        Message(en: "aggregated actuals for \(period.en), as read", da: "aggregerede faktiske tal for \(period.da) som læst")
    }

    /// A monthly actuals row.
    static func explainMonth(_ month: Int) -> Message { Message(en: "month \(month)", da: "måned \(month)") }

    /// Monthly actuals averaged.
    static func explainMonthlyMean(_ count: Int, period: Message) -> Message {
        Message(en: "the mean of \(count) monthly row\(s(count)) for \(period.en), each weighted by its days",
                da: "gennemsnittet af \(dk(count)) \(count == 1 ? "månedsrække" : "månedsrækker") for \(period.da), hver vægtet med sine dage")
    }

    /// The formula of monthly actuals, up to its first value.
    static var explainMonthlyFormula: Message {
        Message(en: "Σ(month × days) / Σ days = (", da: "Σ(måned × dage) / Σ dage = (")
    }

    /// The formula of actuals from case periods, up to its first value.
    static func explainCaseFormula(_ period: String) -> Message {
        Message(en: "Σ(days inside \(period) × omfang) / days = ", da: "Σ(dage inden for \(period) × omfang) / dage = ")
    }

    /// Actuals from case periods.
    static func explainCaseRows(_ rows: Int, files: Int, period: Message) -> Message {
        Message(en: "\(rows) case row\(s(rows)) in \(files) file\(s(files)) for \(period.en)",
                da: "\(dk(rows)) \(rows == 1 ? "sagsrække" : "sagsrækker") i \(dk(files)) \(files == 1 ? "fil" : "filer") for \(period.da)")
    }

    /// A source's count of case rows.
    static func explainCaseRowCount(_ rows: Int) -> Message {
        Message(en: "\(rows) case row\(s(rows))", da: "\(dk(rows)) \(rows == 1 ? "sagsrække" : "sagsrækker")")
    }

    /// The jobcenter has no rate.
    static var explainJobcenterNoRate: Message {
        Message(en: "no rate for the jobcenter: its figures are sums of the municipalities' figures",
                da: "ingen takst for jobcentret: dets tal er summer af kommunernes tal")
    }

    /// No municipality has the figure.
    static var explainNoMunicipalityHasOne: Message { Message(en: "no municipality has one", da: "ingen kommune har tallet") }

    /// A jobcenter figure summed over every municipality.
    static var explainSumOfExact: Message {
        Message(en: "the sum of the municipalities' exact values", da: "summen af kommunernes eksakte værdier")
    }

    /// A jobcenter figure summed over some municipalities.
    static func explainSumOfSome(missing: String) -> Message {
        Message(en: "the sum of the municipalities that have one (not \(missing))",
                da: "summen for de kommuner, der har tallet (ikke \(missing))")
    }

    /// The text of an empty figure.
    static var explainEmpty: Message { Message(en: "empty", da: "tom") }

    /// The label of a source line.
    static var explainFrom: Message { Message(en: "from", da: "fra") }

    /// The label of a figure's note.
    static var explainWhy: Message { Message(en: "why", da: "hvorfor") }

    /// The label of a formula.
    static var explainFormula: Message { Message(en: "formula", da: "formel") }

    /// The label of the rounding.
    static var explainRounding: Message { Message(en: "rounding", da: "afrunding") }

    /// The flags heading, with `none` when there are none.
    static func explainFlags(none: Bool) -> Message {
        none ? Message(en: "flags: none", da: "flag: ingen") : Message(en: "flags:", da: "flag:")
    }

    /// A value already exact at the decimals written.
    static func explainExact(decimals: Int) -> Message {
        Message(en: "exact at \(decimals) decimals", da: "eksakt med \(decimals) decimaler")
    }

    /// A value rounded for afstemning.csv.
    static func explainRounded(_ value: String, decimals: Int) -> Message {
        Message(en: "\(value) rounded half away from zero to \(decimals) decimals",
                da: "\(value) afrundet til \(decimals) decimaler (5 rundes væk fra nul)")
    }

    /// How bilag1.md shows the value.
    static func explainBilag1Shows(_ shown: String) -> Message {
        Message(en: "; bilag1.md shows \(shown)", da: "; bilag1.md viser \(shown)")
    }
}

/// The catalogue's words of `explain`'s comparison with the peers and the country (peers.md).
extension Message {
    /// The heading of the comparison section.
    static var explainComparison: Message {
        Message(en: "comparison (helårspersoner per 100 in the labour force; sammenligning.csv):",
                da: "sammenligning (helårspersoner pr. 100 i arbejdsstyrken; sammenligning.csv):")
    }

    /// One year's comparison in a line: our share, each peer's, the median and the difference
    /// in helårspersoner. Figures come in Danish style; `nil` is an unknown share.
    static func explainComparisonHeadline(kommune: String, benefit: String, year: Int, share: String?,
                                          peers: [(kommune: String, share: String?)], median: String?,
                                          persons: Exact?) -> Message {
        func list(_ unknown: String) -> String {
            peers.map { "\($0.kommune) \($0.share ?? unknown)" }.joined(separator: ", ")
        }
        let head = "\(kommune) \(benefit) \(year): "
        let en = head + "\(share ?? "unknown") per 100 in the labour force" + (peers.isEmpty ? "" : ", " + list("unknown"))
        let da = head + "\(share ?? "ukendt") pr. 100 i arbejdsstyrken" + (peers.isEmpty ? "" : ", " + list("ukendt"))
        guard let median else {
            return Message(en: en + ": no median (no peer has a share)",
                           da: da + ": ingen median (ingen sammenlignelig kommune har en andel)")
        }
        guard let persons else {
            return Message(en: en + ": median \(median); no difference without our labour force",
                           da: da + ": median \(median); ingen forskel uden vores arbejdsstyrke")
        }
        let count = DanishText.wholePersons(persons)
        let fewer = persons < .zero
        return Message(en: en + ": median \(median); \(count) \(fewer ? "fewer" : "more") helårspersoner than at the median's level",
                       da: da + ": median \(median); \(count) \(fewer ? "færre" : "flere") helårspersoner end på medianens niveau")
    }
}
