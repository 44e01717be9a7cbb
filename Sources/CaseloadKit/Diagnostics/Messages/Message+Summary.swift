/// The catalogue's lines of the run summary, `status` and `run --dry-run`.
extension Message {
    /// The summary's first line: year, municipalities, jobcenter and cut-off.
    public static func summaryHeading(year: Int, municipalities: String, jobcenter: String?, cutoff: String?) -> Message {
        let head = "caseload \(year): \(municipalities)" + (jobcenter.map { " (\($0))" } ?? "")
        return Message(en: head + (cutoff.map { ", actuals up to \($0)" } ?? ""),
                       da: head + (cutoff.map { ", faktiske tal til og med \($0)" } ?? ""))
    }

    /// The rows of all files.
    public static func summaryRead(files: Int, rows: Int, used: Int, ignored: Int, rejected: Int) -> Message {
        Message(en: "Read \(files) files, \(rows) rows: \(used) used, \(ignored) ignored, \(rejected) rejected.",
                da: "Læst \(dk(files)) filer, \(dk(rows)) rækker: \(dk(used)) brugt, \(dk(ignored)) ignoreret, \(dk(rejected)) afvist.")
    }

    /// A file's rows read and used, each right-aligned in six places.
    public static func summaryFileCounts(read: Int, used: Int) -> Message {
        func pad(_ text: String) -> String { String(repeating: " ", count: max(0, 6 - text.count)) + text }
        return Message(en: "  \(pad(String(read))) read  \(pad(String(used))) used",
                       da: "  \(pad(dk(read))) læst  \(pad(dk(used))) brugt")
    }

    /// A file's ignored rows, by reason.
    public static func summaryFileIgnored(_ count: Int, reasons: [(reason: Message, count: Int)]) -> Message {
        Message(en: "  \(count) ignored (" + reasons.map { "\($0.reason.en): \($0.count)" }.joined(separator: ", ") + ")",
                da: "  \(dk(count)) ignoreret (" + reasons.map { "\($0.reason.da): \(dk($0.count))" }.joined(separator: ", ") + ")")
    }

    /// A file's rejected rows.
    public static func summaryFileRejected(_ count: Int) -> Message {
        Message(en: "  \(count) rejected", da: "  \(dk(count)) afvist")
    }

    /// Why rows were left out, from the ledger's reason (`another year`); an unknown reason as it is.
    public static func ignoredReason(_ reason: String) -> Message {
        switch reason {
        case reasonAnotherMunicipality.en: reasonAnotherMunicipality
        case reasonAnotherYear.en: reasonAnotherYear
        case reasonAfterCutoff.en: reasonAfterCutoff
        case reasonOutsidePeriods.en: reasonOutsidePeriods
        case reasonTotalRow.en: reasonTotalRow
        case reasonNoValue.en: reasonNoValue
        default: Message(en: reason, da: reason)
        }
    }

    /// Rows of municipalities pipeline.yml does not name; `names` are `"Name" (count)`.
    public static func summaryUnknownMunicipalities(_ names: [(name: String, count: Int)]) -> Message {
        Message(en: "Rows for municipalities not in pipeline.yml were ignored: " + names.map { "\"\($0.name)\" (\($0.count))" }.joined(separator: ", ") + ".",
                da: "Rækker for kommuner, der ikke står i pipeline.yml, er ignoreret: " + names.map { "\"\($0.name)\" (\(dk($0.count)))" }.joined(separator: ", ") + ".")
    }

    /// Every row is accounted for.
    public static var summaryBalances: Message {
        Message(en: "Every row is accounted for: read = used + ignored + rejected.",
                da: "Alle rækker er gjort op: læst = brugt + ignoreret + afvist.")
    }

    /// The rows do not add up (a bug).
    public static func summaryUnbalanced(read: Int) -> Message {
        Message(en: "The rows do not add up: read \(read) ≠ used + ignored + rejected (a bug; please report it).",
                da: "Rækkerne går ikke op: læst \(dk(read)) ≠ brugt + ignoreret + afvist (en fejl i caseload; meld den venligst).")
    }

    /// A result file with its rows.
    public static func summaryFileRows(_ name: String, rows: Int) -> Message {
        Message(en: "\(name) (\(rows) row\(s(rows)))", da: "\(name) (\(dk(rows)) \(rows == 1 ? "række" : "rækker"))")
    }

    /// flag.csv with its flags.
    public static func summaryFlagFile(_ name: String, flags: Int) -> Message {
        Message(en: "\(name) (\(flags) flag\(s(flags)))", da: "\(name) (\(dk(flags)) flag)")
    }

    /// The files written.
    public static func summaryWrote(_ folder: String, files: [Message]) -> Message {
        Message(en: "Wrote \(folder): \(files.map(\.en).joined(separator: ", ")).",
                da: "Skrev \(folder): \(files.map(\.da).joined(separator: ", ")).")
    }

    /// Nothing written because of errors in the inputs.
    public static func summaryNothingWritten(errors: Int, output: String) -> Message {
        Message(en: "No results written: \(errors) error\(s(errors)); \(output) is as it was.",
                da: "Ingen resultater skrevet: \(dk(errors)) fejl; \(output) er uændret.")
    }

    /// Nothing written because of errors in pipeline.yml.
    public static func configFailed(_ config: String, errors: Int) -> Message {
        Message(en: "No results written: \(config) has \(errors) error\(s(errors)).",
                da: "Ingen resultater skrevet: \(config) har \(dk(errors)) fejl.")
    }

    /// `run` with nothing changed.
    public static func runUpToDate(_ folder: String, lock: String) -> Message {
        Message(en: "\(folder) is up to date: nothing changed since \(lock) (--force runs anyway).",
                da: "\(folder) er ajour: intet er ændret siden \(lock) (--force kører alligevel).")
    }

    /// Another run holds the output folder; this one waits.
    public static var waitingForOtherRun: Message {
        Message(en: "Another caseload run is writing the same output folder; waiting for it to finish (--no-wait stops instead).",
                da: "En anden kørsel af caseload skriver til den samme outputmappe; venter på, at den bliver færdig (--no-wait stopper i stedet).")
    }

    /// `run --fail-on-flags` with flags.
    public static func failOnFlags(_ count: Int, folder: String) -> Message {
        Message(en: "\(count) flag\(s(count)) (see \(folder)flag.csv); exit code 4 because of --fail-on-flags.",
                da: "\(dk(count)) flag (se \(folder)flag.csv); afslutningskode 4 på grund af --fail-on-flags.")
    }

    /// `run --dry-run`'s first line.
    public static var dryRunNothingWritten: Message { Message(en: "Dry run: nothing is written.", da: "Prøvekørsel: intet skrives.") }

    /// What a dry run would read.
    public static func dryRunWouldRead(_ config: String, inputs: Int) -> Message {
        Message(en: "Would read \(config) and \(inputs) input file\(s(inputs)):",
                da: "Ville læse \(config) og \(dk(inputs)) \(inputs == 1 ? "inddatafil" : "inddatafiler"):")
    }

    /// What a dry run would write.
    public static func dryRunWouldWrite(_ folder: String, files: [String], lock: String) -> Message {
        Message(en: "Would write \(folder): \(files.joined(separator: ", ")), and \(lock).",
                da: "Ville skrive \(folder): \(files.joined(separator: ", ")) og \(lock).")
    }

    /// A dry run that would write nothing.
    public static func dryRunWouldWriteNothing(errors: Int) -> Message {
        Message(en: "Would write nothing: \(errors) error\(s(errors)) in the inputs.",
                da: "Ville ikke skrive noget: \(dk(errors)) fejl i inddata.")
    }

    /// `status` with nothing changed.
    public static func statusUpToDate(_ folder: String, lock: String) -> Message {
        Message(en: "\(folder) is up to date: nothing changed since \(lock).",
                da: "\(folder) er ajour: intet er ændret siden \(lock).")
    }

    /// `status` with changes.
    public static func statusStale(_ folder: String, changes: Int, lock: String) -> Message {
        Message(en: "\(folder) is stale: \(changes) change\(s(changes)) since \(lock)",
                da: "\(folder) er forældet: \(dk(changes)) \(changes == 1 ? "ændring" : "ændringer") siden \(lock)")
    }

    /// `status`'s last line when stale.
    public static var statusRunToUpdate: Message {
        Message(en: "Run `caseload run` to bring it up to date.", da: "Kør `caseload run` for at gøre den ajour.")
    }

    /// A change since the lock file: there is no lock file.
    public static var changeNoLock: Message { Message(en: "no lock file", da: "ingen låsefil") }
    /// A change since the lock file: pipeline.yml changed.
    public static var changeSettings: Message { Message(en: "settings changed", da: "indstillinger ændret") }
    /// A change since the lock file: another version of caseload.
    public static var changeTool: Message { Message(en: "tool version changed", da: "caseload-version ændret") }
    /// A change since the lock file: a new input.
    public static var changeInputAdded: Message { Message(en: "input added", da: "inddatafil tilføjet") }
    /// A change since the lock file: an input no longer read.
    public static var changeInputRemoved: Message { Message(en: "input removed", da: "inddatafil fjernet") }
    /// A change since the lock file: an input's bytes.
    public static var changeInputModified: Message { Message(en: "input modified", da: "inddatafil ændret") }
    /// A change since the lock file: a result file edited.
    public static var changeOutputEdited: Message { Message(en: "output edited by hand", da: "resultatfil rettet i hånden") }
    /// A change since the lock file: a result file gone.
    public static var changeOutputMissing: Message { Message(en: "output missing", da: "resultatfil mangler") }
    /// A change since the lock file: a file or folder in the year folder that caseload did not write.
    public static var changeForeignFile: Message { Message(en: "foreign file in output", da: "fremmed fil i resultatmappen") }
    /// The year folder cannot be listed.
    public static var changeOutputUnlistable: Message {
        Message(en: "output folder cannot be listed", da: "resultatmappen kan ikke læses")
    }
}
