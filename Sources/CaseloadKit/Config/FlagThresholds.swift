/// When a figure is flagged: the thresholds of pipeline.yml's `flags:` mapping, each with
/// its default. Percentages are of the figure compared with.
public struct FlagThresholds: Sendable, Equatable {
    /// takst_afviger: a rate more than this many percent from the median of the other
    /// municipalities' rates for the benefit (`rate_deviation_percent`, default 50).
    public var rateDeviationPercent = Exact(50)
    /// stor_aendring: the budget's helårspersoner more than this many percent from the latest
    /// prior year's actuals (`change_percent`, default 50) …
    public var changePercent = Exact(50)
    /// … and more than this many helårspersoner (`change_min_helaarspersoner`, default 5).
    public var changeMinimum = Exact(5)
    /// merforbrug: actuals above the budget by more than this many percent of it
    /// (`overspend_percent`, default 5) …
    public var overspendPercent = Exact(5)
    /// … and by more than this many kroner at the rate (`overspend_kr`, default 0).
    public var overspendKroner = Exact(0)
    /// over_sammenlignelige: our share of the labour force more than this many percent above
    /// the peers' median (`peer_deviation_percent`, default 25; peers.md).
    public var peerDeviationPercent = Exact(25)

    /// The defaults.
    public static let defaults = FlagThresholds()

    /// Creates the default thresholds.
    public init() {}
}
