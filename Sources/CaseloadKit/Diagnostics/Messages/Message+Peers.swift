/// The catalogue's messages about the comparison with comparable municipalities (peers.md):
/// pipeline.yml's `peers:` and the labour force.
extension Message {
    /// One entry of pipeline.yml's `peers` list.
    static var whatPeer: Message { Message(en: "peer", da: "den sammenlignelige kommune") }

    /// `peers` is not a list.
    static var peersNotList: Message {
        Message(en: "peers must be a list of municipalities, e.g. peers: [Albertslund, Brøndby]",
                da: "peers skal være en liste af kommuner, f.eks. peers: [Albertslund, Brøndby]")
    }

    /// A peer that is `*` or the country.
    static func peerNotAMunicipality(_ name: String) -> Message {
        Message(en: "\"\(name)\" cannot be a peer: name municipalities; the whole country is compared with by itself when the inputs have its row",
                da: "\"\(name)\" kan ikke være en sammenlignelig kommune: nævn kommuner; hele landet kommer med af sig selv, når inddata har dets række")
    }

    /// A peer that is also one of our municipalities.
    static func peerIsOwnMunicipality(_ name: String) -> Message {
        Message(en: "peer \"\(name)\" is also in municipalities; a municipality is either ours or a peer",
                da: "den sammenlignelige kommune \"\(name)\" står også i municipalities; en kommune er enten vores egen eller sammenlignelig")
    }

    /// A peer named twice.
    static func peerTwice(_ name: String) -> Message {
        Message(en: "peer \"\(name)\" is named twice", da: "den sammenlignelige kommune \"\(name)\" er nævnt to gange")
    }

    /// `peers` without `inputs.labour_force`.
    static var peersWithoutLabourForce: Message {
        Message(en: "peers needs inputs.labour_force: the shares are of the labour force (a Statistikbanken CSV, e.g. labour_force: Input/arbejdsstyrke)",
                da: "peers kræver inputs.labour_force: andelene er af arbejdsstyrken (en CSV-fil fra Statistikbanken, f.eks. labour_force: Input/arbejdsstyrke)")
    }
}

/// The catalogue's messages about Statistikbanken CSV files (sources.md).
extension Message {
    /// A file given as a Statistikbanken table whose header does not end with `TID;INDHOLD`.
    static func notAStatistikbankenTable(header: [String]) -> Message {
        let shown = header.joined(separator: ";")
        return Message(en: "not a table saved from Statistikbanken: its header must end with TID;INDHOLD (found \"\(shown)\")",
                       da: "ikke en tabel gemt fra Statistikbanken: overskriften skal slutte med TID;INDHOLD (fundet \"\(shown)\")")
    }

    /// A Statistikbanken table without the dimension a reader needs.
    static func statistikbankenColumnMissing(_ column: String) -> Message {
        Message(en: "the Statistikbanken table has no column \(column); download the table with \(column) chosen",
                da: "tabellen fra Statistikbanken har ingen kolonne \(column); hent tabellen med \(column) valgt")
    }

    /// A dimension column that holds two values.
    static func statistikbankenTwoValues(_ column: String, first: String, firstLine: Int, second: String) -> Message {
        Message(en: "column \(column) holds two values, \"\(first)\" (line \(firstLine)) and \"\(second)\"; summing them would count people twice: download the table with one value chosen for \(column) (e.g. I alt)",
                da: "kolonnen \(column) har to værdier, \"\(first)\" (linje \(firstLine)) og \"\(second)\"; at lægge dem sammen ville tælle personer to gange: hent tabellen med én værdi valgt for \(column) (f.eks. I alt)")
    }

    /// A `TID` that is a quarter where a year (or, with `monthAllowed`, a month) is needed.
    static func statistikbankenQuarter(_ value: String, monthAllowed: Bool) -> Message {
        monthAllowed
            ? Message(en: "TID \"\(value)\" is a quarter; a year or a month is needed here: download the table by year or by month",
                      da: "TID \"\(value)\" er et kvartal; her skal det være et år eller en måned: hent tabellen pr. år eller pr. måned")
            : Message(en: "TID \"\(value)\" is a quarter; a year is needed here: download the table by year",
                      da: "TID \"\(value)\" er et kvartal; her skal det være et år: hent tabellen pr. år")
    }

    /// A `TID` that is a month where a year is needed.
    static func statistikbankenMonth(_ value: String) -> Message {
        Message(en: "TID \"\(value)\" is a month; a year is needed here: download the table by year",
                da: "TID \"\(value)\" er en måned; her skal det være et år: hent tabellen pr. år")
    }

    /// A `TID` that is no period caseload knows.
    static func statistikbankenNotAPeriod(_ value: String) -> Message {
        Message(en: "TID \"\(value)\" is not a year (2017) or a month (2017M03)",
                da: "TID \"\(value)\" er hverken et år (2017) eller en måned (2017M03)")
    }

    /// The labour force of one area and year given twice.
    static func labourForceTwice(_ area: String, year: Int, first: SourceLocation) -> Message {
        Message(en: "labour force of \(area) \(year) given twice (first at \(first.rendered(.en))); keep one",
                da: "arbejdsstyrken for \(area) \(year) står der to gange (første gang i \(first.rendered(.da))); behold den ene")
    }

    /// Rows whose value is `..` (Statistikbanken's "no value").
    static var reasonNoValue: Message { Message(en: "no value (..)", da: "ingen værdi (..)") }
}
