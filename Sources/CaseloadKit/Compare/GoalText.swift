/// The plain Danish that says how a goal of the plan stands: used by the Markdown report and
/// by the goal flags, so every report says it in the same words.
public enum GoalText {
    /// The paragraph for a goal: what it is, what the budget assumes against it, the prior
    /// years, and whether the actuals are on track.
    public static func paragraph(_ check: GoalCheck, report: ReconciliationReport) -> String {
        let goal = check.goal
        let target = goal.target.exact
        let whom = check.municipalities.count > 1 ? "\(DanishText.list(check.municipalities)) tilsammen" : check.municipalities.joined()
        var sentences: [String] = []
        sentences.append("Målet er \(goal.direction.label) \(DanishText.persons(target)) helårspersoner på \(DanishText.list(check.benefitNames)) i \(goal.year) for \(whom).")
        let verdict: String
        if check.budgetDifference.isZero {
            verdict = "præcis som målet"
        } else {
            verdict = "\(difference(check.budgetDifference)) end målet: budgettet \(check.budgetMeetsGoal ? "holder sig inden for målet" : "når ikke målet")"
        }
        sentences.append("Det vedtagne budget svarer til \(budgetFigure(check)), \(verdict).")
        let known = check.prior.compactMap { year, value in value.map { (year: year, text: DanishText.persons($0.exact)) } }
        if !known.isEmpty {
            let listed = known.enumerated().map { $0.offset == 0 ? "\($0.element.text) helårspersoner i \($0.element.year)" : "\($0.element.text) i \($0.element.year)" }
            sentences.append("Faktisk var der \(DanishText.list(listed)).")
        }
        let period = DanishText.period(year: report.year, through: report.actualsThrough)
        if let actual = check.actual, let onTrack = check.actualOnTrack {
            let gap = actual.exact - target
            let how = gap.isZero ? "præcis som målet" : "\(difference(gap)) end målet"
            sentences.append("Faktisk \(period) er der \(DanishText.persons(actual.exact)) helårspersoner, \(how): \(onTrack ? "på vej mod målet" : "ikke på vej mod målet").")
        } else if !check.actualMissing.isEmpty {
            sentences.append("Faktiske tal \(period) mangler for \(DanishText.list(check.actualMissing)), så det kan endnu ikke siges, om udviklingen er på vej mod målet.")
        } else {
            sentences.append("Der er endnu ingen faktiske tal \(period), så det kan ikke siges, om udviklingen er på vej mod målet.")
        }
        return sentences.joined(separator: " ")
    }

    /// `704 helårspersoner (Vallensbæk 200 + Ishøj 504)`, or without the parts for one municipality.
    public static func budgetFigure(_ check: GoalCheck) -> String {
        var text = "\(DanishText.persons(check.budget.exact)) helårspersoner"
        if check.parts.count > 1 {
            text += " (" + check.parts.map { "\($0.kommune) \(DanishText.persons($0.helaarspersoner.exact))" }.joined(separator: " + ") + ")"
        }
        return text
    }

    /// `14 flere` or `3 færre`.
    public static func difference(_ value: Exact) -> String {
        "\(DanishText.persons(value < .zero ? .zero - value : value)) \(value < .zero ? "færre" : "flere")"
    }
}
