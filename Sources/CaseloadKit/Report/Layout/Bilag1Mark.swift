/// Why a figure of a Bilag 1 table is marked: it sums actuals over fewer rows than the budget
/// beside it sums, so it must not be read against that budget. Each mark has a footnote with
/// the count.
public enum Bilag1Mark: Sendable, Equatable {
    /// `*`: a jobcenter figure from only some of the municipalities.
    case someMunicipalities
    /// `**`: an `I alt` figure over fewer rows (benefits, or municipalities' benefits) than the budget.
    case fewerRows

    /// The mark as printed after the figure.
    public var symbol: String {
        switch self {
        case .someMunicipalities: "*"
        case .fewerRows: "**"
        }
    }
}
