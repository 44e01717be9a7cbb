/// The catalogue's messages of `caseload fetch jobindsats`: each failure says what happened
/// and what to do. None of them contains the token.
extension Message {
    /// pipeline.yml's actuals name no folder to save responses in.
    static func fetchNoActualsFolder(_ config: String) -> Message {
        Message(en: "inputs.actuals in \(config) names no folder: caseload fetch saves Jobindsats responses into the actuals folder (e.g. actuals: Input/faktisk)",
                da: "inputs.actuals i \(config) angiver ingen mappe: caseload fetch gemmer svarene fra Jobindsats i mappen med faktiske tal (fx actuals: Input/faktisk)")
    }

    /// The catalog has errors (listed above).
    static var fetchCatalogErrors: Message {
        Message(en: "the catalog has errors (above); nothing fetched", da: "kataloget har fejl (ovenfor); intet hentet")
    }

    /// No catalog row names a Jobindsats table.
    static var fetchNoTables: Message {
        Message(en: "no catalog row names a Jobindsats table: add the table ids (e.g. y01a02 for A-dagpenge) to the catalog's \"jobindsats\" column",
                da: "ingen række i kataloget nævner en tabel fra Jobindsats: tilføj tabel-id'erne (fx y01a02 for A-dagpenge) i katalogets kolonne \"jobindsats\"")
    }

    /// A base URL that is not an http(s) URL.
    static func fetchBadBaseURL(_ url: String) -> Message {
        Message(en: "\"\(url)\" is not an http or https address of the Jobindsats API (--base-url or JOBINDSATS_BASE_URL)",
                da: "\"\(url)\" er ikke en http- eller https-adresse på Jobindsats' API (--base-url eller JOBINDSATS_BASE_URL)")
    }

    /// No token in the environment.
    static var fetchNoToken: Message {
        Message(en: "JOBINDSATS_TOKEN is not set: put your Jobindsats API key (from jobindsats@star.dk) in the environment variable JOBINDSATS_TOKEN, on GitHub as the repository secret JOBINDSATS_TOKEN; nothing fetched",
                da: "JOBINDSATS_TOKEN er ikke sat: læg jeres nøgle til Jobindsats' API (fra jobindsats@star.dk) i miljøvariablen JOBINDSATS_TOKEN, på GitHub som hemmeligheden JOBINDSATS_TOKEN; intet hentet")
    }

    /// The key was refused.
    static func fetchUnauthorized(_ status: Int) -> Message {
        Message(en: "Jobindsats refused the key (HTTP \(status)): it is wrong or has expired; ask jobindsats@star.dk for a new one and update JOBINDSATS_TOKEN",
                da: "Jobindsats afviste nøglen (HTTP \(status)): den er forkert eller udløbet; bed jobindsats@star.dk om en ny, og opdatér JOBINDSATS_TOKEN")
    }

    /// Too many requests.
    static func fetchRateLimited(retryAfter: String?) -> Message {
        let en = retryAfter.map { "try again in \($0) seconds" } ?? "try again later"
        let da = retryAfter.map { "prøv igen om \($0) sekunder" } ?? "prøv igen senere"
        return Message(en: "Jobindsats asks to wait (HTTP 429, too many requests): \(en)",
                       da: "Jobindsats beder om at vente (HTTP 429, for mange forespørgsler): \(da)")
    }

    /// The API failed.
    static func fetchServerError(_ status: Int) -> Message {
        Message(en: "the Jobindsats server went wrong (HTTP \(status)): the fault is theirs; try again later",
                da: "Jobindsats fejlede (HTTP \(status)): fejlen er deres; prøv igen senere")
    }

    /// Another HTTP status.
    static func fetchStatus(_ status: Int, url: String) -> Message {
        Message(en: "Jobindsats answered HTTP \(status) to \(url): check the table id in the catalog's \"jobindsats\" column and the base URL",
                da: "Jobindsats svarede HTTP \(status) på \(url): tjek tabel-id'et i katalogets kolonne \"jobindsats\" og API-adressen")
    }

    /// No answer in time.
    static func fetchTimeout(_ seconds: Int) -> Message {
        Message(en: "no answer from Jobindsats within \(seconds) second\(s(seconds)): try again later, or wait longer with --timeout",
                da: "intet svar fra Jobindsats inden for \(seconds) sekund\(seconds == 1 ? "" : "er"): prøv igen senere, eller vent længere med --timeout")
    }

    /// The connection failed or broke off; `detail` is the system's words.
    static func fetchNetwork(_ detail: String) -> Message {
        Message(en: "no complete answer from Jobindsats: the connection failed or broke off (\(detail)); check the network connection and try again",
                da: "intet fuldstændigt svar fra Jobindsats: forbindelsen kunne ikke oprettes eller blev afbrudt (\(detail)); tjek netforbindelsen, og prøv igen")
    }

    /// libcurl, which the fetch opens at its first request, could not be opened.
    static func fetchLibcurlMissing(_ detail: String) -> Message {
        Message(en: "caseload could not open libcurl, which fetch uses to reach Jobindsats (\(detail)); install it (Debian/Ubuntu: apt-get install libcurl4) or give its path in CASELOAD_LIBCURL",
                da: "caseload kunne ikke åbne libcurl, som fetch bruger til at hente fra Jobindsats (\(detail)); installér den (Debian/Ubuntu: apt-get install libcurl4), eller angiv dens sti i CASELOAD_LIBCURL")
    }

    /// An answer caseload cannot read.
    static func fetchMalformed(_ url: String) -> Message {
        Message(en: "the answer to \(url) is not a Jobindsats response caseload can read: try again; if it persists, the API has changed (see the README)",
                da: "svaret på \(url) er ikke et svar fra Jobindsats, som caseload kan læse: prøv igen; sker det igen, er API'et ændret (se README)")
    }

    /// A municipality that is not an area of a table.
    static func fetchAreaUnknown(_ municipality: String, table: String) -> Message {
        Message(en: "\(municipality) is not an area of Jobindsats table \(table): check its spelling in pipeline.yml",
                da: "\(municipality) er ikke et område i tabellen \(table) fra Jobindsats: tjek stavemåden i pipeline.yml")
    }

    /// A response could not be written.
    static func fetchCannotWrite(_ path: String, reason: String) -> Message {
        Message(en: "cannot write \(path): \(reason)", da: "kan ikke skrive \(path): \(reason)")
    }

    /// Appended to a failed fetch whose undo could not put earlier response files back.
    static func fetchKeptAside(_ paths: [String]) -> Message {
        let list = paths.joined(separator: ", ")
        return Message(en: "; the earlier response files could not be put back and are kept as \(list): rename them back (without the leading dot and the .caseload-replaced ending) before the next run",
                       da: "; de tidligere svarfiler kunne ikke lægges tilbage og ligger som \(list): omdøb dem tilbage (uden punktummet foran og endelsen .caseload-replaced) før næste kørsel")
    }

    /// Appended to every failed fetch.
    static func fetchNothingWritten(_ folder: String) -> Message {
        Message(en: "; nothing was written to \(folder)", da: "; intet er skrevet i \(folder)")
    }

    /// A response saved.
    static func fetchWrote(_ path: String, table: String, months: Int) -> Message {
        Message(en: "Wrote \(path) (\(table), \(months) month\(s(months))).",
                da: "Skrev \(path) (\(table), \(months) måned\(months == 1 ? "" : "er")).")
    }

    /// A response saved that holds months fetched again for revisions and replaces the files
    /// that held them.
    static func fetchWroteRevised(_ path: String, table: String, new: Int, again: String, replacing: [String]) -> Message {
        let newEN = new == 0 ? "no new month" : "\(new) new month\(s(new))"
        let newDA = new == 0 ? "ingen ny måned" : "\(new) ny\(new == 1 ? "" : "e") måned\(new == 1 ? "" : "er")"
        let files = replacing.joined(separator: ", ")
        return Message(en: "Wrote \(path) (\(table), \(newEN); \(again) fetched again for revisions, replacing \(files)).",
                       da: "Skrev \(path) (\(table), \(newDA); \(again) hentet igen, da Jobindsats retter de seneste måneder, i stedet for \(files)).")
    }

    /// A table without new months whose latest months, fetched again, had not changed.
    static func fetchRevisedUnchanged(_ table: String, after: String, months: String) -> Message {
        Message(en: "\(table): no months after \(after) yet; \(months) fetched again, unchanged.",
                da: "\(table): endnu ingen måneder efter \(after); \(months) hentet igen, uændret.")
    }

    /// A table without new months.
    static func fetchNothingNew(_ table: String, after: String?, year: Int) -> Message {
        guard let after else {
            return Message(en: "\(table): no months of \(year) yet.", da: "\(table): endnu ingen måneder i \(year).")
        }
        return Message(en: "\(table): no months after \(after) yet.", da: "\(table): endnu ingen måneder efter \(after).")
    }

    /// The first line of a dry run.
    static var fetchDryRunHeading: Message {
        Message(en: "Dry run: nothing is asked or written. A fetch would make these requests:",
                da: "Prøvekørsel: intet hentes eller skrives. En hentning ville sende disse forespørgsler:")
    }

    /// A table in a dry run: which months it would ask for.
    static func fetchDryRunTable(_ table: String, after: String?, year: Int) -> Message {
        let en = after.map { "the months after \($0) up to December \(year) that the table has" } ?? "the months of \(year) that the table has"
        let da = after.map { "de måneder efter \($0) til og med december \(year), som tabellen har" } ?? "de måneder i \(year), som tabellen har"
        return Message(en: "\(table): \(en)", da: "\(table): \(da)")
    }

    /// A dry run's table whose latest months would be fetched again.
    static func fetchDryRunRevised(_ months: String, replacing: [String]) -> Message {
        let files = replacing.joined(separator: ", ")
        return Message(en: "  and again \(months) (Jobindsats revises recent months), replacing \(files)",
                       da: "  og igen \(months) (Jobindsats retter de seneste måneder), i stedet for \(files)")
    }

    /// The data request of a dry run, its months and areas as the metadata gives them.
    static func fetchDryRunDataURL(_ prefix: String, areas: String) -> Message {
        Message(en: "  GET \(prefix)<those months>&hierarchy._nykom=<area ids of \(areas)>&mgroup.*=*",
                da: "  GET \(prefix)<de måneder>&hierarchy._nykom=<område-id'er for \(areas)>&mgroup.*=*")
    }

    /// The header a fetch would send, the token masked.
    static var fetchDryRunToken: Message {
        Message(en: "  with Authorization: Bearer ******** (JOBINDSATS_TOKEN, masked)",
                da: "  med Authorization: Bearer ******** (JOBINDSATS_TOKEN, skjult)")
    }

    /// A dry run without a token.
    static var fetchDryRunNoToken: Message {
        Message(en: "  with Authorization: Bearer <JOBINDSATS_TOKEN, which is not set: a fetch would stop>",
                da: "  med Authorization: Bearer <JOBINDSATS_TOKEN, som ikke er sat: en hentning ville stoppe>")
    }

    /// `--revised-months` below 0.
    public static var fetchRevisedMonthsInvalid: Message {
        Message(en: "--revised-months must be 0 or more (0: fetch no month again)",
                da: "--revised-months skal være 0 eller mere (0: hent ingen måned igen)")
    }

    /// `--timeout` that is not a number of seconds above 0.
    public static var fetchTimeoutInvalid: Message {
        Message(en: "--timeout must be a number of seconds above 0", da: "--timeout skal være et antal sekunder over 0")
    }
}
