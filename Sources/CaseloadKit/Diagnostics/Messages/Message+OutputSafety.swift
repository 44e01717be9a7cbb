/// The catalogue's messages about the user's own files in the output folder and where the
/// output folder may be created: nothing of the user's is deleted unnamed, and no tree is
/// made on the local disk for a share that is not mounted.
extension Message {
    /// A run stops because the year folder holds files caseload did not write (`names` are
    /// their names inside it, a folder ending in `/`).
    static func foreignFilesStopTheRun(folder: String, names: [String]) -> Message {
        let quoted = names.map { "\"\($0)\"" }.joined(separator: ", ")
        if names.count == 1 {
            return Message(
                en: "\(folder) holds a file that caseload did not write: \(quoted); a run replaces the whole folder, so it would be lost. Move it elsewhere, or run with --force to delete it. Nothing was written",
                da: "\(folder) indeholder en fil, som caseload ikke har skrevet: \(quoted); en kørsel erstatter hele mappen, så den ville gå tabt. Flyt den et andet sted hen, eller kør med --force for at slette den. Intet er skrevet")
        }
        return Message(
            en: "\(folder) holds \(names.count) files that caseload did not write: \(quoted); a run replaces the whole folder, so they would be lost. Move them elsewhere, or run with --force to delete them. Nothing was written",
            da: "\(folder) indeholder \(names.count) filer, som caseload ikke har skrevet: \(quoted); en kørsel erstatter hele mappen, så de ville gå tabt. Flyt dem et andet sted hen, eller kør med --force for at slette dem. Intet er skrevet")
    }

    /// The warning, at the deleted path, for each file or folder `run --force` deleted.
    static func deletedByForce(folder: Bool) -> Message {
        folder
            ? Message(en: "deleted by --force with everything in it: caseload did not write this folder",
                      da: "slettet af --force med alt indhold: caseload har ikke skrevet denne mappe")
            : Message(en: "deleted by --force: caseload did not write this file",
                      da: "slettet af --force: caseload har ikke skrevet denne fil")
    }

    /// The year folder cannot be listed, so its files caseload did not write cannot be found.
    static func yearFolderUnlistable(_ folder: String, reason: String) -> Message {
        Message(en: "cannot list \(folder) to check for files caseload did not write (\(reason)); nothing was written",
                da: "kan ikke se indholdet af \(folder) for at finde filer, som caseload ikke har skrevet (\(reason)); intet er skrevet")
    }

    /// `status`: the results are up to date, but the year folder holds files of the user's.
    static func statusForeignOnly(folder: String, count: Int, lock: String) -> Message {
        count == 1
            ? Message(en: "\(folder) is up to date with \(lock), but holds a file that caseload did not write:",
                      da: "\(folder) er ajour med \(lock), men indeholder en fil, som caseload ikke har skrevet:")
            : Message(en: "\(folder) is up to date with \(lock), but holds \(count) files that caseload did not write:",
                      da: "\(folder) er ajour med \(lock), men indeholder \(count) filer, som caseload ikke har skrevet:")
    }

    /// `status`: what to do about files of the user's in the year folder.
    static func statusForeignAdvice(folder: String, count: Int) -> Message {
        count == 1
            ? Message(en: "Move it out of \(folder): a run replaces the folder as a whole, so it stops while the file is there (run --force deletes it).",
                      da: "Flyt den ud af \(folder): en kørsel erstatter hele mappen og stopper derfor, så længe filen ligger der (run --force sletter den).")
            : Message(en: "Move them out of \(folder): a run replaces the folder as a whole, so it stops while the files are there (run --force deletes them).",
                      da: "Flyt dem ud af \(folder): en kørsel erstatter hele mappen og stopper derfor, så længe filerne ligger der (run --force sletter dem).")
    }

    /// pipeline.yml: an absolute output folder whose parent folder is missing (an unmounted
    /// share, a typo) or is not a folder.
    static func outputParentMissing(output: String, parent: String, isFile: Bool) -> Message {
        isFile
            ? Message(en: "output \"\(output)\": \"\(parent)\" is a file, not a folder; name a folder that exists",
                      da: "output \"\(output)\": \"\(parent)\" er en fil, ikke en mappe; angiv en mappe, der findes")
            : Message(en: "output \"\(output)\": the folder \"\(parent)\" does not exist, so nothing was created there (a network drive that is not mounted?); create it or fix the path",
                      da: "output \"\(output)\": mappen \"\(parent)\" findes ikke, så intet er oprettet (et netværksdrev, der ikke er tilsluttet?); opret mappen, eller ret stien")
    }
}
