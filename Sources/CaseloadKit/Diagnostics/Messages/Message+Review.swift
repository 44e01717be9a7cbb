/// The catalogue's messages of `caseload diff`: finding and reading the two sets of
/// results, and the report's words.
extension Message {
    /// `--against` names no folder.
    static func againstNoFolder(_ label: String) -> Message {
        Message(en: "--against \(label): no such folder", da: "--against \(label): mappen findes ikke")
    }

    /// `--against` names a folder without results.
    static func againstNoResults(_ label: String, file: String, year: Int) -> Message {
        Message(en: "--against \(label) holds neither \(file) nor \(year)/\(file)",
                da: "--against \(label) indeholder hverken \(file) eller \(year)/\(file)")
    }

    /// A result file that cannot be read.
    static func resultUnreadable(_ source: String) -> Message {
        Message(en: "\(source) cannot be read", da: "\(source) kan ikke læses")
    }

    /// A result file that cannot be read, with the reason.
    static func resultUnreadable(_ source: String, reason: String) -> Message {
        Message(en: "\(source) cannot be read: \(reason)", da: "\(source) kan ikke læses: \(reason)")
    }

    /// A result file missing from a folder.
    static func resultMissingInFolder(_ label: String, file: String) -> Message {
        Message(en: "\(label)/\(file): no such file; run caseload first, or name another folder",
                da: "\(label)/\(file): filen findes ikke; kør caseload først, eller angiv en anden mappe")
    }

    /// A result file missing at a revision.
    static func resultMissingAtRevision(_ path: String, revision: String) -> Message {
        Message(en: "\(path) does not exist at revision \(revision)", da: "\(path) findes ikke i revision \(revision)")
    }

    /// The results are not in a git repository.
    static var notInGitRepository: Message {
        Message(en: "the results are not in a git repository; compare with another folder with --against DIR",
                da: "resultaterne ligger ikke i et git-repository; sammenlign med en anden mappe med --against MAPPE")
    }

    /// A revision that names no commit.
    static func unknownRevision(_ revision: String) -> Message {
        Message(en: "unknown revision \"\(revision)\": no commit of that name in this git repository (try HEAD, HEAD~1, a branch, a tag or a commit hash)",
                da: "ukendt revision \"\(revision)\": intet commit med det navn i dette git-repository (prøv HEAD, HEAD~1, en gren, et tag eller en commit-hash)")
    }

    /// The results folder lies outside the repository.
    static var outsideGitRepository: Message {
        Message(en: "the results folder lies outside the git repository it is reached from (a symbolic link?); compare with another folder with --against DIR",
                da: "resultatmappen ligger uden for det git-repository, den nås fra (et symbolsk link?); sammenlign med en anden mappe med --against MAPPE")
    }

    /// `git show` failed; `stderr` is git's own words.
    static func gitShowFailed(_ object: String, stderr: String) -> Message {
        Message(en: "git show \(object) failed: \(stderr)", da: "git show \(object) mislykkedes: \(stderr)")
    }

    /// git cannot be started.
    static func cannotRunGit(_ reason: String) -> Message {
        Message(en: "cannot run git: \(reason)", da: "kan ikke køre git: \(reason)")
    }

    /// git is not installed.
    static var gitNotInstalled: Message {
        Message(en: "cannot run git: it is not installed or not on PATH", da: "kan ikke køre git: det er ikke installeret eller ikke på PATH")
    }

    /// A result file that is not UTF-8.
    static func resultNotUTF8(_ source: String) -> Message {
        Message(en: "\(source) is not UTF-8 text; a result file is written by caseload as UTF-8",
                da: "\(source) er ikke UTF-8-tekst; caseload skriver resultatfiler som UTF-8")
    }

    /// A result row of the wrong width.
    static func resultFieldCount(_ fields: Int, header: Int) -> Message {
        Message(en: "the row has \(fields) fields, the header \(header)", da: "rækken har \(fields) felter, overskriftslinjen \(header)")
    }

    /// A result cell that is not a number.
    static func resultNotANumber(_ column: String, _ text: String) -> Message {
        Message(en: "\(column) \"\(text)\" is not a number (e.g. 1234.56)", da: "\(column) \"\(text)\" er ikke et tal (f.eks. 1234.56)")
    }

    /// A result key twice.
    static func resultKeyTwice(kommune: String, ydelseID: String, firstLine: Int) -> Message {
        Message(en: "kommune \"\(kommune)\" and ydelse_id \"\(ydelseID)\" appear twice, also on line \(firstLine)",
                da: "kommune \"\(kommune)\" og ydelse_id \"\(ydelseID)\" står der to gange, også i linje \(firstLine)")
    }

    /// An empty result file.
    static func resultEmpty(_ source: String) -> Message {
        Message(en: "\(source) is empty; a result file has a header line", da: "\(source) er tom; en resultatfil har en overskriftslinje")
    }

    /// A result column twice.
    static func resultColumnTwice(_ name: String) -> Message {
        Message(en: "column \"\(name)\" appears twice in the header", da: "kolonnen \"\(name)\" står to gange i overskriftslinjen")
    }

    /// A result file without a key column.
    static func resultNoKeyColumn(_ name: String) -> Message {
        Message(en: "the header has no column \"\(name)\"; is this an afstemning.csv?",
                da: "overskriftslinjen har ingen kolonne \"\(name)\"; er det en afstemning.csv?")
    }

    /// The diff summary's columns after the file name's.
    static var diffSummaryHeader: Message {
        Message(en: "file\trows compared\tchanged\tadded\tremoved", da: "fil\trækker sammenlignet\tændret\ttilføjet\tfjernet")
    }

    /// The changed rows' columns after kommune and ydelse.
    static var diffChangeHeader: Message {
        Message(en: "column\told\tnew\tchange", da: "kolonne\tfør\tefter\tændring")
    }

    /// The tolerance note.
    static func diffToleranceNote(_ limit: String) -> Message {
        Message(en: "Tolerance \(limit): changes smaller than that (in kr. or helårspersoner) are left out.",
                da: "Tolerance \(limit): ændringer mindre end det (i kr. eller helårspersoner) er udeladt.")
    }

    /// Nothing changed.
    static var diffNoChanges: Message { Message(en: "No changes.", da: "Ingen ændringer.") }

    /// Nothing changed beyond the tolerance.
    static func diffNoChangesOf(_ limit: String) -> Message {
        Message(en: "No changes of \(limit) or more.", da: "Ingen ændringer på \(limit) eller mere.")
    }

    /// A section of changed rows (`file, changed rows:` in the terminal).
    static func diffChangedRows(_ file: String, markdown: Bool) -> Message {
        markdown ? Message(en: "#### \(file): changed rows", da: "#### \(file): ændrede rækker")
            : Message(en: "\(file), changed rows:", da: "\(file), ændrede rækker:")
    }

    /// A section of added rows.
    static func diffAddedRows(_ file: String, markdown: Bool) -> Message {
        markdown ? Message(en: "#### \(file): added rows", da: "#### \(file): tilføjede rækker")
            : Message(en: "\(file), added rows:", da: "\(file), tilføjede rækker:")
    }

    /// A section of removed rows.
    static func diffRemovedRows(_ file: String, markdown: Bool) -> Message {
        markdown ? Message(en: "#### \(file): removed rows", da: "#### \(file): fjernede rækker")
            : Message(en: "\(file), removed rows:", da: "\(file), fjernede rækker:")
    }

    /// Columns only the new side has; `list` already formatted.
    static func diffColumnsAdded(_ file: String, list: String, markdown: Bool) -> Message {
        markdown ? Message(en: "Columns added to \(file): \(list).", da: "Kolonner tilføjet i \(file): \(list).")
            : Message(en: "\(file), columns added: \(list)", da: "\(file), kolonner tilføjet: \(list)")
    }

    /// Columns only the old side has.
    static func diffColumnsRemoved(_ file: String, list: String, markdown: Bool) -> Message {
        markdown ? Message(en: "Columns removed from \(file): \(list).", da: "Kolonner fjernet fra \(file): \(list).")
            : Message(en: "\(file), columns removed: \(list)", da: "\(file), kolonner fjernet: \(list)")
    }
}
