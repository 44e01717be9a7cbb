/// The catalogue's words of `caseload explain` for a row's year-end forecast (forecast.md):
/// the months that count, the method and why, and which budget the variance is against.
extension Message {
    /// The heading of the forecast part: the cut-off and the months that count.
    static func explainForecastHeading(cutoff: String, months: Int, year: Int, skipped: Int) -> Message {
        let counted = months == 0
            ? Message(en: "no month of \(year) counts", da: "ingen måned i \(year) tæller med")
            : Message(en: "months 1–\(months) of \(year) count", da: "måned 1–\(months) i \(year) tæller med")
        return Message(en: "forecast at the cut-off \(cutoff): \(counted.en) (k = \(months); forecast.skip_latest_months \(skipped))",
                       da: "prognose pr. cutoff \(cutoff): \(counted.da) (k = \(months); forecast.skip_latest_months \(skipped))")
    }

    /// The method used and the one pipeline.yml names; `used` nil without a forecast.
    static func explainForecastMethod(used: String?, configured: String) -> Message {
        Message(en: "method: \(used ?? "none") (forecast.method: \(configured))",
                da: "metode: \(used ?? "ingen") (forecast.method: \(configured))")
    }

    /// The label of the months used.
    static var explainForecastMonthsUsed: Message { Message(en: "months used:", da: "måneder brugt:") }

    /// A month's days.
    static func explainDays(_ days: Int) -> Message { Message(en: "\(days) days", da: "\(days) dage") }

    /// No forecast, and why.
    static func explainForecastNone(_ why: Message) -> Message {
        Message(en: "no forecast: \(why.en)", da: "ingen prognose: \(why.da)")
    }

    /// `run_rate` as configured.
    static var explainForecastRunRate: Message {
        Message(en: "forecast.method is run_rate: the level of the year so far continues",
                da: "forecast.method er run_rate: niveauet for året til dato fortsætter")
    }

    /// `latest` as configured: the level of the latest `n` months continues.
    static func explainForecastLatest(_ n: Int, setting: Int, months: Int) -> Message {
        let capped = setting > months
        return Message(en: "forecast.method is latest: the level of the latest \(n) month\(s(n)) continues for the rest of the year (forecast.latest_months \(setting)"
                           + (capped ? ", more than the \(months) months that count)" : ")"),
                       da: "forecast.method er latest: niveauet for de seneste \(n) \(n == 1 ? "måned" : "måneder") fortsætter resten af året (forecast.latest_months \(setting)"
                           + (capped ? ", flere end de \(months) måneder, der tæller med)" : ")"))
    }

    /// `seasonal` as configured, compared with the earlier years `history`.
    static func explainForecastSeasonal(history: String, setting: Int, year: Int) -> Message {
        Message(en: "forecast.method is seasonal: the year so far relates to the whole year as it did in \(history) (forecast.seasonal_years \(setting): the latest years before \(year) with all 12 months)",
                da: "forecast.method er seasonal: året til dato forholder sig til hele året som i \(history) (forecast.seasonal_years \(setting): de seneste år før \(year) med alle 12 måneder)")
    }

    /// The configured method could not be used.
    static func explainForecastFallback(configured: String, _ why: Message) -> Message {
        Message(en: "forecast.method is \(configured), but \(why.en)", da: "forecast.method er \(configured), men \(why.da)")
    }

    /// What helaarspersoner_til_dato is.
    static func explainForecastSoFar(months: Int, year: Int) -> Message {
        Message(en: "months 1–\(months) of \(year), each weighted by its days", da: "måned 1–\(months) i \(year), hver vægtet med sine dage")
    }

    /// The corrected budget, read from one line.
    static func explainCorrectedBudgetAsRead(year: Int, grundlag: String) -> Message {
        Message(en: "the corrected budget \(year) (\(grundlag)) as read", da: "det korrigerede budget for \(year) (\(grundlag)) som læst")
    }

    /// A row without a corrected budget.
    static var explainNoCorrectedBudget: Message {
        Message(en: "no corrected budget: the expected variance is against the original budget (budget_kr)",
                da: "intet korrigeret budget: den forventede afvigelse er i forhold til det oprindelige budget (budget_kr)")
    }

    /// The budget an expected variance is against.
    static func explainVarianceAgainst(corrected: Bool) -> Message {
        corrected
            ? Message(en: "against the corrected budget; positive: merforbrug, negative: mindreforbrug",
                      da: "i forhold til det korrigerede budget; positiv: merforbrug, negativ: mindreforbrug")
            : Message(en: "against the original budget (the row has no corrected budget); positive: merforbrug, negative: mindreforbrug",
                      da: "i forhold til det oprindelige budget (rækken har intet korrigeret budget); positiv: merforbrug, negativ: mindreforbrug")
    }

    /// The jobcenter's forecast.
    static var explainForecastOfTotal: Message {
        Message(en: "the jobcenter's forecast is the sum of the municipalities' forecasts",
                da: "jobcentrets prognose er summen af kommunernes prognoser")
    }

    /// A figure of the forecast without a rate.
    static var explainForecastNoRate: Message {
        Message(en: "no rate: the forecast cannot be priced", da: "ingen takst: prognosen kan ikke prissættes")
    }
}
