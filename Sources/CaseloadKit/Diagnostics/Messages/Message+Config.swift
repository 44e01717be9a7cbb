/// The catalogue's messages about pipeline.yml: the file itself, its keys and values, and
/// the inputs it names.
extension Message {
    /// `--config` names a file that is not there.
    static func configMissing(_ name: String) -> Message {
        Message(en: "\(name) does not exist; run caseload in the folder that holds pipeline.yml, or pass its path with --config",
                da: "\(name) findes ikke; kør caseload i den mappe, der indeholder pipeline.yml, eller angiv stien med --config")
    }

    /// `--config` names a folder.
    static func configIsFolder(_ name: String, hint: String) -> Message {
        Message(en: "\(name) is a folder, not a pipeline file; pass the file, e.g. --config \(hint)",
                da: "\(name) er en mappe, ikke en pipeline-fil; angiv filen, f.eks. --config \(hint)")
    }

    /// pipeline.yml cannot be read.
    static func configUnreadable(_ name: String) -> Message {
        Message(en: "cannot read \(name) (check that you may read it)",
                da: "kan ikke læse \(name) (tjek, at du har adgang til at læse den)")
    }

    /// pipeline.yml is not UTF-8.
    static func configNotUTF8(_ name: String) -> Message {
        Message(en: "\(name) is not UTF-8 text", da: "\(name) er ikke UTF-8-tekst")
    }

    /// pipeline.yml holds nothing.
    static func configEmpty(_ file: String) -> Message {
        Message(en: "\(file) is empty; it needs at least year, municipalities and inputs",
                da: "\(file) er tom; den skal mindst have year, municipalities og inputs")
    }

    /// pipeline.yml is not YAML; `problem` is the YAML parser's own words.
    static func configNotYAML(_ file: String, _ problem: String) -> Message {
        Message(en: "\(file) is not valid YAML: \(problem)", da: "\(file) er ikke gyldig YAML: \(problem)")
    }

    /// pipeline.yml is YAML but not a mapping.
    static func configNotMapping(_ file: String) -> Message {
        Message(en: "\(file) must be a mapping of keys (year:, municipalities:, inputs: …)",
                da: "\(file) skal bestå af nøgler (year:, municipalities:, inputs: …)")
    }

    /// A key that is not text.
    static var keyNotText: Message { Message(en: "a key must be text", da: "en nøgle skal være tekst") }

    /// A key pipeline.yml does not know (`inputs.x`, `flags.x` for nested ones).
    static func unknownKey(_ name: String, suggestion: Message?, known: [String]) -> Message {
        Message(en: "unknown key \"\(name)\"\(suggestion?.en ?? ""); known keys: \(known.joined(separator: ", "))",
                da: "ukendt nøgle \"\(name)\"\(suggestion?.da ?? ""); kendte nøgler: \(known.joined(separator: ", "))")
    }

    /// A key given twice.
    static func keyTwice(_ name: String) -> Message {
        Message(en: "key \"\(name)\" appears twice", da: "nøglen \"\(name)\" står der to gange")
    }

    /// A key given twice, with the line of its first use.
    static func keyTwiceFirstAt(_ name: String, line: Int) -> Message {
        Message(en: "key \"\(name)\" appears twice (first at line \(line)); keep one",
                da: "nøglen \"\(name)\" står der to gange (første gang i linje \(line)); behold den ene")
    }

    /// A key given twice in one mapping, where the lines are not known.
    static func keyTwiceInMapping(_ name: String) -> Message {
        Message(en: "key \"\(name)\" appears twice in one mapping; keep one",
                da: "nøglen \"\(name)\" står to gange i samme afsnit; behold den ene")
    }

    /// A value that should be a year.
    static func configNotAYear(_ what: Message, _ value: Message) -> Message {
        Message(en: "\(what.en) \"\(value.en)\" is not a year; write four digits, e.g. 2017",
                da: "\(what.da) \"\(value.da)\" er ikke et årstal; skriv fire cifre, f.eks. 2017")
    }

    /// A value that should be text.
    static func mustBeText(_ what: Message, found: Message) -> Message {
        Message(en: "\(what.en) must be text, found \(found.en)", da: "\(what.da) skal være tekst, men er \(found.da)")
    }

    /// A required key that is missing.
    static func missingKey(_ key: String) -> Message {
        Message(en: "missing required key \"\(key)\"", da: "den påkrævede nøgle \"\(key)\" mangler")
    }

    /// `prior_years` names a year twice.
    static var priorYearTwice: Message {
        Message(en: "prior_years names a year twice", da: "prior_years nævner det samme år to gange")
    }

    /// `*` in `municipalities`.
    static var starIsNotAMunicipality: Message {
        Message(en: "\"*\" is not a municipality", da: "\"*\" er ikke en kommune")
    }

    /// A municipality named twice in pipeline.yml.
    static func municipalityTwice(_ name: String) -> Message {
        Message(en: "municipality \"\(name)\" is named twice", da: "kommunen \"\(name)\" er nævnt to gange")
    }

    /// `municipalities` is not a list.
    static var municipalitiesNotList: Message {
        Message(en: "municipalities must be a list of names, e.g. [Vallensbæk, Ishøj]",
                da: "municipalities skal være en liste af navne, f.eks. [Vallensbæk, Ishøj]")
    }

    /// The cut-off lies in another year.
    static func cutoffOutsideYear(_ cutoff: String, year: Int) -> Message {
        Message(en: "cutoff \(cutoff) is outside the budget year \(year)",
                da: "cutoff \(cutoff) ligger uden for budgetåret \(year)")
    }

    /// The cut-off is not a date.
    static func cutoffNotADate(_ value: Message) -> Message {
        Message(en: "cutoff \"\(value.en)\" is not a date; write it as 2017-09-30, 30-09-2017 or 30.9.2017",
                da: "cutoff \"\(value.da)\" er ikke en dato; skriv den som 2017-09-30, 30-09-2017 eller 30.9.2017")
    }

    /// An unknown `number_style`.
    static func numberStyleUnknown(_ value: Message) -> Message {
        Message(en: "number_style \"\(value.en)\" must be da or international",
                da: "number_style \"\(value.da)\" skal være da eller international")
    }

    /// `inputs` is not a mapping.
    static var inputsNotMapping: Message {
        Message(en: "inputs must be a mapping: catalog:, budget:, rates:, and optionally actuals:, cases:, goals:",
                da: "inputs skal bestå af nøglerne catalog:, budget:, rates: og eventuelt actuals:, cases:, goals:")
    }

    /// `reports` is not a list of formats.
    static func reportsNotList(known: String) -> Message {
        Message(en: "reports must be a list of report formats, e.g. [\(known)]",
                da: "reports skal være en liste af rapportformater, f.eks. [\(known)]")
    }

    /// An unknown report format.
    static func unknownReport(_ text: String, known: String) -> Message {
        Message(en: "reports: unknown report \"\(text)\"; known reports: \(known)",
                da: "reports: ukendt rapport \"\(text)\"; kendte rapporter: \(known)")
    }

    /// A report format named twice.
    static func reportTwice(_ text: String) -> Message {
        Message(en: "reports names \"\(text)\" twice", da: "reports nævner \"\(text)\" to gange")
    }

    /// `flags` is not a mapping.
    static func flagsNotMapping(keys: [String]) -> Message {
        Message(en: "flags must be a mapping of thresholds: \(keys.joined(separator: ", "))",
                da: "flags skal bestå af grænseværdier: \(keys.joined(separator: ", "))")
    }

    /// A flag threshold that is not a number of 0 or more.
    static func flagThresholdNotNumber(_ name: String, _ value: Message) -> Message {
        Message(en: "flags.\(name) \"\(value.en)\" must be a number of 0 or more, e.g. 50 or 12.5",
                da: "flags.\(name) \"\(value.da)\" skal være et tal på 0 eller mere, f.eks. 50 eller 12.5")
    }

    /// `*.csv or *.xml`: the files an input reads.
    static func wantedFiles(_ extensions: [String]) -> Message {
        let patterns = extensions.map { "*.\($0)" }
        func list(_ word: String) -> String {
            patterns.count < 2 ? patterns.joined() : patterns.dropLast().joined(separator: ", ") + " \(word) " + (patterns.last ?? "")
        }
        return Message(en: list("or"), da: list("eller"))
    }

    /// An input key given as an empty list.
    static func inputEmptyList(_ key: String, example: String) -> Message {
        Message(en: "\(key) is an empty list; name a file or a folder, e.g. \(example)",
                da: "\(key) er en tom liste; angiv en fil eller en mappe, f.eks. \(example)")
    }

    /// An input entry that is not a path.
    static func inputNotPath(_ key: String) -> Message {
        Message(en: "\(key) must be a path or a list of paths", da: "\(key) skal være en sti eller en liste af stier")
    }

    /// An input path that does not exist; `relativeTo` is pipeline.yml for a relative path.
    static func inputMissing(_ key: String, _ path: String, relativeTo file: String?) -> Message {
        Message(en: "\(key): \"\(path)\" does not exist" + (file.map { " (paths are relative to the folder of \($0))" } ?? ""),
                da: "\(key): \"\(path)\" findes ikke" + (file.map { " (stier regnes fra den mappe, \($0) ligger i)" } ?? ""))
    }

    /// An input path that is a FIFO, device or the like.
    static func inputNotAFile(_ key: String, _ path: String, kind: Message, xml: Bool) -> Message {
        Message(en: "\(key): \"\(path)\" is \(kind.en), not a file; name a CSV\(xml ? " or XML" : "") file or a folder of them",
                da: "\(key): \"\(path)\" er \(kind.da), ikke en fil; angiv en CSV-\(xml ? " eller XML-" : "")fil eller en mappe med sådanne filer")
    }

    /// An input file of the wrong type.
    static func inputWrongType(_ key: String, _ path: String, wanted: Message) -> Message {
        Message(en: "\(key): \"\(path)\" is not a \(wanted.en) file", da: "\(key): \"\(path)\" er ikke en \(wanted.da)-fil")
    }

    /// An input folder that cannot be listed.
    static func inputFolderUnreadable(_ key: String, _ path: String) -> Message {
        Message(en: "\(key): cannot read the folder \"\(path)\"", da: "\(key): kan ikke læse mappen \"\(path)\"")
    }

    /// A file of another type in an input folder (a warning); `workbook` adds how to save one as CSV.
    static func inputSkipped(_ key: String, wanted: Message, workbook: Bool) -> Message {
        Message(en: "skipped: \(key) reads only \(wanted.en) files from a folder"
                    + (workbook ? "; to use this workbook, save it as an Excel workbook (.xlsx) or as \"CSV UTF-8\"" : ""),
                da: "sprunget over: \(key) læser kun \(wanted.da)-filer fra en mappe"
                    + (workbook ? "; gem regnearket som Excel-projektmappe (.xlsx) eller som \"CSV UTF-8\" for at bruge det" : ""))
    }

    /// Something in an input folder that is not a regular file.
    static func inputNotAFileInFolder(_ key: String, _ path: String, kind: Message) -> Message {
        Message(en: "\(key): \"\(path)\" is \(kind.en), not a file; remove it from the folder",
                da: "\(key): \"\(path)\" er \(kind.da), ikke en fil; fjern den fra mappen")
    }

    /// An input folder without files of the wanted type.
    static func inputFolderEmpty(_ key: String, _ path: String, wanted: Message) -> Message {
        Message(en: "\(key): the folder \"\(path)\" holds no \(wanted.en) files",
                da: "\(key): mappen \"\(path)\" indeholder ingen \(wanted.da)-filer")
    }

    /// The actuals folder is empty: before the first `caseload fetch jobindsats`, or no files
    /// were put there yet. The run goes on without actual figures.
    static func actualsFolderEmpty(_ key: String, _ path: String, wanted: Message) -> Message {
        Message(en: "\(key): the folder \"\(path)\" holds no \(wanted.en) files yet, so the results have no actual figures: `caseload fetch jobindsats` saves Jobindsats's months there, or put files of actuals in it",
                da: "\(key): mappen \"\(path)\" indeholder endnu ingen \(wanted.da)-filer, så resultaterne har ingen faktiske tal: `caseload fetch jobindsats` gemmer månederne fra Jobindsats dér, eller læg filer med faktiske tal i den")
    }

    /// The actuals folder does not exist yet (git keeps no empty folder). The run goes on
    /// without actual figures.
    static func actualsFolderMissing(_ key: String, _ path: String) -> Message {
        Message(en: "\(key): the folder \"\(path)\" does not exist yet, so the results have no actual figures: `caseload fetch jobindsats` creates it and saves Jobindsats's months there (or check the path)",
                da: "\(key): mappen \"\(path)\" findes ikke endnu, så resultaterne har ingen faktiske tal: `caseload fetch jobindsats` opretter den og gemmer månederne fra Jobindsats dér (eller tjek stien)")
    }

    /// The same input file named twice.
    static func inputTwice(_ key: String, _ path: String) -> Message {
        Message(en: "\(key) names \"\(path)\" twice", da: "\(key) nævner \"\(path)\" to gange")
    }

    /// A display name with a control character.
    static func nameControlCharacter(_ what: Message, _ name: String, shown: String) -> Message {
        Message(en: "\(what.en) \"\(name)\" holds a control character (\(shown)); a name must be one line of text without tabs",
                da: "\(what.da) \"\(name)\" indeholder et kontroltegn (\(shown)); et navn skal være én linje tekst uden tabulatorer")
    }

    /// A display name a spreadsheet would read as a formula.
    static func nameFormulaSign(_ what: Message, _ name: String, sign: Character) -> Message {
        Message(en: "\(what.en) \"\(name)\" starts with \"\(sign)\", which makes a spreadsheet read it as a formula; write the name without it",
                da: "\(what.da) \"\(name)\" begynder med \"\(sign)\", så et regneark læser det som en formel; skriv navnet uden")
    }
}
