/// The Danish words of the budget follow-up (Budgetopfølgning) in bilag1.md, rapport.html and
/// afstemning.xlsx: the heading, the lead, the sentence on each unit's total, the back-test
/// lines and the variance with merforbrug or mindreforbrug spelled out. Written once here so
/// the three renderers cannot word them differently.
public enum ForecastText {
    /// The months' Danish names, January first.
    static let monthNames = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
                             "september", "oktober", "november", "december"]
    /// The months' short names for charts and column titles: `jan.`, `feb.`, …
    static let monthAbbreviations = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]

    /// `Budgetopfølgning pr. 30.9.2017`.
    public static func heading(cutoff: Day) -> String { "Budgetopfølgning pr. \(DanishText.date(cutoff))" }

    /// The paragraph under the heading: which months, which method, against which budget.
    public static func lead(_ forecast: ForecastReport) -> String {
        let settings = forecast.settings
        guard forecast.months > 0 else {
            return "Ingen hel måned af \(forecast.year) før \(DanishText.date(forecast.cutoff)) tæller med, så der er ingen prognose."
        }
        var text = "Prognosen for hele \(forecast.year) bygger på helårspersonerne i \(months(forecast.months)) \(forecast.year)"
        if settings.skipLatestMonths > 0 {
            text += " (de seneste \(settings.skipLatestMonths) måneder før \(DanishText.date(forecast.cutoff)) er udeladt)"
        }
        text += " og metoden \(settings.method.rawValue): \(describe(settings))."
        text += " Forventet mer- eller mindreforbrug er prognosen i kr. (ved budgettets takst) minus budgettet"
        if forecast.rows.contains(where: { $0.budgetCorrected != nil }) { text += ", det korrigerede hvor der er et" }
        return text + ". Tallene er afrundet; de eksakte værdier står i prognose.csv og prognose-test.csv."
    }

    /// `januar`, `januar–september`.
    static func months(_ count: Int) -> String {
        count == 1 ? monthNames[0] : "\(monthNames[0])–\(monthNames[min(count, 12) - 1])"
    }

    /// `jan.`, `jan.–sep.`: the months so far in a column title.
    static func monthSpan(_ count: Int) -> String {
        count == 1 ? monthAbbreviations[0] : "\(monthAbbreviations[0])–\(monthAbbreviations[min(count, 12) - 1])"
    }

    /// What the method does, in a few words.
    static func describe(_ settings: ForecastSettings) -> String {
        switch settings.method {
        case .runRate:
            return "niveauet til dato fortsætter resten af året"
        case .latest:
            let months = settings.latestMonths == 1 ? "den seneste måned" : "de seneste \(settings.latestMonths) måneder"
            return "niveauet i \(months) fortsætter resten af året"
        case .seasonal:
            let years = settings.seasonalYears == 1 ? "det seneste år" : "de seneste \(settings.seasonalYears) år"
            return "året til dato forholder sig til hele året som i \(years) med alle 12 måneder"
        }
    }

    /// A variance in whole kroner with its direction spelled out: `76.371 merforbrug`,
    /// `76.371 mindreforbrug`, or `0` when it rounds to nothing.
    public static func variance(_ value: Exact) -> String {
        // Rounding half away from zero is symmetric: |value| rounded is the rounded value's size.
        let kroner = DanishText.kroner(value.absolute)
        guard kroner != "0" else { return "0" }
        return value.isNegative ? "\(kroner) mindreforbrug" : "\(kroner) merforbrug"
    }

    /// An amount for a sentence, without sign: `3,4 mio. kr.` from a million kroner up (one
    /// decimal), else whole kroner, `76.371 kr.`.
    public static func amount(_ value: Exact) -> String {
        let magnitude = value.absolute
        guard Exact(units: magnitude.roundedUnits(decimals: 0), scale: 0) < Exact(1_000_000) else {
            return NumberFormat.danish.string(magnitude / Exact(1_000_000), decimals: 1) + " mio. kr."
        }
        return DanishText.kroner(magnitude) + " kr."
    }

    /// The sentence on a unit's total over its rows: `Forventet merforbrug 3,4 mio. kr. på 12
    /// ydelser.`, `… på 13 af 15 ydelser (1 uden prognose, 1 uden takst).`, `Intet forventet
    /// mer- eller mindreforbrug på 2 ydelser.`, or `Ingen prognose for nogen af de 15 ydelser.`
    public static func sentence(_ rows: [ForecastRow]) -> String {
        sentence(rows, varianceTotal: Exact.sum(rows.compactMap(\.varianceKroner)))
    }

    /// The sentence on `rows`, whose expected variances in kroner sum to `total` (nil when no
    /// row has one): a table passes its `I alt` figure instead of summing the rows again.
    static func sentence(_ rows: [ForecastRow], varianceTotal total: Exact?) -> String {
        guard let total else {
            return rows.count == 1 ? "Ingen prognose for ydelsen." : "Ingen prognose for nogen af de \(rows.count) ydelser."
        }
        let made = rows.count { $0.varianceKroner != nil }
        var scope = made == rows.count ? "på \(benefits(made))" : "på \(made) af \(benefits(rows.count))"
        let without = rows.count { $0.forecast == nil }
        let unrated = rows.count { $0.forecast != nil && $0.varianceKroner == nil }
        let reasons = (without > 0 ? ["\(without) uden prognose"] : []) + (unrated > 0 ? ["\(unrated) uden takst"] : [])
        if !reasons.isEmpty { scope += " (" + reasons.joined(separator: ", ") + ")" }
        if Exact(units: total.roundedUnits(decimals: 0), scale: 0).isZero { return "Intet forventet mer- eller mindreforbrug \(scope)." }
        return "Forventet \(total.isNegative ? "mindreforbrug" : "merforbrug") \(amount(total)) \(scope)."
    }

    /// `1 ydelse`, `12 ydelser`.
    static func benefits(_ count: Int) -> String { count == 1 ? "1 ydelse" : "\(count) ydelser" }

    /// How far off `method` would have been in the earlier years, from the back-test's rows of
    /// one municipality: the mean of |fejl_pct| over the rows that have one, one decimal.
    /// `seasonal ville i 2015 og 2016 have ramt 2,1 % ved siden af i gennemsnit over 30 prognoser.`
    /// For the jobcenter (`ofJobcenter`), a method that cannot be checked says that too few
    /// earlier years have all 12 months in every municipality.
    public static func backTest(_ method: ForecastMethod, _ tests: [ForecastTest], ofJobcenter: Bool = false) -> String {
        // By index: the rows' fields are read in place, not each row copied.
        var percents: [Exact] = []
        var checked: Set<Int> = []
        for index in tests.indices where tests[index].method == method {
            guard let percent = tests[index].errorPercent else { continue }
            percents.append(percent.absolute)
            checked.insert(tests[index].year)
        }
        guard let sum = Exact.sum(percents) else {
            let years = ofJobcenter ? "tidligere år, hvor alle kommunerne har alle 12 måneder" : "tidligere år med alle 12 måneder"
            return "\(method.rawValue) kan ikke efterprøves: der er for få \(years)."
        }
        let years = checked.sorted().map(String.init)
        let mean = NumberFormat.danish.string(sum / Exact(percents.count), decimals: 1)
        let average = percents.count == 1 ? "" : " i gennemsnit over \(percents.count) prognoser"
        return "\(method.rawValue) ville i \(DanishText.list(years)) have ramt \(mean) % ved siden af\(average)."
    }

    /// The heading over the back-test lines.
    public static let backTestHeading = "Metoderne efterprøvet på tidligere år"
}
