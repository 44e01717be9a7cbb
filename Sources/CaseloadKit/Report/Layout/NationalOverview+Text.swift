/// The national overview's words and figures as text, the same in every renderer: Danish
/// labels, Danish number style, a ranked municipality as `1. København 3,21`.
extension NationalOverview {
    /// The first column's title.
    public static let benefitTitle = "Ydelse"
    /// The highlighted column's title.
    public static let highlightedTitle = "Egne kommuner"
    /// The last column's title.
    public static let withoutFigureTitle = "Uden tal"

    /// The column titles, in order: the benefit, the top, the bottom, the median, the
    /// reference (if any), the highlighted (if any), the count without a figure.
    public var columns: [String] {
        [Self.benefitTitle, "Højest", "Lavest", "Median"] + (referenceTitle.map { [$0] } ?? [])
            + (highlighted.isEmpty ? [] : [Self.highlightedTitle]) + [Self.withoutFigureTitle]
    }

    /// The cells of `ranking` after the benefit's name, one per column of `columns`, each as
    /// its lines.
    public func cells(_ ranking: NationalRanking) -> [[String]] {
        var cells = [ranking.top.map(entryText), ranking.bottom.map(entryText), [ranking.median.map(valueText) ?? "–"]]
        if referenceTitle != nil { cells.append([ranking.reference.map(valueText) ?? "–"]) }
        if !highlighted.isEmpty {
            // A highlighted municipality without the figure says so rather than going missing.
            let missing = highlighted.filter(ranking.withoutFigure.contains).map { "\($0): uden tal" }
            cells.append(ranking.highlighted.map { "\($0.kommune): nr. \($0.rank) af \(ranking.count) (\(valueText($0.value)))" } + missing)
        }
        cells.append([String(ranking.withoutFigure.count)])
        return cells
    }

    /// A ranked municipality: `1. København 3,21`.
    public func entryText(_ entry: NationalRanking.Entry) -> String {
        "\(entry.rank). \(entry.kommune) \(valueText(entry.value))"
    }

    /// A figure: a share with two decimals (`3,21`), a variance with its sign and one decimal (`+12,3 %`).
    public func valueText(_ value: Exact) -> String {
        switch measure {
        case .share: return NumberFormat.danish.string(value, decimals: 2)
        case .variancePercent:
            let text = NumberFormat.danish.string(value, decimals: 1)
            return (text.hasPrefix("-") || text == "0,0" ? text : "+" + text) + " %"
        }
    }

    /// The paragraph under the heading: what is ranked, in which order, and what is left out.
    public var intro: String {
        let besides = ["medianen"] + (referenceTitle.map { ["tallet for \($0)"] } ?? [])
            + (highlighted.isEmpty ? [] : ["hvor \(DanishText.list(highlighted)) står (nr. af antal med tal)"])
        let shown = "de \(Self.shown) højeste og de \(Self.shown) laveste pr. ydelse, \(DanishText.list(besides))"
        switch measure {
        case .share(let year):
            return "Helårspersoner pr. 100 i arbejdsstyrken i \(year) for \(municipalityCount) kommuner, højeste først: "
                + "\(shown). Lige store tal deler placering; en kommune uden arbejdsstyrke eller uden faktiske tal "
                + "for ydelsen er ikke med (\(Self.withoutFigureTitle)). Alle tal står i sammenligning.csv."
        case .variancePercent(let year):
            return "Afvigelsen mellem faktiske og budgetterede helårspersoner i \(year) i procent af budgettet "
                + "for \(municipalityCount) kommuner, største merforbrug først: \(shown). Lige store tal deler placering; "
                + "en kommune uden faktiske tal eller uden budget for ydelsen er ikke med (\(Self.withoutFigureTitle)). "
                + "Alle tal står i afstemning.csv."
        }
    }
}
