extension ExplanationJSON {
    /// One year of the comparison (peers.md) as JSON.
    struct ComparisonYear: Encodable {
        let aar: Int
        let andele: [ComparisonShare]
        let median_sammenlignelige: String?
        let forskel_helaarspersoner: String?
    }

    /// One municipality's share as JSON, with the sources of its helårspersoner and labour force.
    struct ComparisonShare: Encodable {
        let kommune: String
        let rolle: String
        let helaarspersoner: String
        let helaarspersoner_kilder: [Source]
        let arbejdsstyrke: String?
        let arbejdsstyrke_kilde: Source?
        let pct_af_arbejdsstyrken: String?
    }

    /// A year of the comparison in machine number style, as sammenligning.csv writes it.
    static func comparison(_ year: ComparisonExplanation) -> ComparisonYear {
        let format = NumberFormat.machine
        return ComparisonYear(aar: year.year, andele: year.shares.map { share in
            ComparisonShare(kommune: share.kommune, rolle: share.role.rawValue,
                            helaarspersoner: format.string(share.helaarspersoner, decimals: 4),
                            helaarspersoner_kilder: share.helaarspersonerSources.map(source),
                            arbejdsstyrke: share.labourForce.map { format.string($0, decimals: 0) },
                            arbejdsstyrke_kilde: share.labourForceSource.map(source),
                            pct_af_arbejdsstyrken: share.share.map { format.string($0, decimals: 4) })
        }, median_sammenlignelige: year.median.map { format.string($0, decimals: 4) },
           forskel_helaarspersoner: year.differencePersons.map { format.string($0, decimals: 4) })
    }
}
