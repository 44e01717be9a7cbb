/// A budget amount for one municipality, year and benefit, as read from a budget file.
public struct BudgetLine: Sendable {
    /// The municipality as the file names it.
    public let municipality: String
    /// The budget year.
    public let year: Int
    /// The benefit.
    public let benefit: BenefitID
    /// The amount.
    public let amount: Kroner
    /// Before or after reimbursement.
    public let grundlag: Grundlag
    /// Where it was read (for a budget by account, the first account's amount).
    public let origin: SourceLocation
    /// For a budget given by account: the account rows it is the sum of, in file order.
    public var accounts: [BudgetAccount] = []
    /// The original or the corrected budget.
    public var version: BudgetVersion = .oprindeligt
    /// Further rows this line stands for, only counted: the budget XML reader keeps one line
    /// per name of a municipality not in pipeline.yml (such rows are only ignored), the first.
    public var mergedRows = 0

    /// The number of input rows this line stands for.
    public var rowCount: Int { max(1, accounts.count) + mergedRows }

    /// The original budget of 0 kr. that a corrected budget without an original stands
    /// beside (a benefit added during the year): the same key, grundlag and place.
    static func zeroOriginal(_ corrected: BudgetLine) -> BudgetLine {
        BudgetLine(municipality: corrected.municipality, year: corrected.year, benefit: corrected.benefit, amount: .zero,
                   grundlag: corrected.grundlag, origin: corrected.origin)
    }
}

/// One row of a budget given by account (`konto`), and the catalog function it was summed under.
public struct BudgetAccount: Sendable {
    /// The account as written, e.g. `5.57.73.007`.
    public let account: AccountFunction
    /// The catalog function it matched (the most specific one).
    public let function: AccountFunction
    /// The amount of the row.
    public let amount: Kroner
    /// Where the row's amount was read.
    public let origin: SourceLocation
}

/// Which municipalities a rate applies to.
public enum RateScope: Hashable, Sendable {
    /// One municipality, by match key.
    case municipality(MatchKey)
    /// `*`: every municipality without a row of its own.
    case everyMunicipality
}

/// A rate (kr. per helårsperson) as read from a rate table.
public struct RateLine: Sendable {
    /// The municipality as the file names it (`*` for all).
    public let municipality: String
    /// Whom it applies to.
    public let scope: RateScope
    /// The year.
    public let year: Int
    /// The benefit.
    public let benefit: BenefitID
    /// Gross or net: a budget is only divided by a rate of the same grundlag.
    public let grundlag: Grundlag
    /// Kroner per helårsperson, above 0.
    public let rate: Kroner
    /// Where it was read.
    public let origin: SourceLocation
}

/// Actual helårspersoner as aggregated elsewhere (e.g. Jobindsats): a year, or one month.
public struct ActualLine: Sendable {
    /// The municipality as the file names it.
    public let municipality: String
    /// The year.
    public let year: Int
    /// The benefit.
    public let benefit: BenefitID
    /// 1–12 for a month's average; `nil` for the whole year.
    public let month: Int?
    /// Full-time persons, 0 or more.
    public let helaarspersoner: Helaarspersoner
    /// Where it was read.
    public let origin: SourceLocation
    /// The Jobindsats table of a row read from a response; nil for other sources.
    public var jobindsatsTable: String? = nil
    /// The rows of several Jobindsats tables that this line is the sum of
    /// (`JobindsatsTableSum`); empty for a line read as it is.
    public var summedFrom: [SourceLocation] = []

    /// Every row the line was read from: `summedFrom`, else `origin`.
    public var places: [SourceLocation] { summedFrom.isEmpty ? [origin] : summedFrom }
}

/// One person-level case period.
///
/// The case id is not kept: it may be a CPR number, and nothing downstream needs it.
public struct CasePeriod: Sendable {
    /// The municipality as the file names it.
    public let municipality: String
    /// The benefit.
    public let benefit: BenefitID
    /// First day, included.
    public let from: Day
    /// Last day, included; `nil` while the case is open.
    public let to: Day?
    /// Share of a full benefit.
    public let omfang: Omfang
    /// Where it was read.
    public let origin: SourceLocation
}
