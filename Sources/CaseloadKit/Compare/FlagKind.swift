/// What a flag is about. The raw value is the `art` column of `flag.csv`; the order of the
/// cases is the order flags of one row are listed in.
public enum FlagKind: String, Sendable, CaseIterable, Codable {
    /// The rate is far from the same benefit's rate in the other municipalities.
    case takstAfviger = "takst_afviger"
    /// The rate lies outside the catalog's range for the benefit.
    case takstUdenForInterval = "takst_uden_for_interval"
    /// The budget's helårspersoner change much from the latest prior year's actuals.
    case storAendring = "stor_aendring"
    /// Actual helårspersoner, but a budget of 0.
    case faktiskUdenBudget = "faktisk_uden_budget"
    /// A budget, but 0 actual helårspersoner.
    case budgetUdenFaktisk = "budget_uden_faktisk"
    /// Actuals of the budget year above the budget.
    case merforbrug
    /// Our helårspersoner as a share of the labour force far above the comparable
    /// municipalities' median (peers.md).
    case overSammenlignelige = "over_sammenlignelige"
    /// The budget does not meet a goal of the plan (Bilag 2).
    case maalBudget = "maal_budget"
    /// The actuals of the goal's year are not on track for it.
    case maalFaktisk = "maal_faktisk"

    /// The Danish label used in reports.
    public var label: String {
        switch self {
        case .takstAfviger: return "Takst afviger fra de andre kommuners"
        case .takstUdenForInterval: return "Takst uden for katalogets interval"
        case .storAendring: return "Stor ændring fra tidligere år"
        case .faktiskUdenBudget: return "Faktiske helårspersoner uden budget"
        case .budgetUdenFaktisk: return "Budget uden faktiske helårspersoner"
        case .merforbrug: return "Merforbrug"
        case .overSammenlignelige: return "Over sammenlignelige kommuner"
        case .maalBudget: return "Budgettet når ikke målet"
        case .maalFaktisk: return "Faktisk ikke på vej mod målet"
        }
    }
}
