extension ExplanationText {
    /// The comparison section: per year a headline (`Ishøj A-dagpenge 2015: 3,2 pr. 100 i
    /// arbejdsstyrken, Brøndby 2,9, Albertslund 2,7: median 2,8; 71 flere helårspersoner end
    /// på medianens niveau`), then each share with its formula and the file:line of H and L
    /// (case periods as a line range with their row count), and the median's arithmetic.
    /// Nothing without peers.
    static func comparison(_ explanation: Explanation, _ language: Language) -> [String] {
        guard !explanation.comparison.isEmpty else { return [] }
        let format = NumberFormat.danish
        func four(_ value: Exact) -> String { format.string(value, decimals: 4) }
        var lines = ["", Message.explainComparison.text(language)]
        for year in explanation.comparison {
            guard let own = year.shares.first else { continue }
            let peers = year.shares.filter { $0.role == .sammenlignelig }
            lines.append("  " + Message.explainComparisonHeadline(
                kommune: explanation.kommune, benefit: explanation.benefit.name, year: year.year,
                share: own.share.map(DanishText.share), peers: peers.map { ($0.kommune, $0.share.map(DanishText.share)) },
                median: year.median.map(DanishText.share), persons: year.differencePersons).text(language))
            for share in year.shares {
                // Case periods name their rows as our own figures do: `s.csv:4-5 (2 sagsrækker)`.
                let places = (share.helaarspersonerSources + (share.labourForceSource.map { [$0] } ?? [])).map { source in
                    source.place(language) + (source.rows.map { " (" + Message.explainCaseRowCount($0).text(language) + ")" } ?? "")
                }
                let labourForce = share.labourForce.map { format.string($0, decimals: 0) } ?? Message.explainEmpty.text(language)
                let result = share.share.map { " = " + four($0) } ?? ""
                lines.append("    \(share.kommune): 100 × \(four(share.helaarspersoner)) / \(labourForce)\(result) (\(places.joined(separator: "; ")))")
            }
            if let median = year.median, let ownShare = own.share, let labourForce = own.labourForce {
                let values = peers.compactMap(\.share).sorted().map(four).joined(separator: "; ")
                lines.append("    median (\(values)) = \(four(median)); (\(four(ownShare)) − \(four(median))) × \(format.string(labourForce, decimals: 0)) / 100 = \(four(year.differencePersons ?? .zero))")
            }
        }
        return lines
    }
}
