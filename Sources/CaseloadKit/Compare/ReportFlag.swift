/// A figure that finance staff should look at, with the figures behind it and one line of
/// Danish that says why. Flags are found in the compare stage (`FlagFinder`, `GoalChecker`)
/// and every renderer shows them from the report.
public struct ReportFlag: Sendable, Equatable {
    /// The unit of `value` and `reference`.
    public enum Unit: String, Sendable, Equatable {
        /// Kroner per helårsperson (a rate).
        case krPrHelaarsperson = "kr_pr_helaarsperson"
        /// Helårspersoner.
        case helaarspersoner
        /// Helårspersoner per 100 in the labour force (peers.md).
        case pctAfArbejdsstyrken = "pct_af_arbejdsstyrken"
    }

    /// The municipality (pipeline.yml's spelling), the jobcenter, or the group a goal covers.
    public let kommune: String
    /// The benefits concerned: one for a row's flag, several for a goal on a group.
    public let benefits: [BenefitID]
    /// Their display names, in the same order.
    public let benefitNames: [String]
    /// What the flag is about.
    public let kind: FlagKind
    /// The unit of the figures.
    public let unit: Unit
    /// The flagged figure, exact.
    public let value: Exact
    /// What it was compared with (the other municipalities' rate, a bound, a prior year, the
    /// budget, the goal), exact.
    public let reference: Exact?
    /// (value − reference) / reference in percent, where that is meaningful.
    public let deviationPercent: Exact?
    /// The difference in kroner (for merforbrug: the variance at the rate).
    public let differenceKroner: Exact?
    /// The threshold in percent that the flag crossed, for the kinds that have one.
    public let thresholdPercent: Exact?
    /// One line of Danish with the figures.
    public let explanation: String

    /// Creates a flag.
    public init(kommune: String, benefits: [BenefitID], benefitNames: [String], kind: FlagKind, unit: Unit, value: Exact,
                reference: Exact?, deviationPercent: Exact? = nil, differenceKroner: Exact? = nil,
                thresholdPercent: Exact? = nil, explanation: String) {
        self.kommune = kommune
        self.benefits = benefits
        self.benefitNames = benefitNames
        self.kind = kind
        self.unit = unit
        self.value = value
        self.reference = reference
        self.deviationPercent = deviationPercent
        self.differenceKroner = differenceKroner
        self.thresholdPercent = thresholdPercent
        self.explanation = explanation
    }

    /// `a-dagpenge`, or the ids of a group joined by `|`.
    public var benefitID: String { benefits.map(\.rawValue).joined(separator: "|") }

    /// `A-dagpenge`, or the names of a group joined by ` + `.
    public var benefitName: String { benefitNames.joined(separator: " + ") }
}
