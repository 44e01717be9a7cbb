/// Checks the plan's goals against the reconciliation: does the budget assume more or fewer
/// helårspersoner than the goal, and are the actuals on track. A function of values.
public enum GoalChecker {
    /// The checks of the goals for the budget year, in file order. Goals of other years are
    /// counted as ignored. A goal names whom it is for in `kommune`: a municipality of
    /// pipeline.yml or its jobcenter (all of them together); any other name is an error, and
    /// a goal without one is checked for all municipalities together with a warning.
    public static func check(_ goals: [Goal], report: ReconciliationReport, municipalities: MunicipalityIndex,
                             catalog: Catalog, ledger: InputLedger, diagnostics: DiagnosticEngine) -> [GoalCheck] {
        goals.compactMap { goal in
            guard goal.year == report.year else {
                ledger.ignored(goal.origin.file, reason: Message.reasonAnotherYear.en)
                return nil
            }
            let covered: [String]
            if let name = goal.municipality {
                if let position = municipalities.position(of: name) {
                    covered = [municipalities.municipalities[position].name]
                } else if let jobcenter = report.jobcenter, MatchKey(name) == MatchKey(jobcenter) {
                    covered = report.municipalities
                } else {
                    diagnostics.error(.goalScopeUnknown(name, municipalities: report.municipalities, jobcenter: report.jobcenter),
                                      at: goal.origin.wholeLine)
                    ledger.rejected(goal.origin.file)
                    return nil
                }
            } else {
                diagnostics.warning(.goalWithoutScope(municipalities: report.municipalities, jobcenter: report.jobcenter),
                                    at: goal.origin.wholeLine)
                covered = report.municipalities
            }
            ledger.used(goal.origin.file)
            return check(goal, covering: covered, report: report, catalog: catalog)
        }
    }

    static func check(_ goal: Goal, covering covered: [String], report: ReconciliationReport, catalog: Catalog) -> GoalCheck {
        func rows(of kommune: String) -> [ReconciliationRow] {
            report.rows.filter { $0.kommune == kommune && goal.benefits.contains($0.benefit.id) }
        }
        let parts = covered.map { kommune in
            GoalCheck.Part(kommune: kommune, helaarspersoner: Helaarspersoner.sum(rows(of: kommune).map(\.helaarspersonerBudget)) ?? .zero)
        }
        // A municipality's figure for a year exists if any of its rows for the goal has one.
        func figure(of kommune: String, _ value: (ReconciliationRow) -> Helaarspersoner?) -> Helaarspersoner? {
            Helaarspersoner.sum(rows(of: kommune).compactMap(value))
        }
        let actuals = covered.map { figure(of: $0, \.helaarspersonerFaktisk) }
        let someActuals = actuals.contains { $0 != nil }
        let prior = report.priorYears.enumerated().map { index, year in
            let values = covered.map { figure(of: $0) { $0.helaarspersonerPrior[index] } }
            return (year: year, value: values.contains { $0 == nil } ? nil : Helaarspersoner.sum(values.compactMap { $0 }))
        }
        let scope = covered.count == report.municipalities.count && covered.count > 1
            ? report.jobcenter ?? DanishText.list(covered)
            : DanishText.list(covered)
        return GoalCheck(
            goal: goal, scope: scope, municipalities: covered, benefitNames: goal.benefits.map { catalog.name(of: $0) },
            parts: parts, budget: Helaarspersoner.sum(parts.map(\.helaarspersoner)) ?? .zero,
            budgetKroner: Exact.sum(covered.flatMap { rows(of: $0).map(\.budget.exact) }) ?? .zero,
            actual: someActuals && !actuals.contains { $0 == nil } ? Helaarspersoner.sum(actuals.compactMap { $0 }) : nil,
            actualMissing: someActuals ? zip(covered, actuals).filter { $0.1 == nil }.map(\.0) : [],
            prior: prior)
    }

    /// The flags of the checks: a budget that does not meet its goal, and actuals not on track;
    /// their size in kroner is the difference from the target at the budget's kroner per
    /// helårsperson.
    public static func flags(_ checks: [GoalCheck], report: ReconciliationReport) -> [ReportFlag] {
        checks.flatMap { check -> [ReportFlag] in
            var flags: [ReportFlag] = []
            let target = check.goal.target.exact
            let goalText = "målet om \(check.goal.direction.label) \(DanishText.persons(target)) i \(check.goal.year)"
            func flag(_ kind: FlagKind, value: Exact, _ explanation: String) {
                flags.append(ReportFlag(kommune: check.scope, benefits: check.goal.benefits, benefitNames: check.benefitNames,
                                  kind: kind, unit: .helaarspersoner, value: value, reference: target,
                                  deviationPercent: target.isZero ? nil : (value - target) / target * Exact(100),
                                  differenceKroner: check.budgetRate.map { (value - target) * $0 }, explanation: explanation))
            }
            if !check.budgetMeetsGoal {
                flag(.maalBudget, value: check.budget.exact,
                     "Budgettet svarer til \(GoalText.budgetFigure(check)), \(GoalText.difference(check.budgetDifference)) end \(goalText).")
            }
            if let actual = check.actual, check.actualOnTrack == false {
                flag(.maalFaktisk, value: actual.exact,
                     "Faktisk \(DanishText.persons(actual.exact)) helårspersoner \(DanishText.period(year: report.year, through: report.actualsThrough)), \(GoalText.difference(actual.exact - target)) end \(goalText).")
            }
            return flags
        }
    }
}
