/// The catalogue's words and phrases that other messages are built from: what a value is
/// called, kinds of files, number styles, reasons rows are left out.
extension Message {
    /// `; did you mean "X"?` after an unknown name (empty when there is no near name).
    static func didYouMean(_ best: String) -> Message {
        Message(en: "; did you mean \"\(best)\"?", da: "; mente du \"\(best)\"?")
    }

    /// pipeline.yml's `year` key, as the subject of a message.
    static var whatYear: Message { Message(en: "year", da: "nøglen year") }

    /// One entry of pipeline.yml's `prior_years` list.
    static var whatPriorYear: Message { Message(en: "prior year", da: "det tidligere år") }

    /// pipeline.yml's `prior_years` key given as a single value.
    static var whatPriorYears: Message { Message(en: "prior_years", da: "nøglen prior_years") }

    /// A municipality named in pipeline.yml.
    static var whatMunicipality: Message { Message(en: "municipality", da: "kommunen") }

    /// The jobcenter named in pipeline.yml.
    static var whatJobcenter: Message { Message(en: "jobcenter", da: "jobcentret") }

    /// pipeline.yml's `output` key.
    static var whatOutput: Message { Message(en: "output", da: "nøglen output") }

    /// The catalog's `navn` column.
    static var whatCatalogName: Message { Message(en: "navn", da: "navnet") }

    /// A YAML value that is a mapping, in "found …".
    static var yamlMapping: Message { Message(en: "a mapping", da: "en samling af nøgler") }

    /// A YAML value that is a list.
    static var yamlList: Message { Message(en: "a list", da: "en liste") }

    /// A YAML value that is an alias.
    static var yamlAlias: Message { Message(en: "an alias", da: "et alias") }

    /// A YAML value that is text, shown in quotes.
    static func yamlScalar(_ text: String) -> Message {
        Message(en: "\"\(text)\"", da: "teksten \"\(text)\"")
    }

    /// A named pipe where a file was expected.
    static var kindFIFO: Message { Message(en: "a FIFO (named pipe)", da: "en FIFO (navngivet pipe)") }

    /// A device where a file was expected.
    static var kindDevice: Message { Message(en: "a device", da: "en enhed") }

    /// A socket where a file was expected.
    static var kindSocket: Message { Message(en: "a socket", da: "en socket-forbindelse") }

    /// Something else that is not a regular file.
    static var kindNotRegular: Message { Message(en: "not a regular file", da: "ikke en almindelig fil") }

    /// The Danish number style, in "not a number in …".
    static var styleDanish: Message { Message(en: "Danish style", da: "dansk talformat") }

    /// The international number style.
    static var styleInternational: Message { Message(en: "international style", da: "internationalt talformat") }

    /// Examples of numbers in the Danish style.
    static var examplesDanish: Message { Message(en: "39.038.328 or 1.234,56", da: "39.038.328 eller 1.234,56") }

    /// Examples of numbers in the international style.
    static var examplesInternational: Message { Message(en: "39038328 or 1234.56", da: "39038328 eller 1234.56") }

    /// Rows of a municipality that pipeline.yml does not name.
    static var reasonAnotherMunicipality: Message { Message(en: "another municipality", da: "anden kommune") }

    /// Rows of a year that is neither the budget year nor a prior year.
    static var reasonAnotherYear: Message { Message(en: "another year", da: "andet år") }

    /// Monthly rows after the cut-off.
    static var reasonAfterCutoff: Message { Message(en: "after the cut-off", da: "efter skæringsdatoen") }

    /// Case periods outside every period counted.
    static var reasonOutsidePeriods: Message { Message(en: "outside the periods", da: "uden for perioderne") }

    /// Rows that hold a total (`I alt`, `Sum`), which caseload makes itself.
    static var reasonTotalRow: Message { Message(en: "total row", da: "sumrække") }

    /// A case row without a case id, where the masked id would be shown.
    static var emptyCaseID: Message { Message(en: "(empty)", da: "(tom)") }

    /// The `*` rows of a rate table.
    static var everyMunicipality: Message { Message(en: "every municipality (*)", da: "alle kommuner (*)") }
}
