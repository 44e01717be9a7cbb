/// The catalogue's messages about saved Jobindsats responses (`.json` among the actuals) and
/// the catalog's `jobindsats` column.
extension Message {
    /// A file that is not JSON; `detail` is Foundation's own words.
    static func jsonNotJSON(_ detail: String) -> Message {
        Message(en: "not a JSON file (\(detail)); save the Jobindsats response as it came, or use a CSV file",
                da: "ikke en JSON-fil (\(detail)); gem svaret fra Jobindsats, som det kom, eller brug en CSV-fil")
    }

    /// JSON of another shape than a v2 or v3 response.
    static var jobindsatsUnknownShape: Message {
        Message(en: "not a Jobindsats response: expected an array of tables with \"Variables\" and \"Data\" (API v2) or an object with \"columns\" and \"rows\" (API v3)",
                da: "ikke et svar fra Jobindsats: forventede en liste af tabeller med .Variables og .Data (API v2) eller et objekt med .columns og .rows (API v3)")
    }

    /// A v2 variable without a text `Name`.
    static var jobindsatsVariableWithoutName: Message {
        Message(en: "a variable without a text \"Name\"", da: "en variabel uden tekst i .Name")
    }

    /// A v3 column name that is not text.
    static var jobindsatsColumnNotText: Message {
        Message(en: "a column name that is not text", da: "et kolonnenavn, der ikke er tekst")
    }

    /// A key the response shape needs is missing.
    static func jobindsatsMissingKey(_ key: String) -> Message {
        Message(en: "no \"\(key)\" in this Jobindsats table", da: "ingen \"\(key)\" i denne tabel fra Jobindsats")
    }

    /// A key that must hold a list holds something else.
    static func jobindsatsNotAList(_ key: String) -> Message {
        Message(en: "\"\(key)\" is not a list", da: "\"\(key)\" er ikke en liste")
    }

    /// A response without rows (a table with no figures yet).
    static var jobindsatsNoRowsYet: Message {
        Message(en: "the Jobindsats response has no rows yet", da: "svaret fra Jobindsats har endnu ingen rækker")
    }

    /// A table without the columns caseload needs; `found` lists its columns.
    static func jobindsatsMissingColumns(_ missing: [String], found: String) -> Message {
        Message(en: "no column \(alternatives(missing, "or")) in this Jobindsats table (it has \(found)); a measure other than \"Antal fuldtidspersoner\" is named by inputs.jobindsats_measure in pipeline.yml",
                da: "ingen kolonne \(alternatives(missing, "eller")) i denne tabel fra Jobindsats (den har \(found)); en anden måling end \"Antal fuldtidspersoner\" angives med inputs.jobindsats_measure i pipeline.yml")
    }

    /// A table without a benefit column whose id no catalog row names.
    static func jobindsatsTableUnknown(_ table: String, fromFileName: Bool) -> Message {
        let whereEN = fromFileName ? " (taken from the file name: the response has no TableID)" : ""
        let whereDA = fromFileName ? " (taget fra filnavnet: svaret har ingen TableID)" : ""
        return Message(en: "Jobindsats table \"\(table)\"\(whereEN) has no benefit column, and no catalog row names it in its \"jobindsats\" column; add \(table) there to the benefit the table counts",
                       da: "tabellen \"\(table)\" fra Jobindsats\(whereDA) har ingen ydelseskolonne, og ingen række i kataloget nævner den i kolonnen \"jobindsats\"; tilføj \(table) dér ved den ydelse, tabellen tæller")
    }

    /// A row that is not a list of one value per column.
    static func jobindsatsRowWidth(_ count: Int?, columns: Int) -> Message {
        guard let count else {
            return Message(en: "a row that is not a list of values", da: "en række, der ikke er en liste af værdier")
        }
        return Message(en: "the row has \(count) value\(s(count)), the table \(columns) column\(s(columns))",
                       da: "rækken har \(count) værdi\(count == 1 ? "" : "er"), tabellen \(columns) kolonne\(columns == 1 ? "" : "r")")
    }

    /// A cell that must be text (area, period, benefit) is empty or not text.
    static func jobindsatsCellNotText(_ label: String, _ shown: String) -> Message {
        Message(en: "\(label): expected text, found \(shown)", da: "\(label): forventede tekst, fandt \(shown)")
    }

    /// A quarter where a month or a year is needed.
    static func jobindsatsQuarter(_ label: String, _ value: String) -> Message {
        Message(en: "\(label) \"\(value)\" is a quarter; caseload reads months (2017M03) or whole years (2017): download the table by month",
                da: "\(label) \"\(value)\" er et kvartal; caseload læser måneder (2017M03) eller hele år (2017): hent tabellen pr. måned")
    }

    /// A week where a month or a year is needed.
    static func jobindsatsWeek(_ label: String, _ value: String) -> Message {
        Message(en: "\(label) \"\(value)\" is a week; caseload reads months (2017M03) or whole years (2017): download the table by month",
                da: "\(label) \"\(value)\" er en uge; caseload læser måneder (2017M03) eller hele år (2017): hent tabellen pr. måned")
    }

    /// A period text that is no month, year, quarter or week.
    static func jobindsatsPeriodUnknown(_ label: String, _ value: String) -> Message {
        Message(en: "\(label) \"\(value)\" is not a month (2017M03) or a year (2017)",
                da: "\(label) \"\(value)\" er ikke en måned (2017M03) eller et år (2017)")
    }

    /// A value that is neither a number, a Danish-style number text nor a no-value mark.
    static func jobindsatsValueNotANumber(_ label: String, _ shown: String) -> Message {
        Message(en: "\(label): \(shown) is not a number (a JSON number or text like 1.234,5; \"..\", \"-\" or empty for no value)",
                da: "\(label): \(shown) er ikke et tal (et JSON-tal eller tekst som 1.234,5; \"..\", \"-\" eller tom for ingen værdi)")
    }

    /// A `jobindsats` catalog entry that is not a table id.
    static func jobindsatsTableNotAnID(_ text: String) -> Message {
        Message(en: "jobindsats: \"\(text)\" is not a Jobindsats table id (letters and digits, e.g. y01a02)",
                da: "jobindsats: \"\(text)\" er ikke et tabel-id fra Jobindsats (bogstaver og cifre, fx y01a02)")
    }

    /// A table id listed twice in one catalog row.
    static func jobindsatsTableListedTwice(_ text: String) -> Message {
        Message(en: "jobindsats: \"\(text)\" is listed twice", da: "jobindsats: \"\(text)\" står der to gange")
    }

    /// A table id that another benefit already names.
    static func jobindsatsTableForOther(_ text: String, owner: String, ownerAt: SourceLocation) -> Message {
        Message(en: "jobindsats: table \"\(text)\" is already the table of \"\(owner)\" (\(ownerAt.rendered(.en))); a table of one benefit belongs to one catalog row",
                da: "jobindsats: tabellen \"\(text)\" hører allerede til \"\(owner)\" (\(ownerAt.rendered(.da))); en tabel for én ydelse hører til én række i kataloget")
    }

    /// The same municipality, year, benefit (and month) from a Jobindsats response and a CSV file.
    static func actualsFromJSONAndCSV(_ name: String, first: SourceLocation) -> Message {
        Message(en: "actuals for \(name) come both from \(first.rendered(.en)) and from this row of another kind of file (a Jobindsats response and a CSV file); keep one source",
                da: "faktiske tal for \(name) kommer både fra \(first.rendered(.da)) og fra denne række i en anden slags fil (et svar fra Jobindsats og en CSV-fil); behold én kilde")
    }

    /// `inputs.jobindsats_measure` that is not text.
    static var jobindsatsMeasureNotText: Message {
        Message(en: "inputs.jobindsats_measure must be the label of a Jobindsats measure, e.g. \"Antal fuldtidspersoner\"",
                da: "inputs.jobindsats_measure skal være navnet på en måling fra Jobindsats, fx \"Antal fuldtidspersoner\"")
    }

    /// A month (or the year) that only some of a benefit's Jobindsats tables have a value for.
    static func jobindsatsTablesPartial(_ name: String, month: Int?, have: [String], lack: [String]) -> Message {
        let (haveList, lackList) = (have.joined(separator: ", "), lack.joined(separator: ", "))
        let en = month.map { "month \($0)" } ?? "the whole year"
        let da = month.map { "måned \($0)" } ?? "hele året"
        return Message(en: "\(name), \(en): a value from \(haveList) but none from \(lackList); the benefit is the sum of its Jobindsats tables (the catalog's jobindsats column), so \(month == nil ? "the year" : "the month") is left out as missing",
                       da: "\(name), \(da): en værdi fra \(haveList), men ingen fra \(lackList); ydelsen er summen af dens tabeller fra Jobindsats (katalogets kolonne jobindsats), så \(month == nil ? "året" : "måneden") udelades som manglende")
    }

    /// The ledger's reason for the rows of such a month.
    static var reasonTablesPartial: Message {
        Message(en: "another Jobindsats table of the benefit has no value", da: "en anden tabel fra Jobindsats for ydelsen har ingen værdi")
    }
}
